// Runs the end-to-end tests against the built site in headless Chromium.
// With CI=true a missing browser is a failure; elsewhere it is reported and skipped.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './browser-path.mjs';

const chromium = chromiumPath();
if (!existsSync(chromium)) {
  const how =
    'Install it with: sudo apt-get update && sudo apt-get install -y chromium-headless-shell (or chromium, or set CHROME_PATH).';
  if (process.env.CI === 'true') {
    console.error(`End-to-end tests need Chromium at ${chromium}, which is missing. ${how}`);
    process.exit(1);
  }
  console.warn(`\n*** End-to-end tests SKIPPED: no Chromium at ${chromium}. ${how}\n`);
  process.exit(0);
}
if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const result = spawnSync('vitest', ['run', '--config', 'tests/e2e/vitest.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chromium },
});
process.exit(result.status ?? 1);
