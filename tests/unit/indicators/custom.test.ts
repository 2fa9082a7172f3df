import { customIndicatorId, validateCustomIndicator } from '../../../src/domain/indicators/custom';

const valid = {
  id: 'custom-store-visits',
  name: '  Visits the flagship store  ',
  kind: 'behavioural',
  direction: 'higher-is-more-loyal',
  scale: { min: 1, max: 5 },
};

describe('custom indicators', () => {
  it('accepts a valid indicator and trims its name', () => {
    expect(validateCustomIndicator(valid)).toEqual({
      ok: true,
      value: {
        source: 'custom',
        id: 'custom-store-visits',
        name: 'Visits the flagship store',
        kind: 'behavioural',
        direction: 'higher-is-more-loyal',
        scale: { min: 1, max: 5 },
      },
    });
  });

  it('keeps question wording per language', () => {
    const result = validateCustomIndicator({
      ...valid,
      question: { en: 'Do you visit our flagship store?', 'zh-cn': ' ' },
    });
    expect(result.ok && result.value.question).toEqual({ en: 'Do you visit our flagship store?' });
  });

  it.each([
    ['a blank name', { name: '   ' }, { field: 'indicator.name', code: 'required' }],
    [
      'a name of 121 characters',
      { name: 'x'.repeat(121) },
      { field: 'indicator.name', code: 'tooLong', params: { max: 120 } },
    ],
    [
      'an unknown kind',
      { kind: 'emotional' },
      { field: 'indicator.kind', code: 'invalidValue', params: { allowed: 'behavioural|attitudinal' } },
    ],
    [
      'an unknown direction',
      { direction: 'up' },
      {
        field: 'indicator.direction',
        code: 'invalidValue',
        params: { allowed: 'higher-is-more-loyal|lower-is-more-loyal' },
      },
    ],
    [
      'a bad scale',
      { scale: { min: 5, max: 1 } },
      { field: 'indicator.scale', code: 'minNotBelowMax', params: { min: 5, max: 1 } },
    ],
    [
      'an id without the custom- prefix',
      { id: 'repurchase-intention' },
      { field: 'indicator.id', code: 'invalidFormat', params: { pattern: 'custom-…' } },
    ],
  ])('rejects %s', (_label, change, issue) => {
    const result = validateCustomIndicator({ ...valid, ...change });
    expect(result).toEqual({ ok: false, issues: [issue] });
  });

  it('counts a 120-character Chinese name as 120 characters', () => {
    expect(validateCustomIndicator({ ...valid, name: '忠'.repeat(120) }).ok).toBe(true);
  });

  it.each([
    ['Store visits', [], 'custom-store-visits'],
    ['Store visits', ['custom-store-visits'], 'custom-store-visits-1'],
    ['门店到访', [], 'custom-1'],
    ['门店到访', ['custom-1'], 'custom-2'],
  ])('makes an id from %j', (name, taken, id) => {
    expect(customIndicatorId(name, taken)).toBe(id);
  });
});
