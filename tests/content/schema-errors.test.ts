import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

// Runs `astro sync` (which validates every content entry) over a folder holding one broken
// lesson, and checks that the failure names the file and the field.
describe('a malformed lesson fails with a message naming the file and the field', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lessons-'));
    mkdirSync(join(dir, 'en'));
    writeFileSync(
      join(dir, 'en', 'broken-lesson.mdx'),
      [
        '---',
        'title: A broken lesson',
        'summary: This lesson has a module that does not exist in the course.',
        'module: Z',
        'order: 1',
        'objectives: [Learn]',
        'minutes: 5',
        'keyPoints: [One point]',
        'sources: [{ title: Somebody }]',
        '---',
        '',
        'Text.',
      ].join('\n'),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names en/broken-lesson and the module field', () => {
    // A generous limit: on a busy machine (or after a dependency change) `astro sync` is slow.
    const result = spawnSync('astro', ['sync'], {
      env: { ...process.env, LESSONS_DIR: dir },
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(result.error, 'astro sync did not finish').toBeUndefined();
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toMatch(/en\/broken-lesson/);
    expect(output).toMatch(/module/);
    expect(output).toMatch(/module must be one of A, B, C, D, E, F/);
  }, 320_000);
});
