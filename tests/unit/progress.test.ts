import fc from 'fast-check';
import {
  markComplete,
  markIncomplete,
  nextLesson,
  progressSlot,
  validateProgress,
  visitLesson,
} from '../../src/domain/progress';

const course = ['a-one', 'a-two', 'b-one', 'b-two'];
const at = new Date('2026-01-01T00:00:00Z');

describe('progress', () => {
  it.each([
    ['nothing done, nothing opened', [], null, 'a-one'],
    ['opened a-two, not finished', [], 'a-two', 'a-two'],
    ['opened and finished a-two', ['a-two'], 'a-two', 'b-one'],
    ['finished the end, earlier gaps', ['b-one', 'b-two'], 'b-two', 'a-one'],
    ['all done', course, 'b-two', null],
  ])('continue where you left off: %s', (_, completed, last, expected) => {
    let progress = progressSlot.initial();
    for (const slug of completed) progress = markComplete(progress, slug, at);
    if (last) progress = visitLesson(progress, last);
    expect(nextLesson(progress, course)).toBe(expected);
  });

  it('mark and unmark round-trip, and saved progress validates', () => {
    fc.assert(
      fc.property(fc.subarray(course), (slugs) => {
        let progress = progressSlot.initial();
        for (const slug of slugs) progress = markComplete(progress, slug, at);
        expect(validateProgress(JSON.parse(JSON.stringify(progress)))).toEqual({ ok: true, value: progress });
        for (const slug of slugs) progress = markIncomplete(progress, slug);
        expect(progress.lessons).toEqual({});
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    [null, ''],
    [{ lessons: [] }, 'lessons'],
    [{ lessons: { 'Bad Slug': { completedAt: '2026-01-01' } }, lastLesson: null }, 'lessons.Bad Slug'],
    [{ lessons: { ok: { completedAt: 'yesterday' } }, lastLesson: null }, 'lessons.ok.completedAt'],
    [{ lessons: {}, lastLesson: 5 }, 'lastLesson'],
  ])('invalid progress %j is refused at %s', (data, field) => {
    const result = validateProgress(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.field).toBe(field);
  });
});
