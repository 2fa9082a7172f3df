// The product's page-weight bars (compressed bytes).
export const BUDGET = {
  /** No page loads more than 20 KB of compressed JavaScript. */
  jsPerPage: 20 * 1024,
  /** A lesson page with its self-check transfers at most 27 KB in all. */
  lessonTotal: 27 * 1024,
};

/**
 * Pages measured above the 20 KB bar, each with the ceiling it may not pass while it is being
 * brought back under the bar (KB of compressed JavaScript before interaction). A known defect,
 * listed so that it is visible and cannot grow; remove a page from here once it is back under
 * 20 KB (the weight test then holds it to the bar again).
 */
export const OVER_BAR = /** @type {Record<string, number>} */ ({});
