/**
 * What a finished worksheet still lacks — the deliverables of the task, not the format (that is
 * `validateWorksheet`). A plan row needs its need, measure, form of care, channel and timing
 * (the cost is optional); a checklist item needs an action and an owner; every case question
 * needs an answer. Texts count only their non-blank characters and must reach `MIN_TEXT`.
 * Issue codes: `noRows`, `noItems`, `emptyRow`, `required`, `tooShort` {min}.
 */
import type { FieldIssue } from '../result';
import { QUESTION_IDS } from './ids';
import type { Worksheet } from './worksheet';

/** The fewest non-blank characters a filled-in text must have ("培训" is a real answer). */
export const MIN_TEXT = 2;

const PLAN_FIELDS = ['need', 'measure', 'form', 'channel', 'timing'] as const;
const CHECKLIST_FIELDS = ['action', 'owner'] as const;
const TEXT_FIELDS: ReadonlySet<string> = new Set(['need', 'measure', 'timing', 'action', 'owner']);

function filled(issues: FieldIssue[], field: string, column: string, value: string): void {
  const length = value.replace(/\s+/g, '').length;
  if (length === 0) issues.push({ field, code: 'required' });
  else if (TEXT_FIELDS.has(column) && length < MIN_TEXT)
    issues.push({ field, code: 'tooShort', params: { min: MIN_TEXT } });
}

export function reviewWorksheet(ws: Worksheet): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (ws.plan.length === 0) issues.push({ field: 'plan', code: 'noRows' });
  ws.plan.forEach((row, i) => {
    const values = PLAN_FIELDS.map((f) => row[f]);
    if (values.every((v) => v.trim() === '') && row.cost === null && row.currency.trim() === '') {
      issues.push({ field: `plan.${i}`, code: 'emptyRow' });
      return;
    }
    for (const f of PLAN_FIELDS) filled(issues, `plan.${i}.${f}`, f, row[f]);
  });
  if (ws.checklist.length === 0) issues.push({ field: 'checklist', code: 'noItems' });
  ws.checklist.forEach((item, i) => {
    if (item.action.trim() === '' && item.owner.trim() === '' && item.due === '' && !item.done) {
      issues.push({ field: `checklist.${i}`, code: 'emptyRow' });
      return;
    }
    for (const f of CHECKLIST_FIELDS) filled(issues, `checklist.${i}.${f}`, f, item[f]);
  });
  for (const q of QUESTION_IDS)
    if (ws.answers[q].trim() === '') issues.push({ field: `answers.${q}`, code: 'required' });
  return issues;
}
