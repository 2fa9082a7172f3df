import { format } from '../i18n/format';
import { caseStatus, casesSlot, savedCase } from '../domain/cases/saved';
import { $cases } from '../stores/cases';
import { useSavedStore } from './useHydrated';
import type { CaseListStrings } from './case/strings';

export interface CaseListItem {
  id: string;
  version: number;
  title: string;
  summary: string;
  role: string;
  minutes: number;
  href: string;
  /** Ending id → localised title, to name the ending of the last finished attempt. */
  endings: Record<string, string>;
}

/** Every case with the learner's status: not started, in progress, or finished with the last ending. */
export default function CaseList({ cases, strings }: { cases: CaseListItem[]; strings: CaseListStrings }) {
  const saved = useSavedStore($cases, casesSlot.initial());
  return (
    <ul class="case-list">
      {cases.map((item) => {
        const status = caseStatus(savedCase(saved, item.id), item.version);
        const label =
          status.kind === 'notStarted'
            ? strings['cases.status.notStarted']
            : status.kind === 'inProgress'
              ? strings['cases.status.inProgress']
              : format(strings['cases.status.finished'], { ending: item.endings[status.endingId] ?? status.endingId });
        return (
          <li key={item.id} class="box case-card" data-case={item.id} data-status={status.kind}>
            <h2>
              <a href={item.href}>{item.title}</a>
            </h2>
            <p>{item.summary}</p>
            <p class="muted">
              {format(strings['cases.role'], { role: item.role })} ·{' '}
              {format(strings['cases.minutes'], { n: item.minutes })}
            </p>
            <p class="case-status">
              {strings['cases.status']} <strong>{label}</strong>
              {status.kind !== 'notStarted' && status.finished > 0 && (
                <span class="muted"> · {format(strings['cases.status.attempts'], { n: status.finished })}</span>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
