/**
 * The attempt file reader (zod, src/schemas/attempt.ts) and the saved-cases reader (hand-written
 * for page weight, src/domain/cases/saved.ts) take their rules from one module
 * (domain/cases/attempt-rules.ts). This holds them to it: whatever a record holds, both accept
 * it or both refuse it.
 */
import fc from 'fast-check';
import { buildAttemptRecord } from '../../../src/domain/cases';
import {
  MAX_CHECKLIST_ITEMS,
  MAX_PATH,
  MAX_SCORE,
  REFLECTION_MAX_LENGTH,
  isIsoDateTime,
} from '../../../src/domain/cases/attempt-rules';
import { validateSavedCases } from '../../../src/domain/cases/saved';
import { MAX_SEED } from '../../../src/domain/cases/seed';
import { parseAttemptRecord } from '../../../src/schemas/attempt';
import { play, restaurant } from './fixtures';

const ID = 'restaurant-seat-change';
const BEST = ['happy-to-help', 'check-booking', 'full-reset', 'greet-and-check-once'];

function base(): Record<string, unknown> {
  const built = buildAttemptRecord(
    restaurant,
    play(restaurant, BEST),
    { text: 'Said yes first.', checklist: { 'listened-first': true } },
    { locale: 'en', startedAt: '2026-03-01T09:00:00.000Z', finishedAt: '2026-03-01T09:10:00.000Z' },
  );
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  return JSON.parse(JSON.stringify(built.value));
}

/** Values worth putting anywhere: near every limit, of every kind. */
const value = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    true,
    0,
    1,
    -1,
    1.5,
    Number.NaN,
    MAX_SCORE,
    MAX_SCORE + 1,
    -MAX_SCORE - 1,
    MAX_SEED,
    MAX_SEED + 1,
    1_000_001,
    '',
    'en',
    'zh-cn',
    'fr',
    'case-attempt',
    'a',
    'Bad Id',
    'a--b',
    'x'.repeat(64),
    'x'.repeat(65),
    'y'.repeat(REFLECTION_MAX_LENGTH),
    'y'.repeat(REFLECTION_MAX_LENGTH + 1),
    'phone-call',
    'ending-exemplary',
    '2026-03-01T09:00:00Z',
    '2026-03-01T09:00:00.123+08:00',
    '2026-03-01T09:00Z',
    '2026-03-01 09:00:00Z',
    '2026-02-30T09:00:00Z',
    '2024-02-29T09:00:00Z',
    '2026-03-31T09:00:00Z',
    '2026-04-31T09:00:00Z',
    '2026-03-01T24:00:00Z',
    '2026-03-01T09:60:00Z',
    '2026-03-01T09:00:00+0800',
    '2026-03-01T09:00:00+08',
    '2026-03-01T09:00:00.1234567891Z',
    '2026-03-01T08:00:00.000Z',
    '__proto__',
    [],
    {},
    ['phone-call'],
    Array(MAX_PATH + 1).fill('a'),
    Object.fromEntries(Array.from({ length: MAX_CHECKLIST_ITEMS + 1 }, (_, i) => [`item-${i}`, true])),
    { nodeId: 'first-reply', choiceId: 'happy-to-help' },
    { empathy: 2 },
    { text: '', checklist: {} },
  ),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -10, max: 10 }),
);

/** A path into the record: a top-level field, or one inside its lists and objects. */
const place = fc.oneof(
  fc.constantFrom(
    ['format'],
    ['formatVersion'],
    ['caseId'],
    ['caseVersion'],
    ['locale'],
    ['path'],
    ['path', 0],
    ['path', 3],
    ['choices'],
    ['choices', 0],
    ['choices', 0, 'nodeId'],
    ['choices', 1, 'choiceId'],
    ['choices', 0, 'extra'],
    ['seed'],
    ['scores'],
    ['scores', 'empathy'],
    ['scores', 'kindness'],
    ['endingId'],
    ['reflection'],
    ['reflection', 'text'],
    ['reflection', 'checklist'],
    ['reflection', 'checklist', 'listened-first'],
    ['reflection', 'checklist', 'Not A Slug'],
    ['reflection', 'extra'],
    ['startedAt'],
    ['finishedAt'],
    ['extra'],
  ),
);

/** Sets (or, for undefined, removes) the value at a path; missing containers are left alone. */
function edit(record: Record<string, unknown>, at: readonly (string | number)[], to: unknown) {
  let target: unknown = record;
  for (const key of at.slice(0, -1)) {
    if (typeof target !== 'object' || target === null) return;
    target = (target as Record<string | number, unknown>)[key];
  }
  if (typeof target !== 'object' || target === null) return;
  const last = at[at.length - 1]!;
  if (to === undefined) delete (target as Record<string | number, unknown>)[last];
  else (target as Record<string | number, unknown>)[last] = to;
}

function bothAgree(record: Record<string, unknown>) {
  const file = parseAttemptRecord(record).ok;
  const key =
    typeof record['caseId'] === 'string' && /^[a-z0-9-]{1,64}$/.test(record['caseId']) ? record['caseId'] : ID;
  const saved = validateSavedCases({ cases: { [key]: { run: null, attempts: [record] } } }).ok;
  expect({ saved, record }).toEqual({ saved: file, record });
}

describe('the file reader and the saved-cases reader accept the same attempt records', () => {
  it('the real record: both accept it', () => {
    expect(parseAttemptRecord(base()).ok).toBe(true);
    bothAgree(base());
  });

  it('one to three fields changed to anything: both accept, or both refuse', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(place, value), { minLength: 1, maxLength: 3 }), (edits) => {
        const record = base();
        for (const [at, to] of edits) edit(record, at, structuredClone(to));
        bothAgree(record);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isIsoDateTime', () => {
  it('takes real calendar days only, leap years included', () => {
    expect(isIsoDateTime('2024-02-29T09:00:00Z')).toBe(true);
    expect(isIsoDateTime('2000-02-29T09:00:00.5+08:00')).toBe(true);
    expect(isIsoDateTime('2100-02-29T09:00:00Z')).toBe(false);
    expect(isIsoDateTime('2026-02-29T09:00:00Z')).toBe(false);
    expect(isIsoDateTime('2026-04-31T09:00:00Z')).toBe(false);
    expect(isIsoDateTime('2026-13-01T09:00:00Z')).toBe(false);
    expect(isIsoDateTime('2026-03-01T09:00Z')).toBe(false);
    expect(isIsoDateTime(new Date(Date.UTC(2026, 2, 1)).toISOString())).toBe(true);
  });
});
