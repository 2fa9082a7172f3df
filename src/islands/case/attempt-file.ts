import { buildAttemptRecord, type AttemptRecord, type Scenario } from '../../domain/cases';
import type { Validated } from '../../domain/result';
import { fail, ok } from '../../domain/result';
import { parseAttemptRecord } from '../../schemas/attempt';

/**
 * The file a learner hands in for one saved attempt: rebuilt from its choices with the engine
 * (so it carries this scenario's path, scores and ending), written as JSON and read back with
 * the same parser the class dashboard uses before it is offered. An attempt at an older
 * version of the case is checked for shape and consistency only.
 */
export function attemptFile(scenario: Scenario, record: AttemptRecord): Validated<{ name: string; text: string }> {
  const current = record.caseVersion === scenario.version;
  const built = current
    ? buildAttemptRecord(
        scenario,
        { caseId: record.caseId, caseVersion: record.caseVersion, path: record.path, choices: record.choices },
        record.reflection,
        { locale: record.locale, startedAt: record.startedAt, finishedAt: record.finishedAt },
      )
    : ok(record);
  if (!built.ok) return built;
  const text = `${JSON.stringify(built.value, null, 2)}\n`;
  const check = parseAttemptRecord(JSON.parse(text), current ? [scenario] : undefined);
  if (!check.ok) return fail(...check.issues);
  const stamp = built.value.finishedAt.slice(0, 16).replace(/:/g, '');
  return ok({ name: `${record.caseId}-attempt-${stamp}.json`, text });
}

/** Issue codes, for a message that should never be needed. */
export const issueCodes = (issues: readonly { code: string }[]) =>
  [...new Set(issues.map((issue) => issue.code))].slice(0, 3).join(', ');
