import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { courseItems, itemOfPage, pagePath, type CourseInput } from '../../../src/domain/lms/course';
import { hrefOf, xmlEscape } from '../../../src/domain/lms/manifest';
import { DEFAULT_PASS_MARK } from '../../../src/domain/quiz/display';

const course = (overrides: Partial<CourseInput> = {}): CourseInput => ({
  locale: 'zh-cn',
  title: '客户关怀',
  description: '课程',
  modules: [
    {
      module: 'A',
      title: '客户关怀',
      lessons: [
        { slug: 'what-is-client-care', title: '什么是客户关怀', quizId: 'what-is-client-care' },
        { slug: 'forms-of-care', title: '关怀的形式' },
      ],
      assessment: { quizId: 'module-a-assessment' },
    },
    { module: 'B', title: '空模块', lessons: [] },
    { module: 'C', title: '只有测验', lessons: [], assessment: { quizId: 'module-c-assessment', passMark: 0.8 } },
  ],
  cases: [{ id: 'distributor', title: '代理商', summary: '摘要' }],
  worksheet: { title: '关怀方案', summary: '实训任务一' },
  ...overrides,
});

describe('courseItems', () => {
  it('makes one item per module with lessons or an assessment, then the cases and the worksheet', () => {
    const items = courseItems(course());
    expect(items.map((i) => [i.id, i.launch])).toEqual([
      ['module-a', 'zh-cn/lessons/what-is-client-care/index.html'],
      ['module-c', 'zh-cn/assessments/c/index.html'],
      ['case-distributor', 'zh-cn/cases/distributor/index.html'],
      ['worksheet', 'zh-cn/cases/ww-care-plan/index.html'],
    ]);
  });

  it('takes the mastery score from the assessment, 70% when the bank sets none', () => {
    const [a, c, distributor] = courseItems(course());
    expect(a!.masteryScore).toBe(DEFAULT_PASS_MARK);
    expect(c!.masteryScore).toBe(0.8);
    expect(distributor!.masteryScore).toBeNull();
  });

  it('lists the self-checks before the assessment', () => {
    expect(courseItems(course())[0]!.quizIds).toEqual(['what-is-client-care', 'module-a-assessment']);
  });
});

describe('pagePath', () => {
  it('puts English at the root and Chinese under zh-cn/', () => {
    expect(pagePath('en', '/lessons/x/')).toBe('lessons/x/index.html');
    expect(pagePath('zh-cn', '')).toBe('zh-cn/index.html');
  });
});

describe('xmlEscape', () => {
  it('leaves no markup characters and no characters XML forbids', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = xmlEscape(text);
        expect(escaped).not.toMatch(/[<>"']|&(?!(amp|lt|gt|quot|apos);)/);
        // eslint-disable-next-line no-control-regex -- looking for the characters XML forbids
        expect(escaped).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
      }),
    );
  });

  it('round-trips ordinary text through an XML parser’s entities', () => {
    expect(xmlEscape(`Tom & Jerry's <"care">`)).toBe('Tom &amp; Jerry&apos;s &lt;&quot;care&quot;&gt;');
  });
});

describe('hrefOf', () => {
  it('percent-encodes each segment and keeps the slashes', () => {
    expect(hrefOf('_astro/a b&c.js')).toBe('_astro/a%20b%26c.js');
  });
});

describe('the item of a page', () => {
  const items = courseItems(course());
  it('is the item a page launches, the module of a lesson or assessment, the case of a case page', () => {
    const first = items[0]!;
    expect(itemOfPage(items, first.launch)?.id).toBe(first.id);
    expect(itemOfPage(items, `lessons/${first.lessons.at(-1)}/index.html`)?.id).toBe(first.id);
    expect(itemOfPage(items, `/lessons/${first.lessons.at(-1)}/`)?.id).toBe(first.id);
    const letter = first.id.slice('module-'.length);
    expect(itemOfPage(items, `assessments/${letter}/index.html`)?.id).toBe(first.id);
    const aCase = items.find((i) => i.kind === 'case')!;
    expect(itemOfPage(items, `zh-cn/cases/${aCase.caseId}/index.html`)?.id).toBe(aCase.id);
    expect(itemOfPage(items, 'zh-cn/cases/ww-care-plan/index.html')?.id).toBe('worksheet');
  });
  it('is none for pages outside every item', () => {
    expect(itemOfPage(items, 'glossary/index.html')).toBeNull();
    expect(itemOfPage(items, 'lessons/no-such-lesson/index.html')).toBeNull();
    expect(itemOfPage(items, 'cases/index.html')).toBeNull();
  });
});
