export const BUDGET: { jsPerPage: number; lessonTotal: number };
export declare const OVER_BAR: Readonly<Record<string, number>>;
