// Which Chromium the browser tests drive: CHROME_PATH when set and not empty, else Debian's
// headless shell (package chromium-headless-shell: the old headless mode, which draws pages with
// half the CPU of the full browser's headless mode — pages-en.e2e.ts 28 s instead of 56 s on two
// cores), else the full Chromium.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];

/** The Chromium executable for the browser tests (the first candidate when none is installed). */
export function chromiumPath() {
  return process.env.CHROME_PATH || (CANDIDATES.find((path) => existsSync(path)) ?? CANDIDATES[0]);
}
