/**
 * A calculator's CSV file is built from what it computed: figures and table cells stay numbers
 * at full precision, typed inputs are read by the one number parser, and the layout is fixed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputCell, sheetRows, type SheetItem } from '../../../src/domain/calculators/sheet';

const HEADINGS = { title: 'Share of wallet', field: 'Field', value: 'Value', result: 'Result' };

describe('sheetRows', () => {
  it('lays out title, inputs, then the result items in the order shown (the share-of-wallet worked example)', () => {
    const rows = sheetRows(
      HEADINGS,
      [
        { label: 'Spend on this brand', text: '600' },
        { label: 'Spend on the whole category', text: '960' },
      ],
      [
        { label: 'Share of wallet (%)', value: 62.5 },
        'Share of wallet = 600 ÷ 960 × 100% = 62.5%',
        {
          caption: 'By level',
          rows: [
            ['Level', 'Customers'],
            ['Very satisfied', 400],
          ],
        },
        'Behaviourally loyal.',
      ],
    );
    expect(rows).toEqual([
      ['Share of wallet'],
      ['Field', 'Value'],
      ['Spend on this brand', 600],
      ['Spend on the whole category', 960],
      [],
      ['Result'],
      ['Share of wallet (%)', 62.5],
      ['Share of wallet = 600 ÷ 960 × 100% = 62.5%'],
      [],
      ['By level'],
      ['Level', 'Customers'],
      ['Very satisfied', 400],
      [],
      ['Behaviourally loyal.'],
    ]);
  });

  it('reads typed inputs with the shared number parser, keeps text and options as text', () => {
    expect(inputCell({ label: 'a', text: '63,590' })).toBe(63590);
    expect(inputCell({ label: 'a', text: '62,5' })).toBe(62.5);
    expect(inputCell({ label: 'a', text: '８０%' })).toBe(80);
    expect(inputCell({ label: 'a', text: ' abc ' })).toBe('abc');
    expect(inputCell({ label: 'a', text: '' })).toBe('');
    // An option's label or a name is never turned into a number.
    expect(inputCell({ label: 'a', text: '95%', verbatim: true })).toBe('95%');
    expect(inputCell({ label: 'a', text: '2024', verbatim: true })).toBe('2024');
  });

  it('keeps every figure and table number exactly, and every text whole, in the order given', () => {
    const item = fc.oneof(
      fc.record({ label: fc.string(), value: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
      fc.string(),
      fc.record({
        caption: fc.string(),
        rows: fc.array(fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string()))),
      }),
    ) as fc.Arbitrary<SheetItem>;
    fc.assert(
      fc.property(fc.array(item, { maxLength: 6 }), (items) => {
        const rows = sheetRows(HEADINGS, [], items);
        const numbers = items.flatMap((i) =>
          typeof i === 'string' ? [] : 'value' in i ? [i.value] : i.rows.flat().filter((x) => typeof x === 'number'),
        );
        // Every number of the result reaches the file as that number, in order.
        expect(rows.flat().filter((x) => typeof x === 'number')).toEqual(numbers);
        // Each text of the result reaches the file whole (toCsv guards it when written).
        const texts = items.flatMap((i) =>
          typeof i === 'string'
            ? [i]
            : 'value' in i
              ? [i.label]
              : [i.caption, ...i.rows.flat().filter((x) => typeof x === 'string')],
        );
        expect(
          rows
            .flat()
            .filter((x) => typeof x === 'string')
            .slice(4),
        ).toEqual(texts);
      }),
    );
  });
});
