/**
 * What the search page passes to Pagefind (`pagefind.options(…)`); the browser tests pass the
 * same, so they rank exactly as the page does.
 *
 * - termSimilarity 3 (default 1): a query word should find that word, not longer words that
 *   start with it. It matters most in Chinese, where a query such as 重复购买率 is split into
 *   重复 / 购买 / 率 and the one-character 率 otherwise scores every 保持率 and 折现率.
 * - metaWeights: the page title is already indexed, weighted, as the page's <h1>; counting the
 *   title metadata again let a lesson whose title shares one word of a Chinese query (关怀 in
 *   关怀在细节处) beat the lesson named after the whole term (什么是客户关怀). `kind` (lesson,
 *   calculator, …) only labels results and must not match the query "lesson".
 */
export const PAGEFIND_OPTIONS = {
  ranking: {
    termSimilarity: 3,
    metaWeights: { title: 1, kind: 0 },
  },
} as const;
