import { format, type Locale } from '../../i18n/format';
import type { FieldIssue } from '../../domain/result';
import type { Worksheet } from '../../domain/worksheet/worksheet';
import { controlId, issueText } from './messages';
import type { WorksheetStrings } from './strings';

/** What "Check my worksheet" found, each problem a link that moves focus to its field. */
export default function ReviewList({
  ws,
  issues,
  s,
  locale,
}: {
  ws: Worksheet;
  issues: readonly FieldIssue[];
  s: WorksheetStrings;
  locale: Locale;
}) {
  if (issues.length === 0) return <p class="ok">✓ {s['worksheet.checkOk']}</p>;
  return (
    <>
      <p>{format(s['worksheet.checkFound'], { n: issues.length })}</p>
      <ul>
        {issues.map((issue) => {
          const id = controlId(ws, issue.field);
          const text = issueText(s, issue, locale);
          return (
            <li key={issue.field + issue.code}>
              {id ? (
                <a
                  href={`#${id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(id)?.focus();
                  }}
                >
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
