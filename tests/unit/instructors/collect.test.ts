import { collectItems } from '../../../src/domain/instructors/collect';
import { worksheetTotals } from '../../../src/domain/instructors/worksheet-totals';
import { initialWorksheet } from '../../../src/domain/worksheet/worksheet';
import type { AssignmentItem } from '../../../src/domain/instructors/assignment';

const ITEMS: AssignmentItem[] = [
  { kind: 'selfCheck', id: 'what-is-client-care' },
  { kind: 'calculator', id: 'nps' },
  { kind: 'case', id: 'kimura-slippers' },
  { kind: 'worksheet', id: 'ww-care-plan' },
];

describe('collecting a trainee’s saved work', () => {
  test('undefined until every kind the items read is loaded', () => {
    expect(collectItems(ITEMS, { quizzes: { records: {} } })).toBeUndefined();
  });

  test('reads each item from its slot; nothing saved is null', () => {
    const best = { earned: 4, total: 5, at: '2026-11-29T10:00:00.000Z' };
    const results = collectItems(ITEMS, {
      quizzes: { records: { 'what-is-client-care': { best, latest: { ...best, answers: { q1: 'a' } } } } },
      calculators: {
        entries: {
          'nps@lessons/measuring-loyalty/': { fields: { mode: 'counts' }, savedAt: '2026-11-28T10:00:00.000Z' },
          'nps@tools/nps/': { fields: { mode: 'responses' }, savedAt: '2026-11-27T10:00:00.000Z' },
        },
      },
      cases: { cases: {} },
      worksheet: worksheetTotals(initialWorksheet()),
    });
    expect(results).toEqual([
      { kind: 'selfCheck', id: 'what-is-client-care', best, latest: { ...best, answers: { q1: 'a' } } },
      // The toolbox page's numbers win over a lesson's.
      { kind: 'calculator', id: 'nps', fields: { mode: 'responses' }, savedAt: '2026-11-27T10:00:00.000Z' },
      { kind: 'case', id: 'kimura-slippers', attempt: null },
      { kind: 'worksheet', id: 'ww-care-plan', summary: null },
    ]);
  });
});
