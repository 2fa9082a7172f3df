/**
 * Chinese text of the site must not repeat the source documents word for word. The originality
 * tool (kept beside the sources, outside this repository; ORIGINALITY_TOOL overrides its path)
 * lists every run of 15 or more Chinese characters shared with them; the runs that may stay —
 * source titles, fixed list items, formulas — are listed in originality-allow.txt.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const TOOL = resolve(process.env['ORIGINALITY_TOOL'] ?? '../shared/tools/originality.mjs');
const ALLOW = 'tests/content/originality-allow.txt';
const HAN = /[\u3400-\u9fff]/g;

interface SharedRun {
  readonly file: string;
  readonly source: string;
  readonly run: string;
}

/** Runs the tool from the project root; it exits 1 when it finds a run, so read stdout either way. */
function sharedRuns(args: readonly string[]): SharedRun[] {
  if (!existsSync(TOOL))
    throw new Error(`The originality tool was not found at ${TOOL}; set ORIGINALITY_TOOL to its path.`);
  let out: string;
  try {
    out = execFileSync(process.execPath, [TOOL, ...args], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const failed = error as { status?: number; stdout?: string; stderr?: string };
    if (failed.status !== 1 || typeof failed.stdout !== 'string')
      throw new Error(`The originality tool failed: ${failed.stderr ?? String(error)}`, { cause: error });
    out = failed.stdout;
  }
  const runs: SharedRun[] = [];
  for (const line of out.split('\n')) {
    const match = /^\s*\d+\s+(\S+)\s+\(source (\S+)\)\s+(\S+)$/.exec(line);
    if (match) runs.push({ file: match[1]!, source: match[2]!, run: match[3]! });
  }
  const summary = /(\d+) shared run\(s\)/.exec(out);
  if (!summary || Number(summary[1]) !== runs.length)
    throw new Error(`Unexpected output from the originality tool:\n${out}`);
  return runs;
}

const allowLines = readFileSync(ALLOW, 'utf8').split('\n');
const allowed = allowLines.filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
const han = (s: string) => (s.match(HAN) ?? []).join('');

describe('Chinese text is our own', () => {
  it('no run of 15+ characters is shared with the sources, except the allowed ones', { timeout: 60_000 }, () => {
    const left = sharedRuns(['--allow', ALLOW]);
    const report = left.map((r) => `${r.file} (source ${r.source}): ${r.run}`).join('\n');
    expect(left.length, `${left.length} shared run(s) left — rewrite them in your own words:\n${report}\n`).toBe(0);
  });

  it('every allowed line still forgives a shared run, so the allow list stays short', { timeout: 60_000 }, () => {
    const runs = sharedRuns([]);
    const unused = allowed.filter((line) => !runs.some((r) => han(line).includes(r.run)));
    expect(unused, 'these allowed lines no longer match anything; remove them').toEqual([]);
  });

  it('comment lines of the allow list hold no Chinese (the tool would read them as allowed runs)', () => {
    const bad = allowLines.filter((l) => l.trimStart().startsWith('#') && HAN.test(l));
    expect(bad).toEqual([]);
  });
});
