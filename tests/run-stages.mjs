// `npm test`: runs each stage's npm script in order, prints how long it took ("unit: 42 s"),
// and stops at the first stage that fails, with its exit code. A summary line of every
// stage's time ends the run. `node tests/run-stages.mjs unit e2e` runs only those stages.
import { spawnSync } from 'node:child_process';

/** Stage name → the npm script it runs, in the order they run. */
const STAGES = [
  ['lint', 'lint'],
  ['format', 'format:check'],
  ['knip', 'knip'],
  ['check', 'check'],
  ['unit', 'test:unit'],
  ['build', 'build'],
  // The learning-platform packages (dist-lms/), which tests/e2e/lms-package.e2e.ts unpacks.
  ['packages', 'build:lms'],
  ['e2e', 'e2e'],
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !STAGES.some(([stage]) => stage === name));
if (unknown.length > 0) {
  console.error(`Unknown stage: ${unknown.join(', ')}. Stages: ${STAGES.map(([stage]) => stage).join(', ')}.`);
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const times = [];
const seconds = (ms) => `${Math.round(ms / 1000)} s`;
const summary = () => times.map(([stage, ms]) => `${stage} ${seconds(ms)}`).join(' · ');
const started = performance.now();

for (const [stage, script] of STAGES) {
  if (wanted.length > 0 && !wanted.includes(stage)) continue;
  const t0 = performance.now();
  const run = spawnSync(npm, ['run', script], { stdio: 'inherit' });
  const ms = performance.now() - t0;
  times.push([stage, ms]);
  if (run.status !== 0) {
    console.error(`\n${stage}: FAILED after ${seconds(ms)} (${run.signal ?? `exit code ${run.status}`})`);
    console.error(`stages: ${summary()}`);
    process.exit(run.status || 1);
  }
  console.log(`\n${stage}: ${seconds(ms)}`);
}
console.log(`\nstages: ${summary()} · total ${seconds(performance.now() - started)}`);
