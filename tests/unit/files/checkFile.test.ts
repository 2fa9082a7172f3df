import fc from 'fast-check';
import { binaryKind, checkFileBytes, readCheckedFile, type FileRule } from '../../../src/domain/files/checkFile';

const TABLE: FileRule = { maxBytes: 4096, expect: 'table' };
const JSON_FILE: FileRule = { maxBytes: 4096, expect: 'json' };
const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52);
const BACKUP = JSON.stringify({ format: 'ccl-backup', version: 1, slots: { progress: { lessons: { a: 1 } } } });

describe('checkFileBytes: what is not text', () => {
  it.each([
    ['a PNG image (renamed .json or .csv)', PNG, 'png'],
    ['a JPEG image', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46), 'jpeg'],
    ['a GIF image', utf8('GIF89a\u0001\u0000'), 'gif'],
    ['a WebP image', utf8('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '), 'webp'],
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n'), 'pdf'],
    ['an .xlsx (ZIP)', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0), 'zip'],
    ['a gzip file', bytes(0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0), 'gzip'],
    ['an old .xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'office'],
    ['text with a NUL byte', utf8('9\n10\n\u00008\n'), 'other'],
    ['text with a NUL byte far in', utf8('9\n'.repeat(5000) + '\u0000'), 'other'],
    ['control bytes', bytes(...Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 1 : 57))), 'other'],
  ])('refuses %s as binary (%s)', (_what, data, kind) => {
    expect(checkFileBytes(data, { maxBytes: 1e6, expect: 'table' })).toEqual({
      ok: false,
      issues: [{ field: 'file', code: 'fileBinary', params: { kind } }],
    });
  });

  it.each([
    ['GBK-encoded Chinese', bytes(0xc6, 0xc0, 0xb7, 0xd6, 0x0a, 0x39, 0x0a)],
    ['UTF-16 with a byte-order mark', bytes(0xff, 0xfe, 0x39, 0x00, 0x0a, 0x00)],
    ['a cut multi-byte character', bytes(0x39, 0x0a, 0xe8, 0xaf)],
  ])('refuses %s as not UTF-8', (_what, data) => {
    expect(checkFileBytes(data, TABLE)).toEqual({ ok: false, issues: [{ field: 'file', code: 'fileNotUtf8' }] });
  });

  it.each([
    ['no bytes', new Uint8Array(0)],
    ['only a byte-order mark and spaces', utf8('\uFEFF  \n\t\n')],
  ])('refuses %s as empty', (_what, data) => {
    expect(checkFileBytes(data, TABLE)).toEqual({ ok: false, issues: [{ field: 'file', code: 'fileEmpty' }] });
  });
});

describe('checkFileBytes: a table of answers', () => {
  it.each([
    ['a progress backup', BACKUP],
    ['truncated JSON', BACKUP.slice(0, 40)],
    ['JSON with __proto__', '{"__proto__": {"polluted": true}, "answers": [9, 10]}'],
    ['a JSON array of numbers', '[9, 10, 8]'],
    ['JSON after a byte-order mark and spaces', '\uFEFF\n  {"a": 1}'],
  ])('refuses %s as JSON', (_what, text) => {
    expect(checkFileBytes(utf8(text), TABLE)).toEqual({ ok: false, issues: [{ field: 'file', code: 'fileIsJson' }] });
  });

  it('refuses text without a single digit', () => {
    expect(checkFileBytes(utf8('name,comment\nAnn,great\nBo,slow\n'), TABLE)).toEqual({
      ok: false,
      issues: [{ field: 'file', code: 'fileNoNumbers' }],
    });
  });

  it.each([
    ['a CSV with a BOM and Chinese', '\uFEFF编号,评分\n1,9\n', '编号,评分\n1,9\n'],
    ['a list with full-width digits', '９\n１０', '９\n１０'],
    ['a CSV whose first cell is in brackets', '[id],score\n1,9', '[id],score\n1,9'],
  ])('accepts %s and returns its text without the BOM', (_what, text, expected) => {
    expect(checkFileBytes(utf8(text), TABLE)).toEqual({ ok: true, value: expected });
  });

  it('any UTF-8 text with a digit that does not start like JSON is accepted unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 0, max: 10 }), (text, n) => {
        // eslint-disable-next-line no-control-regex -- the test removes the control characters the reader refuses
        const clean = `${n}\n${text.replace(/[\u0000-\u0008\u000b\u000e-\u001f]/g, '')}`;
        expect(checkFileBytes(utf8(clean), { maxBytes: 1e6, expect: 'table' })).toEqual({ ok: true, value: clean });
      }),
    );
  });
});

describe('checkFileBytes: a file of this site (JSON)', () => {
  it('leaves JSON syntax to the format’s own parser, so a cut-short file still reaches it', () => {
    expect(checkFileBytes(utf8(BACKUP.slice(0, 40)), JSON_FILE)).toEqual({ ok: true, value: BACKUP.slice(0, 40) });
  });

  it.each([
    '{"__proto__": {"x": 1}}',
    '{"a": {"\\u005f_proto__": 1}}'.replace('\\u005f_', '\\u005f\\u005f'),
    '{"a":[{"__proto__"  :1}]}',
  ])('refuses a __proto__ key: %s', (text) => {
    expect(checkFileBytes(utf8(text), JSON_FILE)).toEqual({
      ok: false,
      issues: [{ field: 'file', code: 'fileUnsafeKey', params: { key: '__proto__' } }],
    });
  });

  it('accepts a backup as it is', () => {
    expect(checkFileBytes(utf8(BACKUP), JSON_FILE)).toEqual({ ok: true, value: BACKUP });
  });
});

describe('readCheckedFile', () => {
  it('refuses a file over the limit without reading it', async () => {
    let read = false;
    const file = { size: 5 * 1024 * 1024, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) };
    await expect(readCheckedFile(file, { maxBytes: 4 * 1024 * 1024, expect: 'table' })).resolves.toEqual({
      ok: false,
      issues: [{ field: 'file', code: 'fileTooBig', params: { size: 5 * 1024 * 1024, max: 4 * 1024 * 1024 } }],
    });
    expect(read).toBe(false);
  });

  it('reports a file the browser cannot read', async () => {
    const file = { size: 3, arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) };
    await expect(readCheckedFile(file, TABLE)).resolves.toEqual({
      ok: false,
      issues: [{ field: 'file', code: 'fileUnreadable' }],
    });
  });

  it('reads a good file (a Blob)', async () => {
    await expect(readCheckedFile(new Blob(['9\n10\n']), TABLE)).resolves.toEqual({ ok: true, value: '9\n10\n' });
  });

  it('knows text from binary by its first bytes', () => {
    expect(binaryKind(utf8('9,10,8\r\n'))).toBeNull();
    expect(binaryKind(PNG)).toBe('png');
  });
});
