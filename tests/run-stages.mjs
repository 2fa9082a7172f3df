// `npm test`: runs each stage's npm script, prints how long it took ("unit: 42 s"), and stops
// after the first step with a failing stage, with its exit code. A summary line of every stage's
// time ends the run. `node tests/run-stages.mjs unit e2e` runs only those stages.
//
// The type check keeps one core busy for most of its time while lint, format and knip, one after
// another, use the other (23 s instead of 31 s on two cores; all four at once gain little). They
// change no file, so they run side by side, each one's output held and printed whole as it ends.
// The rest run one after another: unit tests use every core, and the browser tests need both builds.
import { spawn } from 'node:child_process';

/**
 * Steps in order. A step is one or more lanes that run at the same time; a lane runs its stages
 * one after another. Stage: [name, npm script].
 */
const STEPS = [
  [
    [['check', 'check']],
    [
      ['lint', 'lint'],
      ['format', 'format:check'],
      ['knip', 'knip'],
    ],
  ],
  [[['unit', 'test:unit']]],
  [[['build', 'build']]],
  // The learning-platform packages (dist-lms/), which tests/e2e/lms-package.e2e.ts unpacks.
  [[['packages', 'build:lms']]],
  [[['e2e', 'e2e']]],
];
const STAGES = STEPS.flat(2);

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

function report({ stage, ms, status, signal }) {
  if (status === 0) console.log(`\n${stage}: ${seconds(ms)}`);
  else console.error(`\n${stage}: FAILED after ${seconds(ms)} (${signal ?? `exit code ${status}`})`);
}

/**
 * Runs one stage's script. Alone it prints as it goes; beside others its output (stdout and
 * stderr, in the order written) is held and printed whole when it ends, so stages never mix.
 */
function runStage(stage, script, alone) {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', script], { stdio: alone ? 'inherit' : ['inherit', 'pipe', 'pipe'] });
    const held = [];
    child.stdout?.on('data', (chunk) => held.push(chunk));
    child.stderr?.on('data', (chunk) => held.push(chunk));
    child.on('close', (status, signal) => {
      if (!alone) process.stdout.write(Buffer.concat(held));
      resolve({ stage, ms: performance.now() - t0, status, signal });
    });
  });
}

for (const step of STEPS) {
  const lanes = step
    .map((lane) => lane.filter(([stage]) => wanted.length === 0 || wanted.includes(stage)))
    .filter((lane) => lane.length > 0);
  if (lanes.length === 0) continue;
  const alone = lanes.length === 1;
  // A lane stops at its first failing stage; the step waits for every lane.
  const results = (
    await Promise.all(
      lanes.map(async (lane) => {
        const done = [];
        for (const [stage, script] of lane) {
          const result = await runStage(stage, script, alone);
          report(result);
          done.push(result);
          if (result.status !== 0) break;
        }
        return done;
      }),
    )
  ).flat();
  for (const { stage, ms } of results) times.push([stage, ms]);
  const failed = results.find((r) => r.status !== 0);
  if (failed) {
    console.error(`stages: ${summary()}`);
    process.exit(failed.status || 1);
  }
}
console.log(`\nstages: ${summary()} · total ${seconds(performance.now() - started)}`);
