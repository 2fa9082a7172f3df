/**
 * UI strings of the calculators feature. English defines the keys; the Chinese dictionary must
 * have exactly the same keys (a missing or extra key is a type error).
 */
export const calculatorsEn = {} as const;

export const calculatorsZhCn: { readonly [K in keyof typeof calculatorsEn]: string } = {};
