/**
 * The saved-work stores the assignment page needs, each behind its own small module. The page
 * imports these on demand; importing the stores through wrappers (rather than the store modules
 * themselves) keeps the bundler from adding namespace helpers to every page that uses a store.
 */
export const loadQuizzes = () => import('./stores/quizzes');
export const loadCases = () => import('./stores/cases');
export const loadCalculators = () => import('./stores/calculators');
export const loadWorksheet = () => import('./stores/worksheet');
