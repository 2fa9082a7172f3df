// Curriculum coverage: the checkable facts of the curriculum must appear in the built lesson
// pages of both languages. Reads dist/ (no browser needed).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function lessonText(locale: 'en' | 'zh-cn'): string {
  const dir = locale === 'en' ? 'dist/lessons' : 'dist/zh-cn/lessons';
  return readdirSync(dir)
    .map((slug) => readFileSync(join(dir, slug, 'index.html'), 'utf8'))
    .join('\n')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00a0]+/g, ' ');
}

/** Each fact: a label and, per language, patterns that must all be found. */
type Fact = [label: string, en: (string | RegExp)[], zh: (string | RegExp)[]];
const n = (digits: string) => new RegExp(digits.replace(/(\d)(?=(\d{3})+$)/g, '$1[,\\s]?'));
const range = (a: string, b: string) => new RegExp(`${a}\\s*(?:%\\s*)?[–~～\\-—至到]\\s*${b}\\s*%`);

const FACTS: Fact[] = [
  ['attitudinal worked example', ['33.6', /\b49\b/], ['33.6', /\b49\b/]],
  ['TARP sensitivity table', [n('63590'), n('5888'), n('27693')], [n('63590'), n('5888'), n('27693')]],
  ['TARP repurchase rates', ['90%', '83%'], ['90%', '83%']],
  [
    'Kotler defection rates',
    ['80%', '40%', '20%', '10%', range('1', '2')],
    ['80%', '40%', '20%', '10%', range('1', '2')],
  ],
  [
    'Bain 1993 figures',
    [range('65', '85'), range('85', '90'), range('30', '40'), range('60', '65')],
    [range('65', '85'), range('85', '90'), range('30', '40'), range('60', '65')],
  ],
  ['loyalty economics', [range('25', '85'), /5%/], [range('25', '85'), /5%/]],
  ['service standards', [/(2nd|second) ring/i, /30 seconds/], [/响(两|二|2)声|第[二2]声/, /30\s*秒/]],
  ['relationship ladder', [/\b100\b/, /\b50\b/, /\b10\b/, /3\s*[–-]\s*5/], [/100/, /50/, /10/, /3\s*[–~～\-至到]\s*5/]],
  [
    'six after-sales criteria',
    [/technical skill/i, /service charges/i, /timeliness/i, /attitude/i, /parts supply/i, /facilities/i],
    ['人员技术', '服务收费', '服务时效', '服务态度', '配件供应', '硬件设施'],
  ],
  [
    'five loyalty types',
    [/monopoly/i, /switching cost/i, /incentive/i, /habitual/i, /committed/i],
    ['垄断型', '更换成本', '刺激型', '习惯型', '许诺型'],
  ],
  [
    'four segments',
    [/true loyal/i, /latent loyal/i, /spurious loyal/i, /disloyal/i],
    ['真实忠诚', '潜在忠诚', '虚假忠诚', '不忠诚'],
  ],
  [
    'nine forms of care',
    [
      /family-style service/i,
      /customer club/i,
      /joint promotion/i,
      /event marketing/i,
      /personalised service/i,
      /group events?/i,
      /PR events?/i,
      /tiered offers?/i,
      /product recommendation/i,
    ],
    [
      '亲情服务',
      '客户俱乐部',
      '联合推广',
      '事件营销',
      '个性化服务',
      '团体活动',
      '公关活动',
      '优惠',
      '按客户群推荐产品',
    ],
  ],
  [
    'six recovery steps',
    [
      /apologi[sz]e/i,
      /empathi[sz]e/i,
      /fair solution/i,
      /value-added compensation/i,
      /keep the promise/i,
      /follow up/i,
    ],
    ['道歉', '倾听', '公平', /附加(价)?值|增值补偿/, /信守|说到做到/, '跟进'],
  ],
  [
    'four post-purchase stages',
    [/doubt/i, /understanding/i, /appreciation|acceptance/i, /re-evaluation/i],
    ['疑虑', '理解', '认可', '再评价'],
  ],
  [
    'six measurement steps',
    [
      /define (your|the) loyal customer/i,
      /choose the method/i,
      /indicator system/i,
      /questionnaire/i,
      /run the survey/i,
      /analy[sz]e/i,
    ],
    ['界定', '测评方法', '指标体系', '问卷', '调查', '分析'],
  ],
];

describe.each(['en', 'zh-cn'] as const)('curriculum facts in the %s lessons', (locale) => {
  const text = lessonText(locale);
  it.each(FACTS)('%s', (_label, en, zh) => {
    const missing = (locale === 'en' ? en : zh).filter((p) =>
      typeof p === 'string' ? !text.includes(p) : !p.test(text),
    );
    expect(missing.map(String), locale).toEqual([]);
  });
});

describe.each(['en', 'zh-cn'] as const)('Markdown in the %s lessons', (locale) => {
  it('leaves no stray emphasis markers in the rendered text', () => {
    const text = lessonText(locale);
    const at = text.indexOf('**');
    expect(at === -1 ? '' : text.slice(Math.max(0, at - 40), at + 40)).toBe('');
  });
});
