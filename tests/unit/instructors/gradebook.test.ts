import fc from 'fast-check';
import { aggregateClass, type ClassView, type ReadFile } from '../../../src/domain/instructors/class';
import {
  buildGradebook,
  caseOverall,
  casePaths,
  caseReview,
  columnPercents,
  decisionCounts,
  endingCounts,
  gradebookCsvRows,
  gradeOf,
  hasQuestionPoints,
  missedQuestions,
  quizReview,
  scoreBands,
  sortKey,
  sortRows,
  wrongText,
  type GradebookRow,
  type SortColumn,
} from '../../../src/domain/instructors/gradebook';
import { NO_TEXTS, readClassTexts, type ClassTexts } from '../../../src/domain/instructors/texts';
import { parseResultsFile, type ItemResult, type ResultsPayload } from '../../../src/domain/instructors/results';
import { toCsv } from '../../../src/domain/csv';
import { ASSIGNMENT, makeFileText, makePayload } from './fixtures';

async function readAll(texts: readonly [string, string][]): Promise<ReadFile[]> {
  return Promise.all(
    texts.map(async ([fileName, text]) => {
      const r = await parseResultsFile(text);
      return r.ok ? { fileName, ok: true as const, file: r.value } : { fileName, ok: false as const, issues: r.issues };
    }),
  );
}

async function classOf(n: number, override: (i: number) => Partial<ResultsPayload> = () => ({})): Promise<ClassView> {
  const texts: [string, string][] = [];
  for (let i = 0; i < n; i++) texts.push([`t${i}.json`, await makeFileText(i, override(i))]);
  return aggregateClass(await readAll(texts));
}

/** Words for the fixtures' case and self-check (the shape the site builds from its content). */
const TEXTS: ClassTexts = {
  banks: {
    'what-is-client-care': {
      questions: [
        {
          id: 'stage-of-care',
          type: 'matching',
          prompt: 'When does each care activity happen?',
          options: [{ id: 'a', text: 'First enquiry' }],
          categories: [
            { id: 'before', text: 'Before purchase' },
            { id: 'after', text: 'After purchase' },
          ],
          correct: [],
          correctCategory: { a: 'before' },
          unit: '',
        },
        {
          id: 'care-definition',
          type: 'singleChoice',
          prompt: 'What is client care?',
          options: [
            { id: 'right', text: 'Everything done to keep clients' },
            { id: 'wrong1', text: 'Only complaint handling' },
            { id: 'wrong2', text: 'Discounts' },
          ],
          categories: [],
          correct: ['right'],
          correctCategory: {},
          unit: '',
        },
      ],
    },
  },
  cases: {
    'restaurant-seat-change': {
      title: 'The seat change',
      dimensions: [
        { id: 'empathy', min: -2, max: 4 },
        { id: 'ownership', min: -1, max: 2 },
      ],
      prompts: { 'first-reply': 'The guest asks to change seats.' },
      choices: {
        'first-reply/happy-to-help': 'Offer a better table',
        'first-reply/policy': 'Quote the seating policy',
      },
      endings: {
        'good-end': { title: 'A regular is won', kind: 'success' },
        'poor-end': { title: 'The guest leaves', kind: 'poor' },
      },
      reflectionPrompt: 'What would you do differently?',
      checklist: { listened: 'I listened first', followed: 'I followed up' },
    },
  },
};

const rowOf = (gb: { rows: readonly GradebookRow[] }, name: string) =>
  gb.rows.find((r) => r.name === name) as GradebookRow;

describe('gradebook cells: the score the trainee saw', () => {
  test('self-checks: the best attempt as a whole percent rounded down, never raw points', () => {
    const r: ItemResult = {
      kind: 'selfCheck',
      id: 'b',
      best: { earned: 14, total: 15, at: '2026-11-29T10:00:00.000Z' },
      latest: null,
    };
    expect(gradeOf(r, NO_TEXTS)).toEqual({ status: 'scored', percent: 93, detail: '14/15', endingId: null });
    // 0.1 + 0.2 of 0.3 is 100%, not 99%.
    expect(
      gradeOf({ ...r, best: { earned: 0.1 + 0.2, total: 0.3, at: '2026-11-29T10:00:00.000Z' } }, NO_TEXTS).percent,
    ).toBe(100);
    expect(gradeOf({ ...r, best: null }, NO_TEXTS).status).toBe('missing');
  });

  test('cases: the rounded overall care score over the reachable ranges; only the ending without them', () => {
    // empathy 0 of −2…4 → 33.3; ownership 2 of −1…2 → 100; mean 66.7 → 67.
    expect(caseOverall(TEXTS.cases['restaurant-seat-change'], { empathy: 0, ownership: 2 })).toBe(67);
    // Points outside the range are clamped: −5 → 0, 9 → 100.
    expect(caseOverall(TEXTS.cases['restaurant-seat-change'], { empathy: 9, ownership: -5 })).toBe(50);
    expect(caseOverall(undefined, { empathy: 1 })).toBeNull();
  });

  test('worksheet: self-assessment total out of its maximum; calculators: done or missing', () => {
    const ws = (selfTotal: number | null): ItemResult => ({
      kind: 'worksheet',
      id: 'ww-care-plan',
      summary: { planRows: 2, checklistItems: 4, checklistDone: 1, selfTotal, peerTotalMean: null, totalMax: 25 },
    });
    expect(gradeOf(ws(23), NO_TEXTS)).toMatchObject({ status: 'scored', percent: 92, detail: '23/25' });
    expect(gradeOf(ws(null), NO_TEXTS)).toMatchObject({ status: 'done', percent: null });
    expect(gradeOf({ kind: 'calculator', id: 'nps', fields: null, savedAt: null }, NO_TEXTS).status).toBe('missing');
    expect(
      gradeOf({ kind: 'calculator', id: 'nps', fields: { a: '1' }, savedAt: '2026-11-29T10:00:00.000Z' }, NO_TEXTS)
        .status,
    ).toBe('done');
    expect(gradeOf(undefined, NO_TEXTS).status).toBe('missing');
  });
});

describe('the gradebook of a class', () => {
  test('rows, per-column counts, means and medians (fixtures: 8 trainees)', async () => {
    const gb = buildGradebook(await classOf(8), TEXTS);
    expect(gb.columns.map((c) => c.key)).toEqual([
      'case:restaurant-seat-change',
      'selfCheck:what-is-client-care',
      'calculator:nps',
      'worksheet:ww-care-plan',
    ]);
    // Case overall per trainee 0..7 (empathy i % 4, ownership 2 when i % 3 === 0 else −1).
    expect(columnPercents(gb, 0)).toEqual([67, 25, 33, 92, 17, 25, 83, 42]);
    expect(gb.columns[0]?.stats).toEqual({ done: 8, of: 8, n: 8, mean: 48, median: 37.5, min: 17, max: 92 });
    // Best (i % 4) + 1 of 4 → 25, 50, 75, 100, twice.
    expect(gb.columns[1]?.stats).toEqual({ done: 8, of: 8, n: 8, mean: 62.5, median: 62.5, min: 25, max: 100 });
    expect(gb.columns[2]?.stats).toMatchObject({ done: 8, n: 0, mean: null, median: null });
    // Worksheet only for even i: 20 of 25 → 80.
    expect(gb.columns[3]?.stats).toEqual({ done: 4, of: 8, n: 4, mean: 80, median: 80, min: 80, max: 80 });
    const t1 = rowOf(gb, 'Trainee 001');
    expect(t1.cells.map((c) => c.percent)).toEqual([25, 50, null, null]);
    expect([t1.done, t1.missing]).toEqual([3, 1]);
    expect(rowOf(gb, 'Trainee 004').late).toBe(true);
  });

  test('filter by class code: rows and statistics of that class only; an unknown code shows all', async () => {
    const view = await classOf(6, (i) => ({ assignment: { ...ASSIGNMENT, classCode: i < 2 ? 'CC-B' : 'CC-A' } }));
    expect(buildGradebook(view, TEXTS).classCodes).toEqual(['CC-A', 'CC-B']);
    const b = buildGradebook(view, TEXTS, 'CC-B');
    expect(b.rows.map((r) => r.name)).toEqual(['Trainee 000', 'Trainee 001']);
    expect(b.columns[1]?.stats).toMatchObject({ done: 2, of: 2, mean: 37.5 });
    expect(buildGradebook(view, TEXTS, 'nope').rows).toHaveLength(6);
  });

  test('sorting: by a score column either way, missing last in both directions, ties by name', async () => {
    const gb = buildGradebook(await classOf(6), TEXTS);
    const names = (column: SortColumn, direction: 'ascending' | 'descending') =>
      sortRows(gb.rows, { column, direction }).map((r) => r.name.slice(-1));
    // Self-check: 25, 50, 75, 100, 25, 50 for 0..5.
    expect(names(1, 'descending')).toEqual(['3', '2', '1', '5', '0', '4']);
    expect(names(1, 'ascending')).toEqual(['0', '4', '1', '5', '2', '3']);
    // Worksheet: 80 for even, missing for odd — missing stays at the end.
    expect(names(3, 'ascending')).toEqual(['0', '2', '4', '1', '3', '5']);
    expect(names(3, 'descending')).toEqual(['0', '2', '4', '1', '3', '5']);
    expect(names('late', 'descending')[0]).toBe('4');
    expect(names('name', 'descending')).toEqual(['5', '4', '3', '2', '1', '0']);
  });

  test('property: sorting is a permutation in key order with missing values last', async () => {
    const gb = buildGradebook(await classOf(12), TEXTS);
    const columns: SortColumn[] = ['name', 'classCode', 'handedIn', 'late', 'done', 0, 1, 2, 3];
    fc.assert(
      fc.property(fc.shuffledSubarray([...gb.rows]), fc.constantFrom(...columns), fc.boolean(), (rows, column, up) => {
        const sorted = sortRows(rows, { column, direction: up ? 'ascending' : 'descending' });
        expect([...sorted].map((r) => r.key).sort()).toEqual(rows.map((r) => r.key).sort());
        const keys = sorted.map((r) => sortKey(r, column));
        const firstNull = keys.indexOf(null);
        if (firstNull >= 0) expect(keys.slice(firstNull).every((k) => k === null)).toBe(true);
        const present = keys.filter((k): k is number | string => k !== null);
        for (let i = 1; i < present.length; i++) {
          const [a, b] = [present[i - 1]!, present[i]!];
          if (typeof a === 'number' && typeof b === 'number') expect(up ? a <= b : a >= b).toBe(true);
        }
        // The order does not depend on the order the rows came in.
        expect(
          sortRows([...rows].reverse(), { column, direction: up ? 'ascending' : 'descending' }).map((r) => r.key),
        ).toEqual(sorted.map((r) => r.key));
      }),
    );
  });
});

describe('score bands, endings and paths', () => {
  test('ten bands, 100 in the last', () => {
    const bands = scoreBands([0, 9, 10, 55, 99, 100]);
    expect(bands.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
    expect(bands[9]).toEqual({ from: 90, to: 100, count: 2 });
  });

  test('property: every score falls in exactly one band', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 })), (percents) => {
        const bands = scoreBands(percents);
        expect(bands.reduce((s, b) => s + b.count, 0)).toBe(percents.length);
        for (const p of percents) expect(bands.filter((b) => p >= b.from && p <= b.to)).toHaveLength(1);
      }),
    );
  });

  test('endings reached, choices per decision point and per trainee', async () => {
    const gb = buildGradebook(await classOf(8), TEXTS);
    // Caught (good end) when i % 3 === 0: 0, 3, 6.
    expect(endingCounts(gb.rows, 'restaurant-seat-change', TEXTS.cases['restaurant-seat-change'])).toEqual([
      { endingId: 'poor-end', count: 5 },
      { endingId: 'good-end', count: 3 },
    ]);
    const paths = casePaths(gb.rows, 'restaurant-seat-change');
    expect(paths.decisions).toEqual(['first-reply']);
    expect(paths.people.find((p) => p.name === 'Trainee 003')?.choices).toEqual({ 'first-reply': 'happy-to-help' });
    expect(decisionCounts(paths)).toEqual([
      {
        nodeId: 'first-reply',
        reached: 8,
        choices: [
          { choiceId: 'policy', count: 5 },
          { choiceId: 'happy-to-help', count: 3 },
        ],
      },
    ]);
  });
});

describe('questions in words', () => {
  const quiz = (
    answers: Record<string, unknown>,
    questions: Record<string, { earned: number; total: number }>,
  ): Partial<ResultsPayload> => {
    const base = makePayload(0);
    return {
      items: base.items.map((r) =>
        r.kind === 'selfCheck'
          ? { ...r, latest: { earned: 1, total: 2, at: '2026-11-29T10:00:00.000Z', answers, questions } }
          : r,
      ),
    };
  };

  test('most-missed questions with the wrong answers chosen most often', async () => {
    const answers = [
      { 'care-definition': { selected: ['wrong1'] }, 'stage-of-care': { placements: { a: 'after' } } },
      { 'care-definition': { selected: ['wrong1'] }, 'stage-of-care': { placements: { a: 'before' } } },
      { 'care-definition': { selected: ['wrong2'] }, 'stage-of-care': { placements: { a: 'before' } } },
      { 'care-definition': { selected: ['right'] }, 'stage-of-care': { placements: { a: 'before' } } },
    ];
    const points = [
      { 'care-definition': { earned: 0, total: 1 }, 'stage-of-care': { earned: 0, total: 1 } },
      { 'care-definition': { earned: 0, total: 1 }, 'stage-of-care': { earned: 1, total: 1 } },
      { 'care-definition': { earned: 0, total: 1 }, 'stage-of-care': { earned: 1, total: 1 } },
      { 'care-definition': { earned: 1, total: 1 }, 'stage-of-care': { earned: 1, total: 1 } },
    ];
    const gb = buildGradebook(await classOf(4, (i) => quiz(answers[i]!, points[i]!)), TEXTS);
    const missed = missedQuestions(gb.rows, TEXTS);
    expect(missed.map((m) => [m.questionId, m.missed, m.answered])).toEqual([
      ['care-definition', 3, 4],
      ['stage-of-care', 1, 4],
    ]);
    const q = TEXTS.banks['what-is-client-care']!.questions;
    expect(missed[0]!.wrong.map((w) => [wrongText(w.answer, q[1]), w.count])).toEqual([
      ['Only complaint handling', 2],
      ['Discounts', 1],
    ]);
    expect(missed[1]!.wrong.map((w) => wrongText(w.answer, q[0]))).toEqual(['First enquiry → After purchase']);
    expect(hasQuestionPoints(gb.rows, 'what-is-client-care')).toBe(true);
    expect(hasQuestionPoints(gb.rows, 'other')).toBe(false);
  });

  test('a trainee’s self-check: each question in words with the answer given and its verdict, in bank order', async () => {
    const gb = buildGradebook(
      await classOf(1, () =>
        quiz(
          { 'care-definition': { selected: ['wrong2'] }, 'stage-of-care': { placements: { a: 'before' } } },
          { 'stage-of-care': { earned: 1, total: 1 }, 'care-definition': { earned: 0, total: 1 } },
        ),
      ),
      TEXTS,
    );
    const result = gb.rows[0]!.file.payload.items.find((r) => r.kind === 'selfCheck');
    if (result?.kind !== 'selfCheck') throw new Error('fixture');
    const review = quizReview(result, TEXTS.banks['what-is-client-care']);
    expect(review).toMatchObject({ bestPercent: 25, latestPercent: 50 });
    expect(review.questions).toEqual([
      {
        questionId: 'stage-of-care',
        prompt: 'When does each care activity happen?',
        answer: ['First enquiry → Before purchase'],
        verdict: 'right',
      },
      { questionId: 'care-definition', prompt: 'What is client care?', answer: ['Discounts'], verdict: 'wrong' },
    ]);
    // Without the bank's words the ids are kept, nothing is lost.
    expect(quizReview(result, undefined).questions.map((q) => [q.prompt, q.answer])).toEqual([
      [null, ['wrong2']],
      [null, ['a → before']],
    ]);
  });

  test('a trainee’s case: path in words, ending, care profile, reflection and checklist', async () => {
    const gb = buildGradebook(await classOf(1), TEXTS);
    const result = gb.rows[0]!.file.payload.items.find((r) => r.kind === 'case');
    if (result?.kind !== 'case' || !result.attempt) throw new Error('fixture');
    const review = caseReview(result.attempt, TEXTS.cases['restaurant-seat-change']);
    expect(review.steps).toEqual([
      {
        nodeId: 'first-reply',
        prompt: 'The guest asks to change seats.',
        choiceId: 'happy-to-help',
        choice: 'Offer a better table',
      },
    ]);
    expect([review.ending, review.endingKind, review.overall]).toEqual(['A regular is won', 'success', 67]);
    expect(review.profile).toEqual([
      { dimension: 'empathy', points: 0, score: 33 },
      { dimension: 'ownership', points: 2, score: 100 },
    ]);
    expect(review.reflection).toBe('I would listen first.');
    expect(review.checklist).toEqual([
      { id: 'listened', text: 'I listened first', ticked: true },
      { id: 'followed', text: 'I followed up', ticked: false },
    ]);
  });

  test('the texts file: a part of the wrong shape is dropped, the rest kept', () => {
    expect(readClassTexts(JSON.parse(JSON.stringify(TEXTS)))).toEqual(TEXTS);
    const bad = { banks: { x: { questions: [{ id: 1 }] } }, cases: TEXTS.cases };
    expect(readClassTexts(bad)).toEqual({ banks: {}, cases: TEXTS.cases });
    expect(readClassTexts(null)).toEqual(NO_TEXTS);
    expect(readClassTexts(JSON.parse('{"banks":{"__proto__":{"questions":[]}},"cases":[]}')).banks).toEqual({
      ['__proto__']: { questions: [] },
    });
  });
});

describe('gradebook CSV', () => {
  const LABELS = {
    name: 'Name',
    classCode: 'Class',
    handedInAt: 'Handed in',
    late: 'Late',
    completed: 'Items done (of 4)',
    yes: 'yes',
    no: 'no',
    done: 'done',
    missing: 'missing',
  };
  const label = (c: { key: string }) => c.key;

  test('rows in the order shown, whole percents as numbers, no "3/4" a spreadsheet would read as a date', async () => {
    const gb = buildGradebook(await classOf(2), TEXTS);
    const rows = gradebookCsvRows(sortRows(gb.rows, { column: 1, direction: 'descending' }), gb.columns, LABELS, label);
    expect(rows[0]).toEqual([
      'Name',
      'Class',
      'Handed in',
      'Late',
      'Items done (of 4)',
      'case:restaurant-seat-change (%)',
      'selfCheck:what-is-client-care (%)',
      'calculator:nps',
      'worksheet:ww-care-plan (%)',
    ]);
    expect(rows.slice(1)).toEqual([
      ['Trainee 001', 'CC-2026-A', '2026-11-30T09:00:00.000Z', 'no', 3, 25, 50, 'done', 'missing'],
      ['Trainee 000', 'CC-2026-A', '2026-11-30T09:00:00.000Z', 'no', 4, 67, 25, 'done', 80],
    ]);
  });

  test('a name that looks like a formula is neutralised', async () => {
    const gb = buildGradebook(await classOf(1, () => ({ trainee: { name: '=HYPERLINK("x")' } })), TEXTS);
    expect(toCsv(gradebookCsvRows(gb.rows, gb.columns, LABELS, label))).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
