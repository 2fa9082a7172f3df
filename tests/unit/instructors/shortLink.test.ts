import fc from 'fast-check';
import { ITEM_KINDS, MAX_FRAGMENT_LENGTH, type Assignment } from '../../../src/domain/instructors/assignment';
import { CATALOGUE_VERSION, ITEM_CODES } from '../../../src/domain/instructors/catalogue';
import {
  bytesToBase64Url,
  encodeAssignmentLink,
  packAssignment,
  toBase64Url,
} from '../../../src/domain/instructors/link';
import { check16, pipe, readAssignmentLink as readWith } from '../../../src/domain/instructors/shortLink';

const readAssignmentLink = (fragment: string) => readWith(fragment, ITEM_CODES);
const deflate = (bytes: Uint8Array) => pipe(bytes, new CompressionStream('deflate-raw'));
import { ASSIGNMENT } from './fixtures';

const codes = (r: { ok: boolean; issues?: readonly { code: string; field: string }[] }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => `${i.field}:${i.code}`);

async function link(a: unknown): Promise<string> {
  const encoded = await encodeAssignmentLink(a, ITEM_CODES);
  if (!encoded.ok) throw new Error(JSON.stringify(encoded.issues));
  return encoded.value;
}

/** Six items and two lines of instructions: what an instructor sends for a week's work. */
const SIX_ITEMS: Assignment = {
  v: 1,
  title: 'Week 3: service recovery',
  instructions:
    'Play the restaurant case first, then work through the recovery calculator.\nHand in your results file by Friday noon.',
  due: '2026-12-11',
  classCode: 'CC-2026-A',
  items: [
    { kind: 'case', id: 'restaurant-seat-change' },
    { kind: 'calculator', id: 'recovery', preset: 'worked-example' },
    { kind: 'selfCheck', id: 'service-recovery-steps' },
    { kind: 'selfCheck', id: 'silent-customers-and-complaints' },
    { kind: 'worksheet', id: 'ww-care-plan' },
    { kind: 'assessment', id: 'module-b-assessment' },
  ],
};

/**
 * A link made by the builder before short links (format 1), copied as it produced it: it must
 * keep opening.
 */
const FORMAT_1_LINK =
  'eyJ2IjoxLCJ0aXRsZSI6IldlZWsgMzogY2FyZSBpbiBhY3Rpb24iLCJpbnN0cnVjdGlvbnMiOiJQbGF5IHRoZSBjYXNlLCB0aGVuIGRvIHRoZSBzZWxmLWNoZWNrLlxu5YWI5a6M5oiQ5qGI5L6L77yM5YaN5YGa6Ieq5rWL44CCIiwiZHVlIjoiMjAyNi0xMi0wMSIsImNsYXNzQ29kZSI6IkNDLTIwMjYtQSIsIml0ZW1zIjpbeyJraW5kIjoiY2FzZSIsImlkIjoicmVzdGF1cmFudC1zZWF0LWNoYW5nZSJ9LHsia2luZCI6InNlbGZDaGVjayIsImlkIjoid2hhdC1pcy1jbGllbnQtY2FyZSJ9LHsia2luZCI6ImNhbGN1bGF0b3IiLCJpZCI6Im5wcyIsInByZXNldCI6IndvcmtlZC1leGFtcGxlIn0seyJraW5kIjoid29ya3NoZWV0IiwiaWQiOiJ3dy1jYXJlLXBsYW4ifSx7ImtpbmQiOiJhc3Nlc3NtZW50IiwiaWQiOiJtb2R1bGUtYi1hc3Nlc3NtZW50In1dfQ';

describe('short assignment links', () => {
  test('a six-item assignment with two lines of instructions makes a link of at most 300 characters', async () => {
    const fragment = await link(SIX_ITEMS);
    const full = `https://training.example.org/assignment/#${fragment}`;
    expect(full.length).toBeLessThanOrEqual(300);
    // The old format carried the same assignment in more than twice the characters.
    expect(toBase64Url(JSON.stringify(SIX_ITEMS)).length).toBeGreaterThan(2 * fragment.length);
    expect(await readAssignmentLink(`#${fragment}`)).toEqual({ ok: true, value: SIX_ITEMS });
  });

  test('catalogue items cost one byte each before compression', () => {
    const one = packAssignment({ ...SIX_ITEMS, items: SIX_ITEMS.items.slice(0, 1) }, ITEM_CODES).length;
    expect(packAssignment(SIX_ITEMS, ITEM_CODES).length - one).toBe(5);
  });

  test('a link made before short links (format 1) still opens, unchanged', async () => {
    expect(await readAssignmentLink(`#${FORMAT_1_LINK}`)).toEqual({
      ok: true,
      value: {
        v: 1,
        title: 'Week 3: care in action',
        instructions: 'Play the case, then do the self-check.\n先完成案例，再做自测。',
        due: '2026-12-01',
        classCode: 'CC-2026-A',
        items: [
          { kind: 'case', id: 'restaurant-seat-change' },
          { kind: 'selfCheck', id: 'what-is-client-care' },
          { kind: 'calculator', id: 'nps', preset: 'worked-example' },
          { kind: 'worksheet', id: 'ww-care-plan' },
          { kind: 'assessment', id: 'module-b-assessment' },
        ],
      },
    });
  });

  const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
  const item = fc.oneof(
    fc.constantFrom(...ITEM_CODES).map((code) => {
      const [kind, id] = code.split(':') as [Assignment['items'][number]['kind'], string];
      return { kind, id };
    }),
    fc.record({ kind: fc.constantFrom(...ITEM_KINDS), id: slug }),
  );
  const withPreset = fc
    .tuple(item, fc.boolean())
    .map(([i, preset]) => (i.kind === 'calculator' && preset ? { ...i, preset: 'worked-example' as const } : i));
  const assignment = fc.record({
    v: fc.constant(1 as const),
    title: fc
      .string({ minLength: 1, maxLength: 120, unit: 'grapheme' })
      .filter((t) => t.trim() !== '' && t.length <= 120)
      .map((t) => t.trim()),
    instructions: fc.string({ maxLength: 300, unit: 'grapheme' }).filter((t) => t.length <= 1500),
    due: fc.oneof(
      fc.constant(''),
      fc
        .date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    ),
    classCode: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/),
    items: fc.uniqueArray(withPreset, { minLength: 1, maxLength: 40, selector: (i) => `${i.kind}:${i.id}` }),
  });

  test('property: any valid assignment comes back exactly from its link', async () => {
    await fc.assert(
      fc.asyncProperty(assignment, async (a) => {
        const fragment = await link(a);
        expect(fragment).toMatch(/^2[zr][A-Za-z0-9_-]+$/);
        expect(await readAssignmentLink(fragment)).toEqual({ ok: true, value: a });
      }),
      { numRuns: 150 },
    );
  });

  test('property: a link with one character changed or cut short never opens a different assignment', async () => {
    const fragment = await link(SIX_ITEMS);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    await fc.assert(
      fc.asyncProperty(
        fc.nat(fragment.length - 3),
        fc.constantFrom(...alphabet),
        fc.nat(fragment.length - 1),
        async (at, ch, cut) => {
          const i = at + 2;
          const changed = fragment.slice(0, i) + ch + fragment.slice(i + 1);
          const opened = await readAssignmentLink(changed);
          // Either refused, or (a change in bits that neither base64 nor deflate reads: the
          // padding at the very end) the very same assignment.
          if (opened.ok) expect(opened.value).toEqual(SIX_ITEMS);
          else if (i < fragment.length - 4) expect(codes(opened)).toEqual(['link:damaged']);
          expect((await readAssignmentLink(fragment.slice(0, cut))).ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  test.each([
    ['', 'link:empty'],
    ['2z', 'link:damaged'],
    ['2zAAAA', 'link:damaged'],
    ['2r', 'link:damaged'],
    ['2z$$$', 'link:notBase64'],
    ['3zAAAA', 'link:newerVersion'],
    ['12rAAAA', 'link:newerVersion'],
    [`2z${'A'.repeat(MAX_FRAGMENT_LENGTH)}`, 'link:tooLong'],
  ])('a damaged link %j is refused with a precise code', async (fragment, code) => {
    expect(codes(await readAssignmentLink(fragment))).toEqual([code]);
  });

  test('a link from a newer item catalogue says "newer", not "damaged"', async () => {
    const packed = packAssignment(SIX_ITEMS, ITEM_CODES);
    packed[0] = CATALOGUE_VERSION + 1;
    // Recompute the check so that only the version is new.
    const check = check16(packed.subarray(0, packed.length - 2));
    packed[packed.length - 2] = check >> 8;
    packed[packed.length - 1] = check & 0xff;
    expect(codes(await readAssignmentLink(`2r${bytesToBase64Url(packed)}`))).toEqual(['link:newerVersion']);
  });

  test('a crafted link that inflates to a huge size is refused, not read into memory', async () => {
    const bomb = await deflate(new Uint8Array(500_000));
    expect(bomb.length).toBeLessThan(1000);
    expect(codes(await readAssignmentLink(`2z${bytesToBase64Url(bomb)}`))).toEqual(['link:damaged']);
  });

  test('a well-formed link with invalid contents names the field', async () => {
    const packed = packAssignment({ ...ASSIGNMENT, classCode: 'bad code!' } as Assignment, ITEM_CODES);
    expect(codes(await readAssignmentLink(`2r${bytesToBase64Url(packed)}`))).toEqual(['classCode:badClassCode']);
  });

  test('building refuses what validation refuses, and links too long', async () => {
    expect(codes(await encodeAssignmentLink({ ...ASSIGNMENT, title: ' ' }, ITEM_CODES))).toEqual(['title:required']);
    const items = Array.from({ length: 40 }, (_, i) => ({
      kind: 'selfCheck' as const,
      id: `a-very-long-question-bank-identifier-number-${i}`,
    }));
    const random = Array.from({ length: 1500 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20000))).join('');
    expect(codes(await encodeAssignmentLink({ ...ASSIGNMENT, instructions: random, items }, ITEM_CODES))).toEqual([
      'link:tooLong',
    ]);
  });
});
