import { resolveIndicators } from '../../../src/domain/indicators/resolve';

const scale = { min: 1, max: 5 };

describe('resolving a system’s indicators', () => {
  it('gives library indicators the system scale unless they carry their own', () => {
    const result = resolveIndicators(
      [
        { source: 'library', id: 'repurchase-intention' },
        { source: 'library', id: 'recommendation-intention', scale: { min: 0, max: 10 } },
      ],
      scale,
    );
    expect(result.ok && result.value.map((i) => [i.id, i.kind, i.scale])).toEqual([
      ['repurchase-intention', 'attitudinal', { min: 1, max: 5 }],
      ['recommendation-intention', 'attitudinal', { min: 0, max: 10 }],
    ]);
  });

  it.each([
    ['not a list', {}, [{ field: 'indicators', code: 'invalidType', params: { expected: 'list' } }]],
    ['an empty list', [], [{ field: 'indicators', code: 'tooFew', params: { min: 1 } }]],
    [
      'an unknown id',
      [{ source: 'library', id: 'happiness' }],
      [{ field: 'indicators.0.id', code: 'unknownIndicator', params: { id: 'happiness' } }],
    ],
    [
      'the same indicator twice',
      [
        { source: 'library', id: 'share-of-need' },
        { source: 'library', id: 'share-of-need' },
      ],
      [{ field: 'indicators.1.id', code: 'duplicate', params: { value: 'share-of-need', first: 1 } }],
    ],
    [
      'an unknown source',
      [{ source: 'web', id: 'x' }],
      [{ field: 'indicators.0.source', code: 'invalidValue', params: { allowed: 'library|custom' } }],
    ],
    [
      'a bad own scale',
      [{ source: 'library', id: 'share-of-need', scale: { min: 3, max: 2 } }],
      [{ field: 'indicators.0.scale', code: 'minNotBelowMax', params: { min: 3, max: 2 } }],
    ],
    [
      'a custom indicator without a name',
      [{ source: 'custom', id: 'custom-x', name: '', kind: 'attitudinal', direction: 'higher-is-more-loyal', scale }],
      [{ field: 'indicators.0.name', code: 'required' }],
    ],
  ])('rejects %s', (_label, input, issues) => {
    expect(resolveIndicators(input, scale)).toEqual({ ok: false, issues });
  });
});
