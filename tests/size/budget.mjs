// The product's page-weight bars (compressed bytes).
export const BUDGET = {
  /** No page loads more than 20 KB of compressed JavaScript. */
  jsPerPage: 20 * 1024,
  /** A lesson page with its self-check transfers at most 27 KB in all. */
  lessonTotal: 27 * 1024,
};
