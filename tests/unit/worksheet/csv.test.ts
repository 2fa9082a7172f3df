import Papa from 'papaparse';
import { toCsv } from '../../../src/domain/csv';
import {
  CARE_FORM_IDS,
  CHANNEL_IDS,
  CRITERION_IDS,
  QUESTION_IDS,
  updatePlanRow,
  worksheetCsvRows,
  type WorksheetCsvLabels,
} from '../../../src/domain/worksheet';
import { filledWorksheet, rating } from './fixtures';

const named = <K extends string>(ids: readonly K[], prefix: string) =>
  Object.fromEntries(ids.map((id) => [id, `${prefix}:${id}`])) as Record<K, string>;
const labels: WorksheetCsvLabels = {
  title: 'WW care plan',
  sections: { plan: 'Care plan', checklist: 'Checklist', ratings: 'Ratings', comments: 'Comments', answers: 'Answers' },
  columns: named(
    [
      'number',
      'need',
      'measure',
      'form',
      'channel',
      'timing',
      'cost',
      'currency',
      'action',
      'owner',
      'due',
      'done',
      'criterion',
      'rater',
      'comment',
      'question',
      'answer',
      'total',
      'mean',
      'peerMean',
    ],
    'col',
  ),
  forms: named(CARE_FORM_IDS, 'form'),
  channels: named(CHANNEL_IDS, 'channel'),
  criteria: named(CRITERION_IDS, 'criterion'),
  questions: named(QUESTION_IDS, 'q'),
  yes: 'Yes',
  no: 'No',
  rater: (by, n, name) => `${by === 'self' ? 'Self' : `Peer ${n}`}${name ? ` (${name})` : ''}`,
};

describe('worksheetCsvRows', () => {
  it('writes the plan, the checklist, the ratings with totals, the comments and the answers', () => {
    // Arrange
    const ws = filledWorksheet();
    const withPeer = {
      ...ws,
      ratings: [
        ...ws.ratings,
        {
          ...rating('r1', 'peer', [5, 5, 4, 4, 2], 'Li'),
          comments: { ...rating('r1', 'peer', []).comments, lowCost: 'Cheap enough' },
        },
      ],
    };
    // Act
    const rows = worksheetCsvRows(withPeer, labels);
    // Assert
    expect(rows.slice(0, 6)).toEqual([
      ['WW care plan'],
      [],
      ['Care plan'],
      ['col:number', 'col:need', 'col:measure', 'col:form', 'col:channel', 'col:timing', 'col:cost', 'col:currency'],
      [
        1,
        'Members lack export know-how',
        'Monthly trade-news email tailored by industry',
        'form:familyService',
        'channel:email',
        'Monthly',
        0,
        'CNY',
      ],
      [
        2,
        'More buyer enquiries',
        'Review each new member’s product page within a week',
        'form:personalisedService',
        'channel:phone',
        'First week',
        1200.5,
        'CNY',
      ],
    ]);
    expect(rows).toContainEqual([1, 'Draft the first trade-news email', 'Li Wei', '2026-12-01', 'No']);
    expect(rows).toContainEqual(['col:criterion', 'Self', 'Peer 1 (Li)', 'col:peerMean']);
    expect(rows).toContainEqual(['criterion:needsAnalysis', 4, 5, 5]);
    expect(rows).toContainEqual(['col:total (/25)', 18, 20, 20]);
    expect(rows).toContainEqual(['col:mean', 3.6, 4]);
    expect(rows).toContainEqual(['Peer 1 (Li)', 'criterion:lowCost', 'Cheap enough']);
    expect(rows.at(-1)).toEqual(['q:competitors', 'Other B2B sites']);
  });

  it('neutralises a formula typed into a cell, keeps costs as numbers, and parses back', () => {
    // Arrange
    const ws = updatePlanRow(filledWorksheet(), 'p1', {
      measure: '=HYPERLINK("http://evil.test","Click for a discount")',
      need: '+SUM(A1:A9)',
    });
    // Act
    const csv = toCsv(worksheetCsvRows(ws, labels), { bom: true });
    // Assert
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(
      `1,'+SUM(A1:A9),"'=HYPERLINK(""http://evil.test"",""Click for a discount"")",form:familyService,channel:email,Monthly,0,CNY\r\n`,
    );
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: false }).data;
    const cells = parsed.flat();
    expect(cells).toContain(`'=HYPERLINK("http://evil.test","Click for a discount")`);
    expect(cells.some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
    expect(parsed.find((row) => row[0] === '2')?.[6]).toBe('1200.5');
  });

  it('leaves out the peer-mean column when nobody else rated', () => {
    const rows = worksheetCsvRows(filledWorksheet(), labels);
    expect(rows).toContainEqual(['col:criterion', 'Self']);
    expect(rows).toContainEqual(['col:total (/25)', 18]);
  });
});
