/**
 * Class dashboard speed: reading 200 results files (JSON parse, checks, SHA-256 checksum),
 * aggregating the class and building the gradebook model (cells, column statistics, a sort, the
 * most-missed questions and the CSV rows) must take under a second, so a large class imports
 * without a wait.
 * Run: npx vitest bench --run --config tests/vitest.config.ts tests/bench/class.bench.ts
 */
import { aggregateClass, type ReadFile } from '../../src/domain/instructors/class';
import { buildGradebook, gradebookCsvRows, missedQuestions, sortRows } from '../../src/domain/instructors/gradebook';
import { NO_TEXTS } from '../../src/domain/instructors/texts';
import { parseResultsFile } from '../../src/domain/instructors/results';
import { makeFileText } from '../unit/instructors/fixtures';

const N = 200;
const BAR_MS = 1000;
const LABELS = {
  name: 'Name',
  classCode: 'Class',
  handedInAt: 'Handed in',
  late: 'Late',
  completed: 'Done',
  yes: 'yes',
  no: 'no',
  done: 'done',
  missing: 'missing',
};

describe(`class of ${N} results files`, () => {
  test('import, aggregate and gradebook model stay under 1 s', async ({ bench }) => {
    const texts = await Promise.all(Array.from({ length: N }, (_, i) => makeFileText(i)));
    const result = await bench(`parse ${N} files + aggregate + gradebook`, async () => {
      const read: ReadFile[] = await Promise.all(
        texts.map(async (text, i) => {
          const r = await parseResultsFile(text);
          return r.ok
            ? { fileName: `${i}.json`, ok: true as const, file: r.value }
            : { fileName: `${i}.json`, ok: false as const, issues: r.issues };
        }),
      );
      const view = aggregateClass(read);
      const gb = buildGradebook(view, NO_TEXTS);
      const sorted = sortRows(gb.rows, { column: 1, direction: 'descending' });
      const csv = gradebookCsvRows(sorted, gb.columns, LABELS, (c) => c.key);
      const missed = missedQuestions(gb.rows, NO_TEXTS);
      if (view.rows.length !== N || view.rejected.length !== 0 || csv.length !== N + 1 || missed.length === 0)
        throw new Error('unexpected result');
    }).run();
    expect(result.latency.mean).toBeLessThan(BAR_MS);
  });
});
