/**
 * The quiz engine: one import place for the islands and stores. Pure TypeScript; safe to
 * ship to the browser (it never imports the build-time schema in `src/schemas/quiz.ts`).
 */
export * from './types';
export * from './parse-number';
export * from './score-choice';
export * from './score-ordering';
export * from './score-matching';
export * from './score-numeric';
export * from './score-question';
export * from './check-answer-keys';
export * from './shuffle';
export * from './arrange';
export * from './attempt';
export * from './display';
export * from './grade';
export * from './record';
export * from './progress-types';
export * from './progress';
