import fc from 'fast-check';
import { computeSegment, validateSegment } from '../../../src/domain/loyalty/segmentCalculator';
import { segmentStrategy } from '../../../src/domain/loyalty/segmentStrategy';
import { finiteEverywhere, typed } from './typed-input';

describe('segment calculator', () => {
  it.each([
    // attitude on a 5-point scale, behaviour as purchases out of 10
    { attitudeScore: '4', behaviourScore: '8', segment: 'true' },
    { attitudeScore: '4', behaviourScore: '2', segment: 'latent' },
    { attitudeScore: '1', behaviourScore: '8', segment: 'spurious' },
    { attitudeScore: '1', behaviourScore: '2', segment: 'disloyal' },
    { attitudeScore: '2.5', behaviourScore: '5', segment: 'true' }, // exactly on both 50% lines
  ])(
    'attitude $attitudeScore/5 and behaviour $behaviourScore/10 → $segment',
    ({ attitudeScore, behaviourScore, segment }) => {
      // Arrange
      const validated = validateSegment({ attitudeScore, attitudeMax: '5', behaviourScore, behaviourMax: '10' });
      if (!validated.ok) throw new Error('expected valid input');
      // Act
      const result = computeSegment(validated.value);
      // Assert
      expect(result.segment).toBe(segment);
      expect(result.strategies).toEqual(segmentStrategy(result.segment));
    },
  );

  it('applies custom thresholds in percent', () => {
    const validated = validateSegment({
      attitudeScore: '0.35',
      attitudeMax: '0.7',
      behaviourScore: '6',
      behaviourMax: '10',
      attitudeThresholdPercent: '50',
      behaviourThresholdPercent: '70',
    });
    if (!validated.ok) throw new Error('expected valid input');
    const result = computeSegment(validated.value);
    expect(result.attitudePercent).toBeCloseTo(50, 10);
    expect(result.segment).toBe('latent');
  });

  it('refuses a score above its maximum and a threshold above 100%', () => {
    expect(
      validateSegment({
        attitudeScore: '6',
        attitudeMax: '5',
        behaviourScore: '1',
        behaviourMax: '10',
        behaviourThresholdPercent: '120',
      }),
    ).toEqual({
      ok: false,
      issues: [
        { field: 'attitudeScore', code: 'outOfRange', params: { value: 6, min: 0, max: 5 } },
        { field: 'behaviourThresholdPercent', code: 'outOfRange', params: { value: 120, min: 0, max: 100 } },
      ],
    });
  });
});

describe('whatever is typed', () => {
  it('either refuses it or gives finite numbers', () => {
    fc.assert(
      fc.property(
        typed,
        typed,
        typed,
        typed,
        typed,
        (attitudeScore, attitudeMax, behaviourScore, behaviourMax, attitudeThresholdPercent) => {
          const validated = validateSegment({
            attitudeScore,
            attitudeMax,
            behaviourScore,
            behaviourMax,
            attitudeThresholdPercent,
          });
          if (validated.ok) expect(finiteEverywhere(computeSegment(validated.value))).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
