/**
 * Two English and two Chinese key terms per lesson: searching for any of them on the search
 * page of that language must list the lesson among the first five results.
 */
export const SEARCH_TERMS: Record<string, { en: [string, string]; zh: [string, string] }> = {
  'what-is-client-care': { en: ['client care', 'precision care'], zh: ['客户关怀', '精准关怀'] },
  'forms-of-care': { en: ['customer club', 'joint promotion'], zh: ['客户俱乐部', '联合推广'] },
  'care-in-action': { en: ['slippers', 'seat change'], zh: ['拖鞋', '换座'] },
  'silent-customers-and-complaints': { en: ['TARP', 'sensitivity table'], zh: ['投诉', '沉默流失'] },
  'service-recovery-steps': { en: ['service recovery', 'value-added compensation'], zh: ['服务补救', '道歉'] },
  'after-the-purchase': { en: ['post-purchase', 'Weyerhaeuser'], zh: ['购后', '疑虑'] },
  'six-after-sales-criteria': { en: ['after-sales', 'parts supply'], zh: ['售后服务', '配件供应'] },
  'delivering-after-sales-service': { en: ['Lexus', 'unconditional service'], zh: ['雷克萨斯', '无条件服务'] },
  'five-steps-to-loyalty': { en: ['core customers', 'oil company'], zh: ['核心客户', '石油公司'] },
  'relationship-ladder': { en: ['confidant', 'account manager'], zh: ['知己', '客户经理'] },
  'customer-delivered-value': { en: ['delivered value', 'total customer cost'], zh: ['让渡价值', '顾客总成本'] },
  'loyalty-economics-and-indicators': { en: ['lifetime value', 'Reichheld'], zh: ['生命周期价值', '流失'] },
  'what-loyalty-is': { en: ['attitudinal loyalty', 'Bain'], zh: ['态度忠诚', '满意'] },
  'loyalty-types-and-segments': { en: ['latent loyal', 'habitual'], zh: ['潜在忠诚', '习惯型'] },
  'measuring-loyalty': { en: ['share of wallet', 'Net Promoter Score'], zh: ['钱包份额', '净推荐值'] },
  'designing-an-indicator-system': { en: ['questionnaire', 'indicator system'], zh: ['问卷', '指标体系'] },
  'unit-review': { en: ['review questions', 'model answer'], zh: ['复习', '参考答案'] },
  'the-client-who-never-comes-back': { en: ['deadly kisses', 'perception'], zh: ['致命之吻', '感知'] },
  'what-clients-expect': { en: ['CQID', 'fifteen expectations'], zh: ['期望', '专业'] },
};
