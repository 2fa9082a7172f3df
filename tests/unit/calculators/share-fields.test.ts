import { SHARE_FIELDS } from '../../../src/domain/calculators/share-fields';
import { SERVICE_CRITERIA } from '../../../src/domain/service/serviceScorecard';
import { COST_PARTS, VALUE_PARTS } from '../../../src/domain/value/deliveredValue';
import { CALCULATOR_NAMES, presetFields } from '../../../src/lib/calculators';

describe('share-link field names', () => {
  it('cover every criterion and every value and cost part the formulas know', () => {
    for (const c of SERVICE_CRITERIA) expect(SHARE_FIELDS.scorecard.test(`criteria.${c}.weight`), c).toBe(true);
    for (const part of [...VALUE_PARTS, ...COST_PARTS])
      expect(SHARE_FIELDS['delivered-value'].test(`offers.5.${part}`), part).toBe(true);
    expect(SHARE_FIELDS.scorecard.test('criteria.speed.weight')).toBe(false);
    expect(SHARE_FIELDS['room-tally'].test('scores.11')).toBe(false);
  });

  it('accept every field of each calculator’s worked example', () => {
    for (const name of CALCULATOR_NAMES) {
      if (!(name in SHARE_FIELDS)) continue;
      const accept = SHARE_FIELDS[name as keyof typeof SHARE_FIELDS];
      for (const field of Object.keys(presetFields(name, 'worked-example', 'en', 'test')))
        expect(accept.test(field), `${name}: ${field}`).toBe(true);
    }
  });
});
