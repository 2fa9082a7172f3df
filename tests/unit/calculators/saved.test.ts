import fc from 'fast-check';
import {
  calculatorsSlot,
  MAX_ENTRIES,
  validateSavedCalculators,
  withEntry,
  withoutEntry,
} from '../../../src/domain/calculators/saved';
import { decodeRaw, encodeEnvelope } from '../../../src/domain/storage/slot';

const at = new Date('2026-11-24T10:00:00Z');

describe('saved calculator inputs (slot "calculators")', () => {
  it('saves, reads back and forgets fields per calculator and place', () => {
    // Arrange
    let saved = calculatorsSlot.initial();
    // Act
    saved = withEntry(saved, 'nps@tools/nps/', { mode: 'counts', promoters: '110' }, at);
    saved = withEntry(saved, 'nps@lessons/measuring-loyalty/', { mode: 'responses', responses: '9\n10' }, at);
    const decoded = decodeRaw(calculatorsSlot, encodeEnvelope(calculatorsSlot, saved, at));
    // Assert
    expect(decoded).toEqual({ kind: 'ok', value: saved });
    expect(withoutEntry(saved, 'nps@tools/nps/').entries).toEqual({
      'nps@lessons/measuring-loyalty/': {
        fields: { mode: 'responses', responses: '9\n10' },
        savedAt: at.toISOString(),
      },
    });
  });

  it(`keeps at most ${MAX_ENTRIES} entries, dropping the one saved longest ago`, () => {
    let saved = calculatorsSlot.initial();
    for (let i = 0; i <= MAX_ENTRIES; i++) saved = withEntry(saved, `ladder@page-${i}/`, { contacts: String(i) }, at);
    expect(Object.keys(saved.entries)).toHaveLength(MAX_ENTRIES);
    expect(saved.entries['ladder@page-0/']).toBeUndefined();
    expect(validateSavedCalculators(saved).ok).toBe(true);
  });

  it.each([
    [null],
    [{ entries: [] }],
    [{ entries: { 'bad key': { fields: {}, savedAt: at.toISOString() } } }],
    [{ entries: { 'nps@tools/': { fields: { '<img>': '1' }, savedAt: at.toISOString() } } }],
    [{ entries: { 'nps@tools/': { fields: { promoters: 5 }, savedAt: at.toISOString() } } }],
    [{ entries: { 'nps@tools/': { fields: {}, savedAt: 'yesterday' } } }],
    [JSON.parse('{"entries": {"__proto__": {"fields": {}, "savedAt": "2026-11-24T10:00:00Z"}}}')],
  ])('refuses damaged data %j', (data) => {
    expect(validateSavedCalculators(data).ok).toBe(false);
  });

  it('never throws, whatever is stored', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        const checked = validateSavedCalculators(data);
        expect(typeof checked.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});
