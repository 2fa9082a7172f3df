import {
  decodeAssignment,
  isLate,
  MAX_FRAGMENT_LENGTH,
  validateAssignment,
} from '../../../src/domain/instructors/assignment';
import { toBase64Url } from '../../../src/domain/instructors/link';
import { ASSIGNMENT } from './fixtures';

const codes = (r: { ok: boolean; issues?: readonly { code: string; field: string }[] }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => `${i.field}:${i.code}`);

describe('assignment links', () => {
  test('a format-1 link decodes, also with Chinese text', () => {
    const zh = { ...ASSIGNMENT, title: '第三周：关怀实践', instructions: '先完成案例，再做自测。' };
    for (const a of [ASSIGNMENT, zh]) {
      expect(decodeAssignment(`#${toBase64Url(JSON.stringify(a))}`)).toEqual({ ok: true, value: a });
    }
  });

  test.each([
    ['', 'link:empty'],
    ['#', 'link:empty'],
    ['#abc$%', 'link:notBase64'],
    [`#${'A'.repeat(MAX_FRAGMENT_LENGTH + 1)}`, 'link:tooLong'],
    [`#${toBase64Url('{"v":1,"title":')}`, 'link:notJson'],
  ])('a damaged fragment %# is refused with a precise code', (fragment, code) => {
    expect(codes(decodeAssignment(fragment))).toEqual([code]);
  });

  test('a truncated format-1 link is refused, never throws', () => {
    const encoded = toBase64Url(JSON.stringify(ASSIGNMENT));
    for (let cut = 1; cut < encoded.length; cut += 7) {
      expect(decodeAssignment(encoded.slice(0, cut)).ok).toBe(false);
    }
  });

  test('field problems name the field', () => {
    const bad = {
      ...ASSIGNMENT,
      v: 2,
      title: ' ',
      due: '2026-02-30',
      classCode: 'a b',
      items: [{ kind: 'case', id: '__proto__' }],
    };
    expect(codes(validateAssignment(bad))).toEqual([
      'v:newerVersion',
      'title:required',
      'due:badDate',
      'classCode:badClassCode',
      'items.0.id:badId',
    ]);
    expect(codes(validateAssignment({ ...ASSIGNMENT, items: [ASSIGNMENT.items[0], ASSIGNMENT.items[0]] }))).toEqual([
      'items.1:duplicate',
    ]);
    expect(codes(validateAssignment({ ...ASSIGNMENT, items: [] }))).toEqual(['items:noItems']);
    expect(
      codes(validateAssignment({ ...ASSIGNMENT, items: [{ kind: 'case', id: 'x', preset: 'worked-example' }] })),
    ).toEqual(['items.0.preset:badPreset']);
  });

  test.each([
    ['1.5 (a fraction)', '1.5'],
    ['"1.5" (a string)', '"1.5"'],
    ['"NaN" (a string)', '"NaN"'],
    ['1e999 (infinite once read)', '1e999'],
    ['2.0000001', '2.0000001'],
    ['-3', '-3'],
    ['null', 'null'],
  ])('a link whose version is %s is malformed, not "made with a newer version"', (_, v) => {
    const json = JSON.stringify({ ...ASSIGNMENT, v: 0 }).replace('"v":0', `"v":${v}`);
    expect(codes(decodeAssignment(`#${toBase64Url(json)}`))).toEqual(['v:badVersion']);
  });

  test('a link from a newer version (a whole number above 1) says so', () => {
    const json = JSON.stringify({ ...ASSIGNMENT, v: 3 });
    expect(codes(decodeAssignment(`#${toBase64Url(json)}`))).toEqual(['v:newerVersion']);
  });

  test('late means after the end of the due date everywhere on Earth', () => {
    expect(isLate('2026-12-01', '2026-12-01T23:00:00.000Z')).toBe(false);
    expect(isLate('2026-12-01', '2026-12-02T11:59:59.000Z')).toBe(false);
    expect(isLate('2026-12-01', '2026-12-02T12:00:00.000Z')).toBe(true);
    expect(isLate('', '2030-01-01T00:00:00.000Z')).toBe(false);
  });
});
