import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ItemReport } from '../../../src/domain/lms/cmi';
import { cmiValues, isoDuration, lessonStatus, scorm12Timespan } from '../../../src/domain/lms/scorm';

const passed: ItemReport = {
  completion: 'completed',
  success: 'passed',
  score: { raw: 80, scaled: 0.8 },
  interactions: [
    { id: 'module-a-assessment.q1', type: 'choice', response: 'a[,]b', result: 'correct' },
    { id: 'module-a-assessment.q2', type: 'numeric', response: '12', result: '0.5' },
  ],
};
const started: ItemReport = { completion: 'incomplete', success: 'unknown', score: null, interactions: [] };

describe('session time formats', () => {
  it('writes SCORM 1.2 timespans as HHHH:MM:SS.SS', () => {
    expect(scorm12Timespan(0)).toBe('0000:00:00.00');
    expect(scorm12Timespan(3_723_450)).toBe('0001:02:03.45');
    expect(scorm12Timespan(59_999)).toBe('0000:00:59.99');
    expect(scorm12Timespan(-5)).toBe('0000:00:00.00');
    expect(scorm12Timespan(Number.NaN)).toBe('0000:00:00.00');
    expect(scorm12Timespan(1e15)).toBe('9999:59:59.99');
  });

  it('writes ISO 8601 durations for SCORM 2004 and xAPI', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S');
    expect(isoDuration(60_000)).toBe('PT1M');
    expect(isoDuration(1_500)).toBe('PT1.5S');
    expect(isoDuration(90_000_000)).toBe('PT25H');
  });

  it('agrees between the two formats, to the centisecond, for any duration', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 * 3_600_000 }), (ms) => {
        expect(scorm12Timespan(ms)).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d\d$/);
        expect(isoDuration(ms)).toMatch(/^PT(?:\d+H)?(?:[1-5]?\dM)?(?:\d+(?:\.\d{1,2})?S)?$/);
        const [h, m, s] = scorm12Timespan(ms).split(':').map(Number) as [number, number, number];
        const iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(isoDuration(ms));
        expect(iso).not.toBeNull();
        const total = (Number(iso![1] ?? 0) * 3600 + Number(iso![2] ?? 0) * 60 + Number(iso![3] ?? 0)) * 100;
        expect(Math.round(total)).toBe(Math.round((h * 3600 + m * 60 + s) * 100));
        expect(Math.round(total)).toBe(Math.floor(ms / 10));
      }),
    );
  });
});

describe('CMI values', () => {
  it('gives SCORM 1.2 one status: the success once known, else the completion', () => {
    expect(lessonStatus(passed)).toBe('passed');
    expect(lessonStatus({ ...passed, success: 'failed' })).toBe('failed');
    expect(lessonStatus({ ...started, completion: 'completed' })).toBe('completed');
    expect(lessonStatus(started)).toBe('incomplete');
    expect(lessonStatus({ ...started, completion: 'not attempted' })).toBe('incomplete');
  });

  it('names SCORM 1.2 elements and writes interactions after the platform’s own', () => {
    const values = cmiValues('scorm12', {
      report: passed,
      sessionMs: 61_000,
      suspendData: 'z1:abc',
      firstInteraction: 3,
      ending: true,
    });
    expect(values).toEqual([
      ['cmi.core.lesson_status', 'passed'],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', '80'],
      ['cmi.core.session_time', '0000:01:01.00'],
      ['cmi.core.exit', ''],
      ['cmi.suspend_data', 'z1:abc'],
      ['cmi.interactions.3.id', 'module-a-assessment.q1'],
      ['cmi.interactions.3.type', 'choice'],
      ['cmi.interactions.3.student_response', 'a[,]b'],
      ['cmi.interactions.3.result', 'correct'],
      ['cmi.interactions.4.id', 'module-a-assessment.q2'],
      ['cmi.interactions.4.type', 'numeric'],
      ['cmi.interactions.4.student_response', '12'],
      ['cmi.interactions.4.result', '0.5'],
    ]);
  });

  it('names SCORM 2004 elements, with the scaled score and both statuses', () => {
    const values = new Map(
      cmiValues('scorm2004', {
        report: passed,
        sessionMs: 61_000,
        suspendData: null,
        firstInteraction: 0,
        ending: false,
      }),
    );
    expect(values.get('cmi.completion_status')).toBe('completed');
    expect(values.get('cmi.success_status')).toBe('passed');
    expect(values.get('cmi.score.scaled')).toBe('0.8');
    expect(values.get('cmi.score.raw')).toBe('80');
    expect(values.get('cmi.session_time')).toBe('PT1M1S');
    expect(values.get('cmi.exit')).toBe('suspend');
    expect(values.has('cmi.suspend_data')).toBe(false);
    expect(values.get('cmi.interactions.0.learner_response')).toBe('a[,]b');
    expect(values.get('cmi.interactions.1.result')).toBe('0.5');
  });

  it('leaves the score out until there is one and suspends an unfinished item', () => {
    const v12 = new Map(
      cmiValues('scorm12', { report: started, sessionMs: 0, suspendData: '', firstInteraction: 0, ending: true }),
    );
    expect([...v12.keys()].some((k) => k.includes('score'))).toBe(false);
    expect(v12.get('cmi.core.exit')).toBe('suspend');
    const v2004 = new Map(
      cmiValues('scorm2004', { report: started, sessionMs: 0, suspendData: '', firstInteraction: 0, ending: true }),
    );
    expect([...v2004.keys()].some((k) => k.includes('score'))).toBe(false);
    expect(v2004.get('cmi.completion_status')).toBe('incomplete');
    expect(v2004.get('cmi.success_status')).toBe('unknown');
    expect(v2004.get('cmi.exit')).toBe('suspend');
  });
});
