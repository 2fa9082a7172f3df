import type { Assignment } from '../../../src/domain/instructors/assignment';
import { buildResultsFile, resultsFileText, type ResultsPayload } from '../../../src/domain/instructors/results';

export const ASSIGNMENT: Assignment = {
  v: 1,
  title: 'Week 3: care in action',
  instructions: 'Play the case, then do the self-check.',
  due: '2026-12-01',
  classCode: 'CC-2026-A',
  items: [
    { kind: 'case', id: 'restaurant-seat-change' },
    { kind: 'selfCheck', id: 'what-is-client-care' },
    { kind: 'calculator', id: 'nps', preset: 'worked-example' },
    { kind: 'worksheet', id: 'ww-care-plan' },
  ],
};

/** A valid payload for trainee `i`: scores and choices vary with i so the class views have spread. */
export function makePayload(i: number, overrides: Partial<ResultsPayload> = {}): ResultsPayload {
  const caught = i % 3 === 0;
  return {
    assignment: ASSIGNMENT,
    trainee: { name: `Trainee ${String(i).padStart(3, '0')}` },
    handedInAt: i % 5 === 4 ? '2026-12-03T09:00:00.000Z' : '2026-11-30T09:00:00.000Z',
    items: [
      {
        kind: 'case',
        id: 'restaurant-seat-change',
        attempt: {
          format: 'case-attempt',
          formatVersion: 1,
          caseId: 'restaurant-seat-change',
          caseVersion: 1,
          locale: 'en',
          path: ['start', 'first-reply', caught ? 'good-end' : 'poor-end'],
          choices: [{ nodeId: 'first-reply', choiceId: caught ? 'happy-to-help' : 'policy' }],
          scores: { empathy: i % 4, ownership: caught ? 2 : -1 },
          endingId: caught ? 'good-end' : 'poor-end',
          reflection: { text: 'I would listen first.', checklist: { listened: true } },
          startedAt: '2026-11-29T09:00:00.000Z',
          finishedAt: '2026-11-29T09:10:00.000Z',
        },
      },
      {
        kind: 'selfCheck',
        id: 'what-is-client-care',
        best: { earned: (i % 4) + 1, total: 4, at: '2026-11-29T10:00:00.000Z' },
        latest: {
          earned: (i % 4) + 1,
          total: 4,
          at: '2026-11-29T10:00:00.000Z',
          answers: { 'stage-of-care': { a: 'before' } },
          questions: { 'stage-of-care': { earned: i % 2, total: 1 }, 'care-definition': { earned: 1, total: 1 } },
        },
      },
      {
        kind: 'calculator',
        id: 'nps',
        fields: { mode: 'counts', promoters: '40' },
        savedAt: '2026-11-29T11:00:00.000Z',
      },
      {
        kind: 'worksheet',
        id: 'ww-care-plan',
        summary:
          i % 2 === 0
            ? { planRows: 3, checklistItems: 4, checklistDone: 2, selfTotal: 20, peerTotalMean: null, totalMax: 25 }
            : null,
      },
    ],
    ...overrides,
  };
}

export async function makeFileText(i: number, overrides: Partial<ResultsPayload> = {}): Promise<string> {
  return resultsFileText(await buildResultsFile(makePayload(i, overrides)));
}
