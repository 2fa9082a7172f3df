import { buildAttemptRecord, type AttemptRecord } from '../../../src/domain/cases';
import {
  MAX_ATTEMPTS_PER_CASE,
  attemptOfRun,
  caseStatus,
  casesSlot,
  restoreRun,
  runOf,
  savedCase,
  validateSavedCases,
  withAttempt,
  withReflection,
  withRun,
  type SavedCases,
} from '../../../src/domain/cases/saved';
import { decodeRaw, encodeEnvelope } from '../../../src/domain/storage/slot';
import { parseAttemptRecord } from '../../../src/schemas/attempt';
import { play, restaurant } from './fixtures';

const ID = 'restaurant-seat-change';
const BEST = ['happy-to-help', 'check-booking', 'full-reset', 'greet-and-check-once'];

function attempt(startedAt: string, finishedAt: string, choices = BEST): AttemptRecord {
  const built = buildAttemptRecord(
    restaurant,
    play(restaurant, choices),
    { text: '', checklist: {} },
    { locale: 'en', startedAt, finishedAt },
  );
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  return built.value;
}

describe('the cases slot', () => {
  it('round-trips runs and attempts through a saved envelope unchanged', () => {
    // Arrange
    let saved: SavedCases = casesSlot.initial();
    saved = withAttempt(saved, attempt('2026-03-01T09:00:00.000Z', '2026-03-01T09:10:00.000Z'));
    saved = withRun(saved, ID, runOf(play(restaurant, ['ask-why']), '2026-03-02T09:00:00.000Z'));
    // Act
    const decoded = decodeRaw(casesSlot, encodeEnvelope(casesSlot, saved, new Date()));
    // Assert
    expect(decoded).toEqual({ kind: 'ok', value: saved });
  });

  it('accepts only what the attempt-file parser accepts', () => {
    const record = attempt('2026-03-01T09:00:00.000Z', '2026-03-01T09:10:00.000Z');
    const saved = withAttempt(casesSlot.initial(), record);
    const checked = validateSavedCases(JSON.parse(JSON.stringify(saved)));
    expect(checked.ok).toBe(true);
    expect(parseAttemptRecord(checked.ok ? checked.value.cases[ID]?.attempts[0] : null, [restaurant]).ok).toBe(true);
  });

  it.each([
    ['not an object', 'x'],
    ['cases is a list', { cases: [] }],
    ['a bad case id', { cases: { 'Bad Id': { run: null, attempts: [] } } }],
    ['a forbidden key', JSON.parse('{"cases": {"__proto__": {"run": null, "attempts": []}}}')],
    [
      'a run with a bad path',
      {
        cases: {
          [ID]: { run: { caseVersion: 1, path: [], choices: [], startedAt: '2026-03-01T09:00:00.000Z' }, attempts: [] },
        },
      },
    ],
    [
      'a run with a bad time',
      { cases: { [ID]: { run: { caseVersion: 1, path: ['a'], choices: [], startedAt: 'yesterday' }, attempts: [] } } },
    ],
    ['an attempt of another case', { cases: { other: { run: null, attempts: [{}] } } }],
    [
      'too many attempts',
      { cases: { [ID]: { run: null, attempts: Array.from({ length: MAX_ATTEMPTS_PER_CASE + 1 }, () => ({})) } } },
    ],
  ])('refuses %s without throwing', (_label, data) => {
    expect(validateSavedCases(data).ok).toBe(false);
  });

  it.each([
    [
      'a score on an unknown dimension',
      (r: Record<string, unknown>) => ({ ...r, scores: { ...(r['scores'] as object), charm: 1 } }),
    ],
    ['an ending that is not the last node', (r: Record<string, unknown>) => ({ ...r, endingId: 'offer' })],
    [
      'a reflection over 5,000 characters',
      (r: Record<string, unknown>) => ({ ...r, reflection: { text: 'x'.repeat(5001), checklist: {} } }),
    ],
    ['a time without seconds', (r: Record<string, unknown>) => ({ ...r, finishedAt: '2026-03-01T09:10Z' })],
    ['a wrong format', (r: Record<string, unknown>) => ({ ...r, format: 'quiz-attempt' })],
  ])('refuses a saved attempt with %s, as the file parser does', (_label, edit) => {
    const record = edit(JSON.parse(JSON.stringify(attempt('2026-03-01T09:00:00.000Z', '2026-03-01T09:10:00.000Z'))));
    expect(validateSavedCases({ cases: { [ID]: { run: null, attempts: [record] } } }).ok).toBe(false);
    expect(parseAttemptRecord(record).ok).toBe(false);
  });

  it('keeps the newest attempts only, and replaces an attempt saved twice', () => {
    let saved: SavedCases = casesSlot.initial();
    for (let i = 0; i < MAX_ATTEMPTS_PER_CASE + 3; i += 1) {
      const minute = String(i).padStart(2, '0');
      saved = withAttempt(saved, attempt(`2026-03-01T09:${minute}:00.000Z`, `2026-03-01T10:${minute}:00.000Z`));
    }
    const attempts = savedCase(saved, ID).attempts;
    expect(attempts).toHaveLength(MAX_ATTEMPTS_PER_CASE);
    expect(attempts[0]?.startedAt).toBe('2026-03-01T09:03:00.000Z');
    const again = withAttempt(
      saved,
      attempt('2026-03-01T09:22:00.000Z', '2026-03-01T10:22:00.000Z', ['ask-why', 'no-table', 'let-it-go']),
    );
    expect(savedCase(again, ID).attempts).toHaveLength(MAX_ATTEMPTS_PER_CASE);
    expect(savedCase(again, ID).attempts.at(-1)?.endingId).toBe('ending-original');
  });

  it('writes a reflection into the attempt its run produced, dropping unknown checklist items', () => {
    const record = attempt('2026-03-01T09:00:00.000Z', '2026-03-01T09:10:00.000Z');
    let saved = withAttempt(casesSlot.initial(), record);
    const run = runOf(play(restaurant, BEST), record.startedAt, record.finishedAt);
    saved = withRun(saved, ID, run);
    saved = withReflection(saved, ID, record, { text: 'abcdef', checklist: { 'no-blame': true, invented: true } }, 4);
    const updated = attemptOfRun(savedCase(saved, ID), run);
    expect(updated?.reflection.text).toBe('abcd');
    expect(updated?.reflection.checklist['no-blame']).toBe(true);
    expect(Object.keys(updated?.reflection.checklist ?? {})).not.toContain('invented');
  });
});

describe('restoreRun', () => {
  const startedAt = '2026-03-01T09:00:00.000Z';

  it('gives back the state of a run that fits the scenario', () => {
    const state = play(restaurant, ['happy-to-help', 'offer-alcove']);
    expect(restoreRun(restaurant, runOf(state, startedAt))).toEqual(state);
  });

  it.each([
    ['another version', { caseVersion: 2 }],
    ['a choice that does not exist', { choices: [{ nodeId: 'first-reply', choiceId: 'shout' }] }],
    ['a path that leaves the replay', { path: ['phone-call', 'request', 'first-reply', 'explain-guarded'] }],
    ['a path ending on the decision just taken', { path: ['phone-call', 'request', 'first-reply'] }],
  ])('refuses a run with %s', (_label, change) => {
    const run = { ...runOf(play(restaurant, ['happy-to-help']), startedAt), ...change };
    expect(restoreRun(restaurant, run)).toBeUndefined();
  });
});

describe('caseStatus', () => {
  it('is not started, in progress, then finished with the last ending', () => {
    let saved: SavedCases = casesSlot.initial();
    expect(caseStatus(savedCase(saved, ID), 1)).toEqual({ kind: 'notStarted' });
    saved = withRun(saved, ID, runOf(play(restaurant, ['ask-why']), '2026-03-01T09:00:00.000Z'));
    expect(caseStatus(savedCase(saved, ID), 1)).toEqual({ kind: 'inProgress', finished: 0 });
    const record = attempt('2026-03-01T09:00:00.000Z', '2026-03-01T09:10:00.000Z');
    saved = withRun(withAttempt(saved, record), ID, runOf(play(restaurant, BEST), record.startedAt, record.finishedAt));
    expect(caseStatus(savedCase(saved, ID), 1)).toEqual({
      kind: 'finished',
      endingId: 'ending-exemplary',
      finished: 1,
    });
    // A run saved for an older version of the case does not count as in progress.
    expect(
      caseStatus({ ...savedCase(saved, ID), run: { ...runOf(play(restaurant, []), 'x'), caseVersion: 9 } }, 1).kind,
    ).toBe('finished');
  });
});
