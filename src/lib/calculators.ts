/** The calculators a lesson can embed with `<Calculator name="…" />`. */
export const CALCULATOR_NAMES = [
  'repeat-purchase',
  'share-of-wallet',
  'nps',
  'recommendation',
  'attitudinal',
  'segment',
  'delivered-value',
  'defections',
  'recovery',
  'lifetime-value',
  'ladder',
  'scorecard',
] as const;
export type CalculatorName = (typeof CALCULATOR_NAMES)[number];
