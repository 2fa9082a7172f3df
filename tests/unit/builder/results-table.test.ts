import { toCsv } from '../../../src/domain/csv';
import { resultsRows, templateRows } from '../../../src/domain/builder/results-table';
import type { RespondentScore } from '../../../src/domain/indicators/score';

const labels = {
  respondent: 'Respondent',
  composite: 'Composite',
  attitudinal: 'Attitudinal',
  behavioural: 'Behavioural',
  segment: 'Segment',
  strategy: 'Strategy',
  segmentNames: { true: 'True loyal', latent: 'Latent loyal', spurious: 'Spurious loyal', disloyal: 'Disloyal' },
  strategies: { true: 'Retain', latent: 'Find the blocker', spurious: 'Early warning', disloyal: 'Only if it pays' },
};

const score = (id: string, composite: number, segment: RespondentScore['segment']): RespondentScore => ({
  id,
  composite,
  attitudinal: composite,
  behavioural: null,
  segment,
  strategyId: segment,
});

describe('results table', () => {
  it('lists scores rounded to two decimals, the segment, the strategy and the answers in model order', () => {
    // Arrange: answers saved in another column order than the model's.
    const responses = { indicatorIds: ['b', 'a'], respondents: [{ id: 'R1', answers: [2, 5] }] };
    // Act
    const rows = resultsRows([score('R1', 66.666666, 'true')], responses, ['a', 'b'], labels);
    // Assert
    expect(rows).toEqual([
      ['Respondent', 'Composite', 'Attitudinal', 'Behavioural', 'Segment', 'Strategy', 'a', 'b'],
      ['R1', 66.67, 66.67, null, 'True loyal', 'Retain', 5, 2],
    ]);
  });

  it('is safe to open in a spreadsheet: a respondent id written as a formula arrives as text', () => {
    const responses = {
      indicatorIds: ['a'],
      respondents: [
        { id: '=cmd()', answers: [1] },
        { id: '@SUM(A1)', answers: [2] },
      ],
    };
    const csv = toCsv(
      resultsRows([score('=cmd()', 0, 'disloyal'), score('@SUM(A1)', 25, 'disloyal')], responses, ['a'], labels),
    );
    const lines = csv.split('\r\n');
    expect(lines[1]!.startsWith("'=cmd()")).toBe(true);
    expect(lines[2]!.startsWith("'@SUM(A1)")).toBe(true);
  });

  it('gives the template the import recognises: respondent, then indicator ids', () => {
    expect(templateRows(['repurchase-intention', 'selection-time'])).toEqual([
      ['respondent', 'repurchase-intention', 'selection-time'],
    ]);
  });
});
