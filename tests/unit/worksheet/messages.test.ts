import { worksheetEn, worksheetZhCn } from '../../../src/i18n/features/worksheet';
import {
  CARE_FORM_IDS,
  CHANNEL_IDS,
  CRITERION_IDS,
  QUESTION_IDS,
  RUBRIC,
  validateWorksheet,
  reviewWorksheet,
  parseWorksheetFile,
  worksheetSlot,
} from '../../../src/domain/worksheet';
import { isIslandKey, type WorksheetStrings } from '../../../src/islands/worksheet/strings';
import { issueText } from '../../../src/islands/worksheet/messages';
import { issuesEn, issuesZhCn } from '../../../src/i18n/features/issues';
import { issueKey } from '../../../src/i18n/issues';
import { filledWorksheet } from './fixtures';

const en = { ...worksheetEn, ...issuesEn } as unknown as WorksheetStrings;
const zh = { ...worksheetZhCn, ...issuesZhCn } as unknown as WorksheetStrings;

describe('worksheet strings', () => {
  it('name every form, channel, criterion, question and rubric anchor in both languages', () => {
    const keys = [
      ...CARE_FORM_IDS.map((id) => `worksheet.form.${id}`),
      ...CHANNEL_IDS.map((id) => `worksheet.channel.${id}`),
      ...CRITERION_IDS.map((id) => `worksheet.criterion.${id}`),
      ...QUESTION_IDS.flatMap((id) => [`worksheet.q.${id}`, `worksheet.qShort.${id}`]),
      ...RUBRIC.map((anchor) => anchor.key),
    ];
    expect(RUBRIC).toHaveLength(15);
    for (const key of keys) {
      expect(worksheetEn, key).toHaveProperty([key]);
      expect(worksheetZhCn, key).toHaveProperty([key]);
    }
  });

  it('keep the two keys other pages use', () => {
    expect(worksheetEn['worksheet.title']).toMatch(/WW/);
    expect(worksheetZhCn['worksheet.summary']).toMatch(/关怀/);
  });

  it('send the island everything but the static brief', () => {
    expect(isIslandKey('worksheet.rubric.lowCost.5')).toBe(true);
    expect(isIslandKey('worksheet.issue.notJson')).toBe(true);
    expect(isIslandKey('worksheet.fact.members')).toBe(false);
    expect(isIslandKey('worksheet.brief.intro')).toBe(false);
    expect(isIslandKey('worksheet.title')).toBe(false);
    expect(isIslandKey('worksheet.intro')).toBe(false);
    expect(isIslandKey('nav.course')).toBe(false);
  });
});

describe('issue messages', () => {
  it.each([
    [
      { field: 'plan.1.cost', code: 'notANumber', params: { value: '12 euros' } },
      'Care plan, row 2, Cost: “12 euros” is not a number',
      '关怀计划表第 2 行，费用：“12 euros”不是数字',
    ],
    [
      { field: 'plan.1.cost', code: 'outOfRange', params: { value: -5, min: 0, max: 1_000_000 } },
      'Care plan, row 2, Cost: -5 is outside the range 0 to 1,000,000',
      '关怀计划表第 2 行，费用：-5 超出了 0 到 1,000,000 的范围',
    ],
    [
      { field: 'plan.0.measure', code: 'tooLong', params: { max: 600, length: 700 } },
      'Care plan, row 1, Care measure: too long (700 characters; at most 600)',
      '关怀计划表第 1 行，关怀措施：太长了（700 个字符，最多 600 个）',
    ],
    [
      { field: 'checklist.2.due', code: 'notADate' },
      'Checklist, item 3, Due date: must be a date written YYYY-MM-DD',
      '检核表第 3 项，完成日期：应为 YYYY-MM-DD 格式的日期',
    ],
    [
      { field: 'ratings.1.scores.lowCost', code: 'badScore', params: { min: 1, max: 5 } },
      'Rating 2, Measures cost relatively little to carry out (score): must be a whole number from 1 to 5, or null',
      '第 2 份评分，措施花钱不多、企业负担得起（分数）：应为 1 到 5 的整数，或 null',
    ],
    [
      { field: 'answers.needsFirst', code: 'required' },
      'Answers, Needs to meet first: a value is needed',
      '问题回答，优先满足的需求：不能为空',
    ],
    [
      { field: 'file', code: 'notJson', params: { line: 3, column: 7 } },
      'The file: not valid JSON — the first error is at line 3, column 7',
      '文件：不是有效的 JSON——第一个错误在第 3 行第 7 列',
    ],
    [
      { field: 'plan.0.secret', code: 'mystery' },
      'Care plan, row 1, secret: is not valid',
      '关怀计划表第 1 行，secret：无效',
    ],
  ])('%j reads well in both languages', (issue, english, chinese) => {
    expect(issueText(en, issue, 'en')).toBe(english);
    expect(issueText(zh, issue, 'zh-cn')).toBe(chinese);
  });

  it('exist for every code the domain produces', () => {
    const data = JSON.parse(JSON.stringify(filledWorksheet()));
    data.plan[0] = { id: 'x x', need: 1, measure: 'm'.repeat(9999), form: 'a', channel: 'b', cost: -1 };
    data.plan[1].cost = 'x';
    data.checklist = [{ id: 'c1', due: 'x', done: 1 }, { id: 'c1' }, 5];
    data.ratings = [{ id: 's1', by: 'x', scores: { a: 1, lowCost: 9 }, comments: 3 }];
    data.answers = { z: 1 };
    const invalid = validateWorksheet(data);
    const file = ['', '{', '{}', '{"format":"ccl-care-plan","formatVersion":5,"worksheet":{}}'].flatMap((t) => {
      const r = parseWorksheetFile(t, worksheetSlot);
      return r.ok ? [] : r.issues;
    });
    const review = reviewWorksheet({
      ...filledWorksheet(),
      plan: [],
      checklist: [{ id: 'c1', action: 'x', owner: '', due: '', done: true }],
    });
    const issues = [...(invalid.ok ? [] : invalid.issues), ...file, ...review];
    expect(new Set(issues.map((i) => i.code)).size).toBeGreaterThan(15);
    // Each is worded by the shared dictionary or by the worksheet's own words, never by the fallback.
    for (const issue of issues)
      if (issueKey(issue) === null) expect(worksheetEn, issue.code).toHaveProperty([`worksheet.issue.${issue.code}`]);
  });
});
