import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The longest files first, so they do not start last and hold up the run: the all-pages checks, one per language. */
const FIRST = ['pages-en.e2e.ts', 'pages-zh-cn.e2e.ts'];

/** Vitest's order (slowest known first, else largest file first) with the files in FIRST ahead. */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (spec: TestSpecification) => FIRST.some((name) => spec.moduleId.endsWith(`/${name}`));
    return [...sorted.filter(first), ...sorted.filter((spec) => !first(spec))];
  }
}

// Browser tests: files run in parallel workers (each file launches its own Chromium) against
// the one static server of global-setup.ts. E2E_WORKERS overrides the number of workers.
// Tests wait on conditions, never on time; the limits below only end a test that is stuck.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globals: true,
    environment: 'node',
    pool: 'forks',
    maxWorkers: Number(process.env['E2E_WORKERS'] ?? 2),
    // Concurrent tests within a file (every-page.ts checks this many pages at once).
    maxConcurrency: 3,
    sequence: { sequencer: LongestFirst },
    testTimeout: 180_000,
    hookTimeout: 60_000,
    // expect.poll gives up after 1 s by default: far too soon for a page on a busy machine.
    expect: { poll: { timeout: 60_000 } },
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
