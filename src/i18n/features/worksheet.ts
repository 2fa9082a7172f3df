/**
 * UI strings of the care-plan worksheet (training task 1). English defines the keys; the
 * Chinese dictionary must have exactly the same keys (a missing or extra key is a type error).
 */
export const worksheetEn = {
  'worksheet.title': 'WW company care plan (training task 1)',
  'worksheet.summary': 'Plan client care for an e-commerce trading platform: a care plan table and an action checklist, rated against the task’s five criteria.',
} as const;

export const worksheetZhCn: { readonly [K in keyof typeof worksheetEn]: string } = {
  'worksheet.title': 'WW 公司客户关怀方案（实训任务一）',
  'worksheet.summary': '为一家电子商务外贸平台策划客户关怀：制作关怀方案表和关怀行动清单，并按任务的五条评价标准评分。',
};
