import { readdirSync } from 'node:fs';
import { scenarioSchema } from '../../../src/schemas/case';
import { CASES_DIR, loadCaseJson } from './fixtures';

type Json = Record<string, unknown> & { nodes: Record<string, unknown>[] };
const restaurantJson = (): Json => loadCaseJson('restaurant-seat-change') as Json;
const nodeAt = (json: Json, id: string): Record<string, unknown> & { choices?: Record<string, unknown>[] } => {
  const node = json.nodes.find((n) => n['id'] === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
};

describe('scenario files', () => {
  const files = readdirSync(CASES_DIR).filter((f) => f.endsWith('.json'));

  it('include the restaurant seat change', () => {
    expect(files).toContain('restaurant-seat-change.json');
  });

  it.each(files)('%s passes the schema and the graph checks, unchanged, and is named after its id', (file) => {
    // Arrange
    const json = loadCaseJson(file.replace(/\.json$/, ''));
    // Act
    const parsed = scenarioSchema.safeParse(json);
    // Assert
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual(json);
    expect(`${(json as { id: string }).id}.json`).toBe(file);
  });
});

describe('scenarioSchema', () => {
  it.each([
    {
      name: 'a dangling next id, naming the node',
      edit: (j: Json) => {
        nodeAt(j, 'offer').choices![1]!['next'] = 'nowhere';
      },
      path: ['nodes', 6, 'choices', 1, 'next'],
      message: 'unknownNode (nodeId="offer", target="nowhere")',
    },
    {
      name: 'a blank translation, naming the node',
      edit: (j: Json) => {
        (nodeAt(j, 'request')['text'] as Record<string, string>)['zh-cn'] = '';
      },
      path: ['nodes', 1, 'text', 'zh-cn'],
      message: 'missingTranslation (locale="zh-cn", nodeId="request")',
    },
    {
      name: 'a narrowed declared range',
      edit: (j: Json) => {
        (j['dimensions'] as Record<string, unknown>[])[0]!['max'] = 4;
      },
      path: ['dimensions', 0],
      message:
        'scoreOutOfDeclaredRange (dimension="empathy", declaredMin=-3, declaredMax=4, reachableMin=-3, reachableMax=5)',
    },
  ])('reports $name', ({ edit, path, message }) => {
    // Arrange
    const json = restaurantJson();
    edit(json);
    // Act
    const parsed = scenarioSchema.safeParse(json);
    // Assert
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toContainEqual(expect.objectContaining({ path, message }));
  });

  it.each([
    {
      name: 'an unknown key in a node',
      edit: (j: Json) => void (nodeAt(j, 'request')['mood'] = 'happy'),
      path: ['nodes', 1],
    },
    {
      name: 'a delta out of −5…5',
      edit: (j: Json) => void (nodeAt(j, 'offer').choices![0]!['deltas'] = { empathy: 9 }),
      path: ['nodes', 6, 'choices', 0, 'deltas', 'empathy'],
    },
    {
      name: 'a dimension that does not exist',
      edit: (j: Json) => void (nodeAt(j, 'offer').choices![0]!['deltas'] = { charm: 1 }),
      path: ['nodes', 6, 'choices', 0, 'deltas'],
    },
    {
      name: 'a fifth choice',
      edit: (j: Json) => void nodeAt(j, 'offer').choices!.push({ ...nodeAt(j, 'offer').choices![0]!, id: 'fifth' }),
      path: ['nodes', 6, 'choices'],
    },
    { name: 'an id with capitals', edit: (j: Json) => void (j['startNodeId'] = 'PhoneCall'), path: ['startNodeId'] },
    {
      name: 'a missing Chinese text',
      edit: (j: Json) => void delete (j['title'] as Record<string, unknown>)['zh-cn'],
      path: ['title', 'zh-cn'],
    },
    {
      name: 'an unknown principle',
      edit: (j: Json) =>
        void ((nodeAt(j, 'ending-original')['debrief'] as Record<string, unknown>)['missed'] = ['beNice']),
      path: ['nodes', 16, 'debrief', 'missed', 0],
    },
  ])('rejects $name by shape', ({ edit, path }) => {
    const json = restaurantJson();
    edit(json);
    const parsed = scenarioSchema.safeParse(json);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path)).toContainEqual(path);
  });
});
