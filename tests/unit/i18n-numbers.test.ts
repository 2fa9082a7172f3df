import fc from 'fast-check';
import { fileDate, formatDate, formatDay } from '../../src/i18n/dates';
import {
  fieldNumber,
  fileSize,
  formatFixed,
  formatNumber,
  formatPercent,
  formatShare,
  NO_NUMBER,
} from '../../src/i18n/numbers';
import { parseUserNumber } from '../../src/domain/numbers';
import { INTL_LOCALE } from '../../src/domain/locale';

describe('numbers and dates for people', () => {
  it.each([
    [1234.5, 'en', 2, '1,234.5'],
    [1234.5, 'zh-cn', 2, '1,234.5'],
    [33.6000000001, 'en', 2, '33.6'],
    [-0.0001, 'en', 2, '0'],
    [2 / 3, 'en', 0, '1'],
  ] as const)('formatNumber(%d, %s, %d) is %s', (x, locale, digits, text) => {
    expect(formatNumber(x, locale, digits)).toBe(text);
  });

  it.each([
    [1234.5, 3, '1234.5'],
    [0.1 + 0.2, 3, '0.3'],
    [62.5, 1, '62.5'],
    [60.000001, 1, '60'],
    [-0.0001, 3, '0'],
    [-12.3456, 2, '-12.35'],
  ] as const)('fieldNumber(%d, %d) is %s: no grouping, a full stop for decimals', (x, digits, text) => {
    expect(fieldNumber(x, digits)).toBe(text);
  });

  it('a number put back into a field reads back as itself (to its decimals)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 3 }), (x, digits) => {
        const read = parseUserNumber(fieldNumber(x, digits));
        expect(read.ok).toBe(true);
        if (read.ok) expect(Math.abs(read.value - x)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-9 * Math.abs(x));
      }),
      { numRuns: 1000 },
    );
  });

  it('shows a dash, never NaN or Infinity', () => {
    for (const x of [Number.NaN, Number.POSITIVE_INFINITY, null, undefined]) {
      expect(formatNumber(x, 'en')).toBe(NO_NUMBER);
      expect(formatFixed(x, 'zh-cn')).toBe(NO_NUMBER);
      expect(formatShare(x, 'en')).toBe(NO_NUMBER);
    }
  });

  it('keeps the decimals it is asked for, and shares become percentages', () => {
    expect(formatFixed(0.3, 'en', 2)).toBe('0.30');
    expect(formatShare(0.4567, 'en')).toBe('45.7%');
    expect(formatShare(0.686, 'zh-cn', 1)).toBe('68.6%');
    expect(formatPercent(93, 'en')).toBe('93%');
  });

  it('never prints "-0"', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.004, max: 0.004, noNaN: true }), (x) => {
        expect(formatNumber(x, 'en', 2)).not.toMatch(/^-0$/);
        expect(formatFixed(x, 'en', 2)).not.toMatch(/^-0/);
      }),
    );
  });

  it('dates in the reader’s language and file dates in the reader’s day', () => {
    const d = new Date(2026, 11, 2, 23, 30);
    expect(formatDate(d, 'en')).toBe('2 December 2026');
    expect(formatDate(d, 'zh-cn')).toBe('2026年12月2日');
    expect(fileDate(d)).toBe('2026-12-02');
    expect(formatDate('not a date', 'en')).toBe(NO_NUMBER);
  });

  it('sizes in bytes', () => {
    expect(fileSize(5 * 1024 * 1024, 'en')).toBe('5 MB');
    expect(fileSize(1536, 'en')).toBe('1.5 KB');
    expect(fileSize(900, 'en')).toBe('900 B');
  });
});

describe('calendar days', () => {
  it('writes a day out whatever the time zone, in the reader’s variant when known', () => {
    expect(formatDay('2026-12-11', 'en')).toBe('11 December 2026');
    expect(formatDay('2026-12-11', 'en', { style: 'full', preferred: ['en-US'] })).toBe('Friday, December 11, 2026');
    expect(formatDay('2026-12-11', 'zh-cn')).toBe('2026年12月11日');
    expect(formatDay('not-a-day', 'en')).toBe('not-a-day');
  });
});

describe('numbers written without Intl read exactly as Intl writes them', () => {
  const wholes = Array.from({ length: 1999 }, (_, i) => i - 999);
  // What the functions do before writing: a number that rounds to nothing is 0 (never "-0").
  const settle = (x: number, digits: number) => (Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x);
  const intl = (tag: string, x: number, options: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(tag, options).format(x);

  it.each(['en', 'zh-cn'] as const)('every whole number under 1,000 in %s, as numbers and as percentages', (locale) => {
    const tag = INTL_LOCALE[locale];
    for (const n of wholes) {
      for (const digits of [0, 1, 2])
        expect(formatNumber(n, locale, digits)).toBe(intl(tag, n, { maximumFractionDigits: digits }));
      expect(formatPercent(n, locale)).toBe(intl(tag, n / 100, { style: 'percent', maximumFractionDigits: 0 }));
      expect(formatShare(n / 100, locale, 1, false)).toBe(
        intl(tag, n / 100, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 1 }),
      );
    }
  });

  // Any double, and decimals that sit exactly on a rounding tie (x.xx5), where toFixed and Intl part.
  const anyNumber = fc.oneof(
    fc.double({ min: -1e9, max: 1e9, noNaN: true }),
    fc.double({ min: -2, max: 2, noNaN: true }),
    fc
      .tuple(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: 1, max: 5 }))
      .map(([n, k]) => (n * 10 + 5) / 10 ** k),
    fc.constantFrom(1.005, 0.575, 99.995, 999.5, 999_999.95, 0.000001, 1e20, 1e21, 1e-7, -0),
  );
  it.each(['en', 'zh-cn'] as const)(
    'any number in %s, with 0 to 4 decimals, as a number, a fixed figure and a share',
    (locale) => {
      const tag = INTL_LOCALE[locale];
      fc.assert(
        fc.property(anyNumber, fc.integer({ min: 0, max: 4 }), (x, digits) => {
          expect(formatNumber(x, locale, digits)).toBe(intl(tag, settle(x, digits), { maximumFractionDigits: digits }));
          expect(formatFixed(x, locale, digits)).toBe(
            intl(tag, settle(x, digits), { minimumFractionDigits: digits, maximumFractionDigits: digits }),
          );
          const share = settle(x, digits + 2);
          expect(formatShare(x, locale, digits)).toBe(
            intl(tag, share, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }),
          );
          expect(formatShare(x, locale, digits, false)).toBe(
            intl(tag, share, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: digits }),
          );
          expect(fieldNumber(x, digits)).toBe(
            intl('en', settle(x, digits), { maximumFractionDigits: digits, useGrouping: false }),
          );
        }),
        { numRuns: 5000 },
      );
    },
  );
});
