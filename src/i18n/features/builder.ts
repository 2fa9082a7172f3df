/**
 * UI strings of the builder feature. English defines the keys; the Chinese dictionary must
 * have exactly the same keys (a missing or extra key is a type error).
 */
export const builderEn = {} as const;

export const builderZhCn: { readonly [K in keyof typeof builderEn]: string } = {};
