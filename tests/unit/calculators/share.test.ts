import { decodeShare, encodeShare, MAX_SHARE_PARAM } from '../../../src/domain/calculators/share';

const ACCEPT = /^(brandSpend|categorySpend|responses)$/;

describe('share-link state', () => {
  it('round-trips fields through the address, leaving blank fields out', () => {
    // Arrange
    const fields = { brandSpend: '600', categorySpend: '960', responses: '' };
    // Act
    const param = encodeShare(fields);
    const url = new URL('https://example.org/tools/share-of-wallet/');
    url.searchParams.set('share-of-wallet', param);
    const read = decodeShare(new URL(url.href).searchParams.get('share-of-wallet')!, ACCEPT);
    // Assert
    expect(param).toBe('brandSpend=600&categorySpend=960');
    expect(read).toEqual({ ok: true, value: { brandSpend: '600', categorySpend: '960' } });
  });

  it('keeps text exactly, line breaks and markup included (it is shown only as text)', () => {
    const fields = { responses: '9\n10\n<img src=x onerror=alert(1)>' };
    expect(decodeShare(encodeShare(fields), ACCEPT)).toEqual({ ok: true, value: fields });
  });

  it.each([
    ['<script>alert(1)</script>', 'unknownField'],
    ['<img src=x onerror=alert(1)>', 'unknownField'],
    ['brandSpend=1&brandSpend=2', 'unknownField'],
    ['__proto__=1', 'unknownField'],
    ['constructor=1', 'unknownField'],
    ['', 'empty'],
    ['x'.repeat(MAX_SHARE_PARAM + 1), 'tooLong'],
  ])('refuses %j (%s)', (param, code) => {
    const read = decodeShare(param, ACCEPT);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues[0]?.code).toBe(code);
  });
});
