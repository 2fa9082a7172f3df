import type { PastAssignment } from '../../domain/instructors/drafts';
import { format, type Locale } from '../../i18n/format';
import { formatDateTime } from '../../i18n/dates';

export const PAST_KEYS = [
  'asg.past.heading',
  'asg.past.empty',
  'asg.past.meta',
  'asg.past.reopen',
  'asg.past.newVersion',
  'asg.past.duplicate',
  'asg.past.delete',
] as const;
type Strings = Record<(typeof PAST_KEYS)[number], string>;
export type PastAction = 'reopen' | 'newVersion' | 'duplicate' | 'delete';

const ACTIONS: readonly { action: PastAction; key: keyof Strings; style: string }[] = [
  { action: 'reopen', key: 'asg.past.reopen', style: 'secondary small' },
  { action: 'newVersion', key: 'asg.past.newVersion', style: 'secondary small' },
  { action: 'duplicate', key: 'asg.past.duplicate', style: 'secondary small' },
  { action: 'delete', key: 'asg.past.delete', style: 'quiet small' },
];

/** The links made on this device, newest first, each with what can be done with it. */
export default function PastAssignments({
  strings,
  locale,
  past,
  onAction,
}: {
  strings: Strings;
  locale: Locale;
  past: readonly PastAssignment[];
  onAction: (entry: PastAssignment, action: PastAction) => void;
}) {
  return (
    <section class="box asg-past no-print" aria-labelledby="asg-past-heading">
      <h2 id="asg-past-heading">{strings['asg.past.heading']}</h2>
      {past.length === 0 ? (
        <p class="muted">{strings['asg.past.empty']}</p>
      ) : (
        <ul class="asg-past-list">
          {past.map((entry) => (
            <li key={entry.id}>
              <strong>{entry.assignment.title}</strong>
              <span class="muted">
                {format(strings['asg.past.meta'], {
                  date: formatDateTime(entry.createdAt, locale),
                  count: entry.assignment.items.length,
                  code: entry.assignment.classCode,
                })}
              </span>
              <span class="button-row">
                {ACTIONS.map(({ action, key, style }) => (
                  <button key={action} type="button" class={style} onClick={() => onAction(entry, action)}>
                    {strings[key]}
                    <span class="visually-hidden">: {entry.assignment.title}</span>
                  </button>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
