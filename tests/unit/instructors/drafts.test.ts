import { readdirSync, readFileSync } from 'node:fs';
import {
  assignmentsSlot,
  emptyDraft,
  MAX_PAST,
  moveItem,
  recordPast,
  validateSavedAssignments,
} from '../../../src/domain/instructors/drafts';
import { CATALOGUE_SIZES, CATALOGUE_VERSION, ITEM_CODES } from '../../../src/domain/instructors/catalogue';
import { ASSIGNABLE_CALCULATORS } from '../../../src/lib/calculators';
import { ASSIGNMENT } from './fixtures';

const codes = (r: { ok: boolean; issues?: readonly { code: string; field: string }[] }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => `${i.field}:${i.code}`);

describe('the builder’s saved draft and past assignments', () => {
  test('moving an item swaps it with its neighbour, and does nothing past either end', () => {
    const draft = { ...emptyDraft(), items: ASSIGNMENT.items };
    expect(moveItem(draft, 2, -1).items.map((i) => i.id)).toEqual([
      'restaurant-seat-change',
      'nps',
      'what-is-client-care',
      'ww-care-plan',
    ]);
    expect(moveItem(draft, 0, -1)).toBe(draft);
    expect(moveItem(draft, 3, 1)).toBe(draft);
  });

  test('a link made again moves to the top instead of being listed twice; the list is capped', () => {
    let state = assignmentsSlot.initial();
    for (let i = 0; i < MAX_PAST + 5; i++)
      state = recordPast(state, ASSIGNMENT, `2zFRAG${i}`, new Date(Date.UTC(2026, 0, 1, 0, i)));
    expect(state.past).toHaveLength(MAX_PAST);
    expect(state.past[0]?.fragment).toBe(`2zFRAG${MAX_PAST + 4}`);
    const again = recordPast(state, ASSIGNMENT, `2zFRAG${MAX_PAST}`, new Date(Date.UTC(2026, 1, 1)));
    expect(again.past).toHaveLength(MAX_PAST);
    expect(again.past[0]?.fragment).toBe(`2zFRAG${MAX_PAST}`);
    expect(new Set(again.past.map((p) => p.id)).size).toBe(MAX_PAST);
    expect(validateSavedAssignments(again)).toEqual({ ok: true, value: again });
  });

  test.each([
    ['a draft title too long', { draft: { ...emptyDraft(), title: 'x'.repeat(121) }, past: [] }, 'draft.title:invalid'],
    [
      'a draft item of an unknown kind',
      { draft: { ...emptyDraft(), items: [{ kind: 'video', id: 'x' }] }, past: [] },
      'draft.items.0.kind:unknownKind',
    ],
    [
      'a past entry with a broken assignment',
      {
        draft: emptyDraft(),
        past: [
          {
            id: 'a1',
            createdAt: '2026-01-01T00:00:00.000Z',
            fragment: '2zAB',
            assignment: { ...ASSIGNMENT, classCode: 'bad code' },
          },
        ],
      },
      'past.0.assignment:invalid',
    ],
    [
      'a past entry whose link is not base64url',
      {
        draft: emptyDraft(),
        past: [{ id: 'a1', createdAt: '2026-01-01T00:00:00.000Z', fragment: '2z<script>', assignment: ASSIGNMENT }],
      },
      'past.0.fragment:invalid',
    ],
    ['not an object', 'draft', ':notAnObject'],
  ])('saved data with %s is refused (the vault keeps a damaged copy)', (_, data, code) => {
    expect(codes(validateSavedAssignments(data))).toEqual([code]);
  });
});

describe('the item catalogue of short links', () => {
  test('lists every case, calculator, lesson self-check and module assessment the site offers, once', () => {
    const cases = readdirSync('content/cases').map((f) => `case:${f.replace(/\.json$/, '')}`);
    const lessons = new Set(readdirSync('content/lessons/en').map((f) => f.replace(/\.mdx$/, '')));
    const banks = readdirSync('content/quizzes').map((f) => ({
      id: f.replace(/\.json$/, ''),
      kind: (JSON.parse(readFileSync(`content/quizzes/${f}`, 'utf8')) as { kind: string }).kind,
    }));
    const offered = [
      ...cases,
      'worksheet:ww-care-plan',
      ...ASSIGNABLE_CALCULATORS.map((n) => `calculator:${n}`),
      ...banks.filter((b) => b.kind === 'self-check' && lessons.has(b.id)).map((b) => `selfCheck:${b.id}`),
      ...banks
        .filter((b) => b.kind === 'assessment' && /^module-[a-f]-assessment$/.test(b.id))
        .map((b) => `assessment:${b.id}`),
    ];
    expect([...offered].sort()).toEqual([...ITEM_CODES].sort());
    expect(new Set(ITEM_CODES).size).toBe(ITEM_CODES.length);
    expect(CATALOGUE_SIZES[CATALOGUE_VERSION]).toBe(ITEM_CODES.length);
  });
});
