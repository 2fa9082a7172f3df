import type { RespondentScore } from '../../../src/domain/indicators/score';
import { summariseScores } from '../../../src/domain/indicators/summary';

const respondent = (
  composite: number,
  segment: RespondentScore['segment'],
  attitudinal: number | null = composite,
): RespondentScore => ({
  id: `R${composite}`,
  composite,
  attitudinal,
  behavioural: composite,
  segment,
  strategyId: segment,
});

describe('score summary', () => {
  it('summarises the composite', () => {
    // Arrange
    const scores = [
      respondent(10, 'disloyal'),
      respondent(40, 'disloyal'),
      respondent(20, 'disloyal'),
      respondent(30, 'latent'),
    ];
    // Act
    const summary = summariseScores(scores);
    // Assert
    expect(summary).toMatchObject({
      n: 4,
      mean: 25,
      median: 25,
      min: 10,
      max: 40,
      attitudinalMean: 25,
      behaviouralMean: 25,
    });
    expect(summary.standardDeviation).toBeCloseTo(12.9099, 4);
    expect(summary.segmentCounts).toEqual({ true: 0, latent: 1, spurious: 0, disloyal: 3 });
    expect(summary.histogram.map((b) => b.count)).toEqual([0, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
    expect(summary.histogram[9]).toEqual({ from: 90, to: 100, count: 0 });
  });

  it('puts 0 in the first bin, 100 in the last, and takes the middle value as the median of an odd sample', () => {
    const summary = summariseScores([respondent(100, 'true'), respondent(0, 'disloyal'), respondent(59.99, 'true')]);
    expect(summary.histogram.map((b) => b.count)).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(summary.median).toBe(59.99);
  });

  it('leaves statistics empty rather than NaN for no respondents, and the SD for one', () => {
    expect(summariseScores([])).toMatchObject({
      n: 0,
      mean: null,
      median: null,
      standardDeviation: null,
      min: null,
      max: null,
    });
    expect(summariseScores([respondent(50, 'true')])).toMatchObject({ n: 1, mean: 50, standardDeviation: null });
  });

  it('has no attitudinal mean when the system has no attitudinal indicators', () => {
    expect(summariseScores([respondent(50, 'true', null)]).attitudinalMean).toBeNull();
  });
});
