/**
 * UI strings of the instructor features (assignments, results files, class dashboard).
 * English defines the keys; the Chinese dictionary must have exactly the same keys.
 */
export const instructorsEn = {} as const;

export const instructorsZhCn: { readonly [K in keyof typeof instructorsEn]: string } = {};
