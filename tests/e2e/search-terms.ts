/**
 * The key terms each lesson teaches, at least two per language: searching for any of them on
 * the search page of that language must put the lesson among the first two results (and so,
 * a fortiori, among the first five). Terms a learner is likely to type, taken from the
 * lesson's headings, glossary links and formulas.
 */
type Terms = readonly [string, string, ...string[]];
export const SEARCH_TERMS: Record<string, { en: Terms; zh: Terms }> = {
  'what-is-client-care': { en: ['client care', 'precision care'], zh: ['客户关怀', '精准关怀'] },
  'forms-of-care': { en: ['customer club', 'joint promotion'], zh: ['客户俱乐部', '联合推广'] },
  'care-in-action': { en: ['seat change', 'slippers'], zh: ['换座', '拖鞋'] },
  'silent-customers-and-complaints': { en: ['TARP', 'silent defection'], zh: ['TARP', '沉默流失'] },
  'service-recovery-steps': { en: ['service recovery', 'service culture'], zh: ['服务补救', '服务文化'] },
  'after-the-purchase': { en: ['post-purchase doubt', 'post-purchase cycle'], zh: ['购后疑虑', '购后周期'] },
  'six-after-sales-criteria': { en: ['first-time fix', 'parts supply'], zh: ['一次修复', '配件供应'] },
  'delivering-after-sales-service': { en: ['unconditional service', 'Lexus'], zh: ['无条件服务', '雷克萨斯'] },
  'five-steps-to-loyalty': { en: ['core customers', 'oil company'], zh: ['核心客户', '石油公司'] },
  'relationship-ladder': { en: ['account manager', 'confidant'], zh: ['客户经理', '知己'] },
  'customer-delivered-value': { en: ['delivered value', 'total customer cost'], zh: ['让渡价值', '顾客总成本'] },
  'loyalty-economics-and-indicators': { en: ['lifetime value', 'retention rate'], zh: ['生命周期价值', '客户保持率'] },
  'what-loyalty-is': { en: ['customer trust', 'corporate image'], zh: ['客户信任', '企业形象'] },
  'loyalty-types-and-segments': { en: ['latent loyalty', 'habitual loyalty'], zh: ['潜在忠诚', '习惯型忠诚'] },
  'measuring-loyalty': {
    en: ['share of wallet', 'repeat purchase rate', 'Net Promoter Score', 'NPS'],
    zh: ['钱包份额', '重复购买率', '净推荐值'],
  },
  'designing-an-indicator-system': { en: ['indicator system', 'indicator weight'], zh: ['指标体系', '指标权重'] },
  'unit-review': { en: ['unit review', 'review questions'], zh: ['单元复习', '复习题'] },
  'the-client-who-never-comes-back': { en: ['deadly kisses', 'SPE'], zh: ['致命之吻', 'SPE'] },
  'what-clients-expect': { en: ['CQID', 'service misconceptions'], zh: ['CQID', '心理期望'] },
};

/** Queries that name a calculator: its own page (tools/<name>/) must be among the first five results. */
export const CALCULATOR_TERMS: { locale: 'en' | 'zh-cn'; query: string; calculator: string }[] = [
  { locale: 'en', query: 'NPS', calculator: 'nps' },
  { locale: 'en', query: 'Net Promoter Score', calculator: 'nps' },
  { locale: 'en', query: 'share of wallet', calculator: 'share-of-wallet' },
  { locale: 'en', query: 'repeat purchase rate', calculator: 'repeat-purchase' },
  { locale: 'en', query: 'delivered value', calculator: 'delivered-value' },
  { locale: 'zh-cn', query: '钱包份额', calculator: 'share-of-wallet' },
  { locale: 'zh-cn', query: '重复购买率', calculator: 'repeat-purchase' },
  { locale: 'zh-cn', query: '净推荐值', calculator: 'nps' },
  { locale: 'zh-cn', query: '让渡价值', calculator: 'delivered-value' },
];
