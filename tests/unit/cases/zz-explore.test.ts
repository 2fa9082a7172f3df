import { readFileSync } from 'node:fs';
import { scenarioSchema } from '../../../src/schemas/case';
import { checkScenario } from '../../../src/domain/cases/check-scenario';
import { reachableRanges } from '../../../src/domain/cases/scoring';
import { startCase, choose, advance, currentNode, scoresOf, endingOf } from '../../../src/domain/cases/engine';
import type { Scenario } from '../../../src/domain/cases/scenario';
import type { CaseState } from '../../../src/domain/cases/engine';
it('explore', () => {
  const raw = JSON.parse(readFileSync('content/cases/restaurant-seat-change.json', 'utf8'));
  const s = raw as Scenario;
  console.log(JSON.stringify(reachableRanges(s)));
  console.log(JSON.stringify(checkScenario(s)));
  const r = scenarioSchema.safeParse(raw);
  console.log(r.success ? 'schema ok' : JSON.stringify(r.error.issues.slice(0, 5)));
  const walk = (st: CaseState, label: string[]): void => {
    const n = currentNode(s, st)!;
    if (n.type === 'narration') return walk((advance(s, st) as any).value, label);
    if (n.type === 'ending') { console.log(label.join(' > '), '=>', n.id, JSON.stringify(scoresOf(s, st))); return; }
    if (n.type === 'decision') for (const c of n.choices) walk((choose(s, st, c.id) as any).value, [...label, c.id]);
  };
  walk(startCase(s), []);
});
