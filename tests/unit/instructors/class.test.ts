import { aggregateClass, spreadOf, type ReadFile } from '../../../src/domain/instructors/class';
import { parseResultsFile } from '../../../src/domain/instructors/results';
import { makeFileText } from './fixtures';

async function readAll(texts: readonly [string, string][]): Promise<ReadFile[]> {
  return Promise.all(
    texts.map(async ([fileName, text]) => {
      const r = await parseResultsFile(text);
      return r.ok ? { fileName, ok: true as const, file: r.value } : { fileName, ok: false as const, issues: r.issues };
    }),
  );
}

describe('class aggregation', () => {
  test('spread: min, median, max', () => {
    expect(spreadOf([3, 1, 2])).toEqual({ n: 3, min: 1, median: 2, max: 3 });
    expect(spreadOf([4, 1, 2, 3])).toEqual({ n: 4, min: 1, median: 2.5, max: 4 });
    expect(spreadOf([])).toBeNull();
  });

  test('bad files are listed, duplicates keep the latest, late hand-ins are found', async () => {
    const texts: [string, string][] = [];
    for (let i = 0; i < 8; i++) texts.push([`t${i}.json`, await makeFileText(i)]);
    texts.push(['again.json', await makeFileText(0, { handedInAt: '2026-11-30T12:00:00.000Z' })]);
    texts.push(['broken.json', '{"format":']);
    texts.push(['other.json', '{"hello":1}']);
    const view = aggregateClass(await readAll(texts));

    expect(view.rows).toHaveLength(8);
    expect(view.rejected.map((r) => `${r.fileName}:${r.issues[0]?.code}`)).toEqual([
      'broken.json:notJson',
      'other.json:notResultsFile',
    ]);
    expect(view.duplicates).toEqual([
      { name: 'Trainee 000', classCode: 'CC-2026-A', kept: 'again.json', dropped: ['t0.json'] },
    ]);
    expect(view.rows[0]?.fileName).toBe('again.json');
    // Trainee 4 handed in on 3 December, after the 1 December due date.
    expect(view.late.map((r) => r.name)).toEqual(['Trainee 004']);
  });
});
