/**
 * What the player loads only once it is needed — after the first step (the conversation so
 * far and the responses at each decision), at an ending, or when the learner asks for the
 * finished attempts (the ending's tone, the score profile, the comparison, the debrief, the
 * reflection, the attempt file and the history). Keeps the first load of a case page small.
 */
export { Avatar, Conversation, Decision, Feedback } from './Conversation';
export { default as EndingBanner } from './EndingBanner';
export { default as Result } from './Result';
export { default as History } from './History';
