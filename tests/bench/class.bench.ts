/**
 * Class dashboard speed: reading 200 results files (JSON parse, checks, SHA-256 checksum) and
 * aggregating the class must take under a second, so a large class imports without a wait.
 * Run: npx vitest bench --run --config tests/vitest.config.ts tests/bench/class.bench.ts
 */
import { aggregateClass, type ReadFile } from '../../src/domain/instructors/class';
import { parseResultsFile } from '../../src/domain/instructors/results';
import { makeFileText } from '../unit/instructors/fixtures';

const N = 200;
const BAR_MS = 1000;

describe(`class of ${N} results files`, () => {
  test('import and aggregate stays under 1 s', async ({ bench }) => {
    const texts = await Promise.all(Array.from({ length: N }, (_, i) => makeFileText(i)));
    const result = await bench(`parse ${N} files + aggregate`, async () => {
      const read: ReadFile[] = await Promise.all(
        texts.map(async (text, i) => {
          const r = await parseResultsFile(text);
          return r.ok ? { fileName: `${i}.json`, ok: true as const, file: r.value } : { fileName: `${i}.json`, ok: false as const, issues: r.issues };
        }),
      );
      const view = aggregateClass(read);
      if (view.rows.length !== N || view.rejected.length !== 0) throw new Error('unexpected result');
    }).run();
    expect(result.latency.mean).toBeLessThan(BAR_MS);
  });
});
