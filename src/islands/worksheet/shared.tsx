/** Small pieces the worksheet's sections share. */
import type { Locale } from '../../i18n/format';
import { errorId, type WorksheetStrings } from './strings';

/** What every section of the worksheet receives from the island. */
export interface SectionProps {
  readonly s: WorksheetStrings;
  /** The page's language, for numbers in messages. */
  readonly locale: Locale;
  /** True until the island has hydrated: controls that need JavaScript stay disabled. */
  readonly disabled: boolean;
  /** Problems to show next to controls, by control id. */
  readonly errors: ReadonlyMap<string, string>;
  /** Say something in the polite live region. */
  readonly announce: (message: string) => void;
  /** Move focus to a control once the next render is on screen. */
  readonly focus: (id: string) => void;
}

/** aria attributes linking a control to its error message (and to help text, if any). */
export function described(id: string, errors: ReadonlyMap<string, string>, help?: string) {
  const error = errors.has(id);
  const ids = [help, error ? errorId(id) : undefined].filter(Boolean).join(' ');
  return { 'aria-invalid': error ? ('true' as const) : undefined, 'aria-describedby': ids || undefined };
}

/** The error message under a control, if there is one. */
export function FieldError({ id, errors }: { id: string; errors: ReadonlyMap<string, string> }) {
  const message = errors.get(id);
  return message ? (
    <p class="field-error" id={errorId(id)}>
      {message}
    </p>
  ) : null;
}

/** Move up / move down / remove buttons for one row of a table; their names say which row. */
export function RowButtons(props: {
  idPrefix: string;
  index: number;
  count: number;
  labels: { up: string; down: string; remove: string };
  disabled: boolean;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { idPrefix, index, count, labels, disabled } = props;
  const buttons = [
    ['up', '↑', index === 0, () => props.onMove(-1)],
    ['down', '↓', index === count - 1, () => props.onMove(1)],
    ['remove', '✕', false, props.onRemove],
  ] as const;
  return (
    <div class="ws-row-buttons">
      {buttons.map(([key, icon, atEnd, onClick]) => (
        <button
          type="button"
          class="secondary"
          id={`${idPrefix}-${key}`}
          key={key}
          aria-label={labels[key]}
          disabled={disabled || atEnd}
          onClick={onClick}
        >
          {icon}
        </button>
      ))}
    </div>
  );
}

/** Where focus goes after a move: the same button, or its twin when the row reached an end. */
export function afterMoveFocus(idPrefix: string, to: number, count: number, delta: -1 | 1): string {
  if (delta < 0) return `${idPrefix}-${to === 0 ? 'down' : 'up'}`;
  return `${idPrefix}-${to === count - 1 ? 'up' : 'down'}`;
}

export const inputValue = (event: Event) =>
  (event.currentTarget as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
