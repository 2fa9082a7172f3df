/**
 * What the player loads only when it is needed — at an ending, or when the learner asks for
 * the finished attempts: the score profile, the comparison, the debrief, the reflection, the
 * attempt file and the history. Keeps the first load of a case page small.
 */
export { default as Result } from './Result';
export { default as History } from './History';
