import fc from 'fast-check';
import type { IndicatorSystem } from '../../../src/domain/indicators/system-schema';
import {
  newIndicatorSystem,
  parseAndCheckIndicatorSystem,
  parseIndicatorSystem,
  parseIndicatorSystemJson,
  serialiseIndicatorSystem,
} from '../../../src/domain/indicators/system';

const base = (): IndicatorSystem => ({
  format: 'indicator-system',
  formatVersion: 1,
  id: 'sys-1',
  name: 'Appliance brand 2026',
  company: 'Acme',
  loyalCustomerDefinition: 'Buys often, intends to buy again, intends to recommend us.',
  method: 'combined',
  indicators: [
    { source: 'library', id: 'repurchase-intention' },
    { source: 'library', id: 'recommendation-intention', scale: { min: 0, max: 10 } },
    {
      source: 'custom',
      id: 'custom-store-visits',
      name: 'Visits the store',
      kind: 'behavioural',
      direction: 'higher-is-more-loyal',
      scale: { min: 1, max: 5 },
    },
  ],
  weighting: {
    mode: 'pairwise',
    matrix: [
      [1, 2, 4],
      [1 / 2, 1, 2],
      [1 / 4, 1 / 2, 1],
    ],
  },
  scale: { min: 1, max: 5 },
  thresholds: { attitude: 0.5, behaviour: 0.5 },
  responses: {
    indicatorIds: ['repurchase-intention', 'recommendation-intention', 'custom-store-visits'],
    respondents: [{ id: 'R1', answers: [4, 9, 2] }],
  },
});

const issuesOf = (input: unknown) => {
  const result = parseIndicatorSystem(input);
  return result.ok ? [] : result.issues;
};

describe('saved indicator systems', () => {
  it('accepts a complete system and computes its weights', () => {
    const result = parseAndCheckIndicatorSystem(base());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.weights.mode).toBe('pairwise');
    expect(result.value.weights.weights[0]).toBeCloseTo(4 / 7, 12);
    expect(result.value.weights.percentages).toEqual([57.1, 28.6, 14.3]);
    expect(result.value.indicators.map((i) => i.scale.max)).toEqual([5, 10, 5]);
  });

  it('round-trips through JSON export and import unchanged', () => {
    const system = base();
    const again = parseIndicatorSystemJson(serialiseIndicatorSystem(system));
    expect(again).toEqual({ ok: true, value: system });
  });

  it('starts new systems from the textbook’s nine indicators, valid as they are', () => {
    const fresh = newIndicatorSystem('new', 'My system', 'Acme');
    expect(fresh.indicators).toHaveLength(9);
    expect(fresh.indicators.find((i) => i.id === 'recommendation-intention')).toEqual({
      source: 'library',
      id: 'recommendation-intention',
      scale: { min: 0, max: 10 },
    });
    expect(parseIndicatorSystem(fresh)).toEqual({ ok: true, value: fresh });
  });

  it.each([
    ['not an object', [], [{ field: '(root)', code: 'invalidType', params: { expected: 'object' } }]],
    ['another kind of file', { format: 'progress' }, [{ field: 'format', code: 'notAnIndicatorSystem' }]],
    [
      'a newer version',
      { ...base(), formatVersion: 2 },
      [{ field: 'formatVersion', code: 'newerVersion', params: { version: 2, supported: 1 } }],
    ],
    ['a missing name', { ...base(), name: undefined }, [{ field: 'name', code: 'required' }]],
    ['a blank name', { ...base(), name: '   ' }, [{ field: 'name', code: 'required' }]],
    [
      'an unknown method',
      { ...base(), method: 'mixed' },
      [
        {
          field: 'method',
          code: 'invalidValue',
          params: { allowed: 'behavioural|attitudinal|combined', value: 'mixed' },
        },
      ],
    ],
    [
      'a threshold above 1',
      { ...base(), thresholds: { attitude: 1.5, behaviour: 0.5 } },
      [{ field: 'thresholds.attitude', code: 'outOfRange', params: { max: 1 } }],
    ],
    [
      'a fractional scale bound',
      { ...base(), scale: { min: 1, max: 5.5 } },
      [{ field: 'scale.max', code: 'notAnInteger', params: { value: 5.5 } }],
    ],
    [
      'an upside-down scale',
      { ...base(), scale: { min: 5, max: 1 } },
      [{ field: 'scale', code: 'minNotBelowMax', params: { min: 5, max: 1 } }],
    ],
    [
      'an unknown weighting mode',
      { ...base(), weighting: { mode: 'vote' } },
      [{ field: 'weighting.mode', code: 'invalidValue', params: { allowed: 'direct|pairwise|group', value: 'vote' } }],
    ],
    [
      'an unknown library indicator',
      { ...base(), indicators: [{ source: 'library', id: 'happiness' }, ...base().indicators.slice(1)] },
      [{ field: 'indicators.0.id', code: 'unknownIndicator', params: { id: 'happiness' } }],
    ],
    [
      'an attitudinal indicator in a behavioural system',
      { ...base(), method: 'behavioural', responses: undefined },
      [
        { field: 'indicators.0', code: 'kindNotInMethod', params: { kind: 'attitudinal', method: 'behavioural' } },
        { field: 'indicators.1', code: 'kindNotInMethod', params: { kind: 'attitudinal', method: 'behavioural' } },
      ],
    ],
    [
      'a matrix of the wrong size',
      {
        ...base(),
        weighting: {
          mode: 'pairwise',
          matrix: [
            [1, 2],
            [0.5, 1],
          ],
        },
      },
      [{ field: 'weighting.matrix', code: 'sizeMismatch', params: { expected: 3, actual: 2 } }],
    ],
    [
      'a non-reciprocal judgement',
      {
        ...base(),
        weighting: {
          mode: 'pairwise',
          matrix: [
            [1, 2, 4],
            [2, 1, 2],
            [1 / 4, 1 / 2, 1],
          ],
        },
      },
      [
        {
          field: 'weighting.matrix.1.0',
          code: 'notReciprocal',
          params: { row: 2, column: 1, value: 2, expected: 0.5 },
        },
      ],
    ],
    [
      'direct weights of the wrong length',
      { ...base(), weighting: { mode: 'direct', raw: [1, 1] } },
      [{ field: 'weighting.raw', code: 'wrongLength', params: { expected: 3, actual: 2 } }],
    ],
    [
      'direct weights that are all zero',
      { ...base(), weighting: { mode: 'direct', raw: [0, 0, 0] } },
      [{ field: 'weighting.raw', code: 'allZero' }],
    ],
    [
      'a group matrix of the wrong size',
      { ...base(), weighting: { mode: 'group', matrices: [{ participant: 'A', matrix: [[1]] }] } },
      [{ field: 'weighting.matrices.0.matrix', code: 'sizeMismatch', params: { expected: 3, actual: 1 } }],
    ],
    [
      'a saved answer outside its scale',
      {
        ...base(),
        responses: {
          indicatorIds: ['repurchase-intention', 'recommendation-intention', 'custom-store-visits'],
          respondents: [{ id: 'R1', answers: [4, 11, 2] }],
        },
      },
      [{ field: 'responses.respondents.0.answers.1', code: 'outOfRange', params: { min: 0, max: 10, value: 11 } }],
    ],
    [
      'a text where a number belongs',
      { ...base(), weighting: { mode: 'direct', raw: [1, 'two', 1] } },
      [{ field: 'weighting.raw.1', code: 'notANumber', params: { value: 'two' } }],
    ],
  ])('rejects %s with a precise issue', (_label, input, issues) => {
    expect(issuesOf(input)).toEqual(issues);
  });

  it.each(['1.5', '1e999', '"2"'])('a file whose formatVersion is %s is malformed, not "from a newer version"', (v) => {
    const text = JSON.stringify({ ...base(), formatVersion: 0 }).replace('"formatVersion":0', `"formatVersion":${v}`);
    const parsed = parseIndicatorSystemJson(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues.some((issue) => issue.field === 'formatVersion')).toBe(true);
      expect(parsed.issues.map((issue) => issue.code)).not.toContain('newerVersion');
    }
  });

  it('says when imported text is not JSON', () => {
    expect(parseIndicatorSystemJson('{ not json')).toEqual({
      ok: false,
      issues: [{ field: 'file', code: 'invalidJson' }],
    });
  });

  it('drops __proto__ and constructor keys without polluting any prototype', () => {
    const text = JSON.stringify(base()).replace(
      '{',
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
    );
    const nested = text.replace('"thresholds":{', '"thresholds":{"__proto__":{"polluted":true},');
    const result = parseIndicatorSystemJson(nested);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    if (!result.ok) return;
    expect(Object.prototype.hasOwnProperty.call(result.value, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.value.thresholds)).toBe(Object.prototype);
  });

  it('caps a flood of issues at 50 plus a count', () => {
    const respondents = Array.from({ length: 80 }, (_, i) => ({ id: `R${i}`, answers: [9, 9, 9] }));
    const issues = issuesOf({ ...base(), responses: { indicatorIds: base().responses!.indicatorIds, respondents } });
    expect(issues).toHaveLength(51);
    expect(issues[50]).toEqual({ field: '(root)', code: 'moreIssues', params: { shown: 50, omitted: 110 } });
  });

  it('never throws on exotic input', () => {
    const boom = () => {
      throw new Error('boom');
    };
    const hostile = new Proxy(
      {},
      { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom },
    );
    expect(parseIndicatorSystem(hostile)).toEqual({ ok: false, issues: [{ field: '(root)', code: 'unreadable' }] });
  });

  it('property: arbitrary values never throw and never parse as a system', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (value) => {
        const result = parseIndicatorSystem(value);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: damaging any one field of a valid system yields issues, never a throw', () => {
    const keys = Object.keys(base()) as (keyof IndicatorSystem)[];
    fc.assert(
      fc.property(fc.constantFrom(...keys.filter((k) => k !== 'responses')), fc.jsonValue(), (key, junk) => {
        const damaged = { ...base(), [key]: junk };
        const result = parseIndicatorSystem(damaged);
        if (result.ok) expect(result.value[key]).toEqual(junk);
        else expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});
