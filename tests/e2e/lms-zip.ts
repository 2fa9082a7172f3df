// The learning-platform packages that `npm run build:lms` wrote, unpacked for the browser tests.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

/** Fails with what to run when the packages have not been built. */
export function requirePackages(): void {
  if (!existsSync('dist-lms/client-care-loyalty-scorm12-en.zip'))
    throw new Error('dist-lms/ is missing: run `npm run build:lms` first.');
}

/** The package `name` (e.g. `scorm12-en`) unzipped into a new temporary folder; returns its path. */
export function unpack(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lms-package-'));
  const files = unzipSync(readFileSync(`dist-lms/client-care-loyalty-${name}.zip`));
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  return dir;
}
