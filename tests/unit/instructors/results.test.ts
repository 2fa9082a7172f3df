import fc from 'fast-check';
import {
  buildResultsFile,
  canonicalJson,
  parseResultsFile,
  payloadChecksum,
  resultsFileText,
  type Digest,
} from '../../../src/domain/instructors/results';
import { makePayload } from './fixtures';

const codes = (r: { ok: boolean; issues?: readonly { code: string; field: string }[] }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => `${i.field}:${i.code}`);

describe('results files', () => {
  test('canonical JSON sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }, 2], e: undefined })).toBe(
      '{"a":[{"c":null,"d":"x"},2],"b":1}',
    );
  });

  test('the checksum is SHA-256 (hex) of the canonical payload', async () => {
    // SHA-256 of the canonical JSON, checked by the injectable digest receiving exactly those bytes.
    let seen = '';
    const spy: Digest = async (bytes) => {
      seen = new TextDecoder().decode(bytes);
      return new Uint8Array(32).fill(171);
    };
    const payload = makePayload(1);
    expect(await payloadChecksum(payload, spy)).toBe('ab'.repeat(32));
    expect(seen).toBe(canonicalJson(payload));
    // Known answer: SHA-256("abc").
    const abc = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode('abc'));
    expect(Buffer.from(abc).toString('hex')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  test('round trip: build → JSON → parse gives the same data', async () => {
    for (const i of [0, 1, 2, 3, 4]) {
      const file = await buildResultsFile(makePayload(i));
      expect(await parseResultsFile(resultsFileText(file))).toEqual({ ok: true, value: file });
    }
  });

  test('an edited payload is refused with checksumMismatch', async () => {
    const text = resultsFileText(await buildResultsFile(makePayload(2)));
    const edited = text.replace('"earned": 3', '"earned": 4');
    expect(edited).not.toBe(text);
    expect(codes(await parseResultsFile(edited))).toEqual(['checksum:checksumMismatch']);
  });

  test('a truncated file is refused, never throws', async () => {
    const text = resultsFileText(await buildResultsFile(makePayload(3)));
    for (let cut = 0; cut < text.length; cut += 97) expect((await parseResultsFile(text.slice(0, cut))).ok).toBe(false);
  });

  test.each([
    ['not json', 'file:notJson'],
    ['{"format":"case-attempt"}', 'format:notResultsFile'],
    ['{"format":"ccl-results","formatVersion":2}', 'formatVersion:newerVersion'],
    ['{"format":"ccl-results","formatVersion":1.5}', 'formatVersion:badVersion'],
    ['{"format":"ccl-results","formatVersion":1e999}', 'formatVersion:badVersion'],
    ['{"format":"ccl-results","formatVersion":"2"}', 'formatVersion:badVersion'],
    ['{"format":"ccl-results","formatVersion":1,"payload":{}}', 'checksum:badChecksum'],
  ])('%s is refused with a precise code', async (text, code) => {
    expect(codes(await parseResultsFile(text))).toEqual([code]);
  });

  test('bad fields name the field', async () => {
    const file = await buildResultsFile(makePayload(1));
    const bad = JSON.parse(resultsFileText(file));
    bad.payload.items[1].best.earned = 99;
    expect(codes(await parseResultsFile(JSON.stringify(bad)))).toEqual(['payload.items.1.best:invalid']);
    bad.payload.items[1].best.earned = 1;
    bad.payload.trainee.name = '';
    expect(codes(await parseResultsFile(JSON.stringify(bad)))).toEqual(['payload.trainee.name:required']);
  });

  test('__proto__ keys never reach a prototype', async () => {
    const payload = makePayload(1);
    const text = resultsFileText(await buildResultsFile(payload)).replace(
      '"stage-of-care": {',
      '"stage-of-care": {"__proto__": {"polluted": true},',
    );
    const parsed = await parseResultsFile(text);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    // The checksum no longer matches, but nothing was polluted on the way.
    expect(codes(parsed)).toEqual(['checksum:checksumMismatch']);
  });

  test('fuzz: arbitrary JSON and strings never throw and leave Object.prototype unchanged', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort().join();
    const valid = JSON.parse(resultsFileText(await buildResultsFile(makePayload(1))));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ ...valid, payload: { ...valid.payload, items: v } })),
          fc
            .jsonValue()
            .map((v) => JSON.stringify({ ...valid, payload: { ...valid.payload, trainee: v, ['__proto__']: v } })),
          fc.constantFrom(
            '{"__proto__":{"x":1}}',
            '{"format":"ccl-results","formatVersion":1,"checksum":{"__proto__":1}}',
          ),
        ),
        async (text) => {
          const result = await parseResultsFile(text);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 1000 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(before);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});
