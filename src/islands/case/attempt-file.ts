import { buildAttemptRecord, type AttemptRecord, type Scenario } from '../../domain/cases';
import type { Validated } from '../../domain/result';
import { fail, ok } from '../../domain/result';
export { issueCodes } from './issue-codes';

/**
 * The file a learner hands in for one saved attempt: rebuilt from its choices with the engine
 * (so it carries this scenario's path, scores and ending), written as JSON and read back with
 * the same parser the class dashboard uses before it is offered. An attempt at an older
 * version of the case is checked for shape and consistency only.
 *
 * The parser (zod) is loaded on first use: it is only needed when a file is made, and the
 * case pages must stay light before interaction.
 */
export async function attemptFile(
  scenario: Scenario,
  record: AttemptRecord,
): Promise<Validated<{ name: string; text: string }>> {
  const current = record.caseVersion === scenario.version;
  const built = current
    ? buildAttemptRecord(
        scenario,
        {
          caseId: record.caseId,
          caseVersion: record.caseVersion,
          path: record.path,
          choices: record.choices,
          ...(record.seed !== undefined ? { seed: record.seed } : {}),
        },
        record.reflection,
        { locale: record.locale, startedAt: record.startedAt, finishedAt: record.finishedAt },
      )
    : ok(record);
  if (!built.ok) return built;
  const text = `${JSON.stringify(built.value, null, 2)}\n`;
  const { parseAttemptRecord } = await import('../../schemas/attempt');
  const check = parseAttemptRecord(JSON.parse(text), current ? [scenario] : undefined);
  if (!check.ok) return fail(...check.issues);
  const stamp = built.value.finishedAt.slice(0, 16).replace(/:/g, '');
  return ok({ name: `${record.caseId}-attempt-${stamp}.json`, text });
}
