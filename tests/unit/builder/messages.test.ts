import { builderEn, builderZhCn } from '../../../src/i18n/features/builder';
import { issuesEn, issuesZhCn } from '../../../src/i18n/features/issues';
import type { FieldIssue } from '../../../src/domain/result';
import { issueMessage } from '../../../src/islands/builder/messages';
import type { BuilderStrings } from '../../../src/islands/builder/strings';
import { importResponsesCsv } from '../../../src/domain/indicators/csv-import';
import { validateTypedResponses } from '../../../src/domain/indicators/responses';
import {
  parseIndicatorSystem,
  parseIndicatorSystemJson,
  newIndicatorSystem,
} from '../../../src/domain/indicators/system';
import { evaluateIndicatorSystem } from '../../../src/domain/indicators/evaluate';
import { validateCustomIndicator } from '../../../src/domain/indicators/custom';
import { directWeights } from '../../../src/domain/weights/direct';
import { aggregateJudgements } from '../../../src/domain/weights/group';
import { matrixFromUpperTriangle, validatePairwiseMatrix } from '../../../src/domain/weights/matrix';
import { systemWeights } from '../../../src/domain/indicators/weighting';

const en = {
  ...builderEn,
  ...issuesEn,
  'storage.disabled': '',
  'storage.full': '',
  'storage.corrupt': '',
  'storage.newer': '',
  'storage.exportNow': '',
} as BuilderStrings;
const zh = {
  ...builderZhCn,
  ...issuesZhCn,
  'storage.disabled': '',
  'storage.full': '',
  'storage.corrupt': '',
  'storage.newer': '',
  'storage.exportNow': '',
} as BuilderStrings;

const system = newIndicatorSystem('s', 'Test', 'Acme');
const evaluated = evaluateIndicatorSystem(system);
if (!evaluated.ok) throw new Error('fixture');
const items = evaluated.value.questionnaire.items;
const header = `respondent,${items.map((i) => i.indicatorId).join(',')}`;
const issuesOf = (result: { ok: boolean; issues?: readonly FieldIssue[] }) =>
  result.ok ? [] : [...(result.issues ?? [])];

/** Issues the engine really emits, one or more per code. */
function engineIssues(): FieldIssue[] {
  const row = (id: string, cells: string) => `${id},${cells}`;
  const good = items.map(() => '3').join(',');
  return [
    ...issuesOf(importResponsesCsv('', items)),
    ...issuesOf(importResponsesCsv(header, items)),
    ...issuesOf(
      importResponsesCsv(
        `id,${items
          .slice(1)
          .map((i) => i.indicatorId)
          .join(',')},mystery\n1,${good}`,
        items,
      ),
    ),
    ...issuesOf(importResponsesCsv(`${header},${items[0]!.indicatorId}\n1,${good},3`, items)),
    ...issuesOf(importResponsesCsv(`q1,q2\n1,2`, items)),
    ...issuesOf(
      importResponsesCsv(
        `${header}\n${row('R1', good)}\n${row('R1', items.map(() => 'abc').join(','))}\nR3,1\n${row('', items.map(() => '99').join(','))}`,
        items,
      ),
    ),
    ...issuesOf(importResponsesCsv(`${header}\n"R1,${good}`, items)),
    ...issuesOf(validateTypedResponses([], items)),
    ...issuesOf(validateTypedResponses([{ respondentId: 'x'.repeat(101), answers: items.map(() => '') }], items)),
    ...issuesOf(parseIndicatorSystemJson('{')),
    ...issuesOf(parseIndicatorSystem({ format: 'other' })),
    ...issuesOf(parseIndicatorSystem({ ...system, formatVersion: 9 })),
    ...issuesOf(
      parseIndicatorSystem({ ...system, name: '', method: 'mixed', scale: { min: 1.5, max: 'x' }, indicators: [] }),
    ),
    ...issuesOf(
      parseIndicatorSystem({ ...system, method: 'behavioural', indicators: [{ source: 'library', id: 'nope' }] }),
    ),
    ...issuesOf(parseIndicatorSystem({ ...system, method: 'behavioural' })),
    ...issuesOf(
      parseIndicatorSystem({ ...system, company: 'x'.repeat(500), thresholds: { attitude: 2, behaviour: -1 } }),
    ),
    ...issuesOf(
      validateCustomIndicator({
        source: 'custom',
        id: 'bad id',
        name: '',
        kind: 'x',
        direction: 'y',
        scale: { min: 5, max: 1 },
      }),
    ),
    ...issuesOf(directWeights([])),
    ...issuesOf(directWeights(['a', -1])),
    ...issuesOf(directWeights([0, 0])),
    ...issuesOf(systemWeights({ mode: 'direct', raw: [1] }, 2)),
    ...issuesOf(systemWeights({ mode: 'pairwise', matrix: [] }, 16)),
    ...issuesOf(
      validatePairwiseMatrix([
        [2, 3],
        [0.5, 1],
      ]),
    ),
    ...issuesOf(
      validatePairwiseMatrix([
        [1, 20],
        [1 / 20, 1],
      ]),
    ),
    ...issuesOf(
      validatePairwiseMatrix(
        [
          [1, 2.5],
          [0.4, 1],
        ],
        { requireSaatyScale: true },
      ),
    ),
    ...issuesOf(
      validatePairwiseMatrix([
        [1, 2],
        [2, 1],
      ]),
    ),
    ...issuesOf(validatePairwiseMatrix([[1, 2], [0.5]])),
    ...issuesOf(validatePairwiseMatrix('x')),
    ...issuesOf(validatePairwiseMatrix([[1]], { expectedSize: 2 })),
    ...issuesOf(matrixFromUpperTriangle(3, [1])),
    ...issuesOf(
      aggregateJudgements([
        { participant: '', matrix: [[1]] },
        { participant: 'a', matrix: [[1]] },
        { participant: 'a', matrix: [[1]] },
      ]),
    ),
  ];
}

describe('issue messages', () => {
  const issues = engineIssues();

  it('cover the codes the engine emits', () => {
    const codes = new Set(issues.map((i) => i.code));
    for (const code of [
      'emptyFile',
      'noDataRows',
      'unknownColumn',
      'missingColumn',
      'duplicateColumn',
      'missingRespondentColumn',
      'notANumber',
      'missing',
      'outOfRange',
      'duplicateRespondent',
      'fieldCount',
      'malformedCsv',
      'tooFew',
      'tooLong',
      'invalidJson',
      'notAnIndicatorSystem',
      'newerVersion',
      'required',
      'invalidValue',
      'notAnInteger',
      'unknownIndicator',
      'kindNotInMethod',
      'invalidFormat',
      'minNotBelowMax',
      'allZero',
      'wrongLength',
      'tooManyForPairwise',
      'diagonalNotOne',
      'notOnSaatyScale',
      'notReciprocal',
      'invalidType',
      'sizeMismatch',
      'duplicate',
    ]) {
      expect(codes, code).toContain(code);
    }
  });

  it.each([
    ['en', en],
    ['zh-cn', zh],
  ])('in %s say where and what for every one of them, with no placeholder left', (_, strings) => {
    for (const issue of issues) {
      const message = issueMessage(issue, strings);
      expect(message, JSON.stringify(issue)).not.toMatch(/\{\w+\}|undefined|type “|类问题/);
      expect(message.split(/[:：]/).length, message).toBeGreaterThanOrEqual(2);
    }
  });

  it('name the row and column of a bad cell, as in a spreadsheet', () => {
    const issue = {
      field: 'row 5, column "repurchase-intention"',
      code: 'notANumber',
      params: { row: 5, column: 'repurchase-intention', value: 'abc' },
    };
    expect(issueMessage(issue, en)).toBe('Row 5, column “repurchase-intention”: “abc” is not a number');
    expect(issueMessage(issue, zh)).toBe('第 5 行“repurchase-intention”列：“abc”不是数字');
  });

  it('put dotted paths from a system file into words', () => {
    expect(
      issueMessage(
        {
          field: 'weighting.matrices.1.matrix.2.0',
          code: 'notReciprocal',
          params: { row: 3, column: 1, value: 2, expected: 0.5 },
        },
        en,
      ),
    ).toBe(
      'Weights › participant 2 › comparison matrix row 3, column 1: 2 is not the reciprocal of the mirrored judgement (expected 0.5)',
    );
    expect(issueMessage({ field: 'indicators.3.scale.min', code: 'notAnInteger' }, en)).toBe(
      'Indicator 4 › answer scale › lowest answer: not a whole number',
    );
  });
});
