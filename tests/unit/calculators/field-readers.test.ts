// Each calculator's fields become its formula's raw input in one function beside the formula.
import fc from 'fast-check';
import { rowCount } from '../../../src/domain/calculators/fields';
import { attitudinalInput, MAX_ATTITUDE_ITEMS } from '../../../src/domain/loyalty/attitudinalLoyalty';
import {
  deliveredValueInput,
  DELIVERED_VALUE_PARTS,
  MAX_OFFERS,
  MIN_OFFERS,
} from '../../../src/domain/value/deliveredValue';
import { scorecardInput, SERVICE_CRITERIA } from '../../../src/domain/service/serviceScorecard';

describe('rowCount', () => {
  it.each([
    ['3', 3],
    ['0', 1],
    ['99', 6],
    ['', 1],
    ['two', 1],
    [undefined, 1],
  ])('%s rows, kept within 1–6', (text, expected) => {
    expect(rowCount(text, 1, 6)).toBe(expected);
  });

  it('is always a whole number within its limits', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), (text, a, b) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        const n = rowCount(text, min, max);
        return Number.isInteger(n) && n >= min && n <= max;
      }),
    );
  });
});

describe('attitudinalInput', () => {
  it('reads the rows the row count names, with the dimension weight and scale', () => {
    const input = attitudinalInput({
      items: '2',
      'items.0.score': '4',
      'items.0.weight': '0.6',
      'items.1.score': '3',
      'items.1.weight': '0.4',
      'items.2.score': '5',
      dimensionWeight: '0.5',
      scaleMax: '5',
    });
    expect(input).toEqual({
      items: [
        { score: '4', weight: '0.6' },
        { score: '3', weight: '0.4' },
      ],
      dimensionWeight: '0.5',
      scaleMax: '5',
    });
  });

  it('never reads more rows than the calculator allows', () => {
    expect(attitudinalInput({ items: '500' }).items).toHaveLength(MAX_ATTITUDE_ITEMS);
  });
});

describe('deliveredValueInput', () => {
  it('reads every part of each offer, empty where a field is absent', () => {
    const input = deliveredValueInput({ offers: '2', 'offers.1.productValue': '120' });
    expect(input.offers).toHaveLength(2);
    for (const offer of input.offers ?? [])
      expect(Object.keys(offer ?? {}).sort()).toEqual([...DELIVERED_VALUE_PARTS].sort());
    expect(input.offers?.[1]?.productValue).toBe('120');
    expect(input.offers?.[0]?.productValue).toBe('');
  });

  it('keeps the number of offers within the calculator’s limits', () => {
    expect(deliveredValueInput({ offers: '1' }).offers).toHaveLength(MIN_OFFERS);
    expect(deliveredValueInput({ offers: '40' }).offers).toHaveLength(MAX_OFFERS);
  });
});

describe('scorecardInput', () => {
  it('reads each criterion by its source: a rating, hours for timeliness, first-time fix for technical skill', () => {
    const input = scorecardInput({
      scaleMax: '5',
      'criteria.timeliness.source': 'hours',
      'criteria.timeliness.weight': '0.2',
      'criteria.timeliness.promisedHours': '24',
      'criteria.timeliness.actualHours': '30',
      'criteria.technicalSkill.source': 'firstTimeFix',
      'criteria.technicalSkill.weight': '0.3',
      'criteria.technicalSkill.firstTimeFixPercent': '85',
      'criteria.attitude.weight': '0.1',
      'criteria.attitude.rating': '4',
    });
    expect(input.scaleMax).toBe('5');
    expect(Object.keys(input.criteria ?? {})).toEqual([...SERVICE_CRITERIA]);
    expect(input.criteria?.timeliness).toEqual({ weight: '0.2', promisedHours: '24', actualHours: '30' });
    expect(input.criteria?.technicalSkill).toEqual({ weight: '0.3', firstTimeFixPercent: '85' });
    expect(input.criteria?.attitude).toEqual({ weight: '0.1', rating: '4' });
    expect(input.criteria?.facilities).toEqual({ weight: '', rating: '' });
  });

  it('reads timeliness as a rating when its source is not hours', () => {
    expect(scorecardInput({ 'criteria.timeliness.rating': '3' }).criteria?.timeliness).toEqual({
      weight: '',
      rating: '3',
    });
  });
});
