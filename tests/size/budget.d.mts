export const BUDGET: { jsPerPage: number; lessonTotal: number };
