import validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import type { ItemReport } from '../../../src/domain/lms/cmi';
import {
  answeredStatement,
  readLaunch,
  readLaunchData,
  statementsDue,
  type Cmi5Launch,
  type LaunchData,
} from '../../../src/domain/lms/cmi5';

const REGISTRATION = 'ec231277-b27b-4c15-8291-d29225b2b8f7';
const SESSION = '458240298378231';
const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example.com', name: 'learner-1' } };
const query = (overrides: Record<string, string | null> = {}) => {
  const params = new URLSearchParams();
  const values: Record<string, string | null> = {
    endpoint: 'https://lrs.example.com/xapi',
    fetch: 'https://lms.example.com/token?k=1',
    actor: JSON.stringify(actor),
    registration: REGISTRATION,
    activityId: 'https://client-care-loyalty.invalid/lms/en/module-a',
    ...overrides,
  };
  for (const [k, v] of Object.entries(values)) if (v !== null) params.set(k, v);
  return `?${params.toString()}`;
};

const launchData: LaunchData = {
  contextTemplate: {
    contextActivities: { grouping: [{ id: 'https://client-care-loyalty.invalid/lms/en', objectType: 'Activity' }] },
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': SESSION },
  },
  launchMode: 'Normal',
  masteryScore: 0.7,
  moveOn: 'CompletedAndPassed',
  returnURL: null,
};
const report: ItemReport = {
  completion: 'completed',
  success: 'passed',
  score: { raw: 80, scaled: 0.8 },
  interactions: [],
};

describe('cmi5 launch parameters', () => {
  it('are absent from a page opened normally', () => {
    expect(readLaunch('')).toBeNull();
    expect(readLaunch('?q=loyalty')).toBeNull();
  });

  it('are read when a platform launched the page, the endpoint ending in a slash', () => {
    const launch = readLaunch(query());
    expect(launch).toEqual({
      ok: true,
      value: {
        endpoint: 'https://lrs.example.com/xapi/',
        fetch: 'https://lms.example.com/token?k=1',
        actor,
        registration: REGISTRATION,
        activityId: 'https://client-care-loyalty.invalid/lms/en/module-a',
      },
    });
  });

  it.each([
    ['endpoint', 'lrs', 'notAUrl'],
    ['endpoint', 'javascript:alert(1)', 'notAUrl'],
    ['fetch', null, 'required'],
    ['actor', '{', 'notJson'],
    ['actor', '{"mbox":"mailto:a@b.c","objectType":"Group"}', 'notAnAgent'],
    ['registration', 'abc', 'notAUuid'],
    ['activityId', 'module-a', 'notAnIri'],
  ])('refuse a wrong %s (%s) naming it', (field, value, code) => {
    const read = readLaunch(query({ [field]: value }));
    expect(read).toMatchObject({ ok: false, issues: [{ field, code }] });
    expect(read?.ok === false && read.issues).toHaveLength(1);
  });
});

describe('LMS.LaunchData', () => {
  it('is read with its context template, mode and mastery score', () => {
    const read = readLaunchData({ ...launchData, launchMethod: 'AnyWindow', returnURL: 'x' });
    expect(read).toMatchObject({ ok: true, value: { launchMode: 'Normal', masteryScore: 0.7, returnURL: null } });
  });

  it.each([
    ['https://lms.example.com/course/7?done=1', 'https://lms.example.com/course/7?done=1'],
    ['http://lms.local/back', 'http://lms.local/back'],
    ['javascript:alert(1)', null],
    ['/relative/path', null],
    [42, null],
    [undefined, null],
  ])('keeps the return address %s only when it is a web address', (returnURL, kept) => {
    expect(readLaunchData({ ...launchData, returnURL })).toMatchObject({ ok: true, value: { returnURL: kept } });
  });

  it('is refused without a session id, with an unknown mode or a mastery score out of range', () => {
    const session = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
    expect(readLaunchData({ ...launchData, contextTemplate: {} })).toEqual({
      ok: false,
      issues: [{ field: 'contextTemplate.extensions', code: 'required' }],
    });
    expect(readLaunchData({ ...launchData, contextTemplate: { extensions: { [session]: 7 } } })).toMatchObject({
      ok: false,
      issues: [{ field: `contextTemplate.extensions.${session}`, code: 'invalidType' }],
    });
    expect(readLaunchData({ ...launchData, launchMode: 'normal' })).toMatchObject({
      ok: false,
      issues: [{ field: 'launchMode', code: 'invalidValue', params: { allowed: 'Normal|Browse|Review' } }],
    });
    expect(readLaunchData({ ...launchData, masteryScore: 70 })).toMatchObject({
      ok: false,
      issues: [{ field: 'masteryScore', code: 'outOfRange', params: { max: 1 } }],
    });
    expect(readLaunchData('Normal')).toMatchObject({ ok: false, issues: [{ field: '', code: 'invalidType' }] });
  });

  it('keeps the whole context template and whatever else the platform put in the document', () => {
    const template = { ...launchData.contextTemplate, registration: REGISTRATION, extra: { kept: true } };
    const read = readLaunchData({ ...launchData, contextTemplate: template, entitlementKey: { courseStructure: 'x' } });
    expect(read).toMatchObject({ ok: true, value: { contextTemplate: template } });
  });
});

describe('cmi5 statements', () => {
  const launch = (readLaunch(query()) as { value: Cmi5Launch }).value;
  const ctx = { launch, launchData, id: '9e0d5b1a-6c4f-4b9e-8b7e-2f1a3c4d5e6f', timestamp: '2026-12-02T10:00:00.000Z' };

  it('reports an answer as a valid Answered statement under the AU, without the cmi5 category', () => {
    const statement = answeredStatement(
      { id: 'module-a-assessment.four-methods', type: 'choice', response: 'frequency[,]content', result: 'incorrect' },
      ctx,
    ) as Record<string, any>;
    expect(validateStatement(statement)).toEqual([]);
    expect(statement['verb']['id']).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(statement['object']['id']).toBe(
      'https://client-care-loyalty.invalid/lms/en/module-a/interactions/module-a-assessment.four-methods',
    );
    expect(statement['object']['definition']).toEqual({
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      interactionType: 'choice',
    });
    expect(statement['result']).toEqual({ response: 'frequency[,]content', success: false });
    expect(statement['context']['registration']).toBe(REGISTRATION);
    expect(statement['context']['contextActivities']['category']).toBeUndefined();
    expect(statement['context']['contextActivities']['parent']).toEqual([
      { id: 'https://client-care-loyalty.invalid/lms/en/module-a', objectType: 'Activity' },
    ]);
    const partial = answeredStatement({ id: 'q.m', type: 'matching', response: 'a[.]b', result: '0.5' }, ctx) as Record<
      string,
      any
    >;
    expect(partial['result']).toEqual({ response: 'a[.]b', score: { scaled: 0.5 } });
    expect(validateStatement(partial)).toEqual([]);
    const choice = answeredStatement(
      { id: 'case.first-reply', type: 'choice', response: 'ask-why', result: 'neutral' },
      ctx,
    );
    expect((choice as Record<string, any>)['result']).toEqual({ response: 'ask-why' });
  });

  it('are due in cmi5’s order, each once, and never outside Normal mode', () => {
    const none = { passed: false, failed: false, completed: false };
    expect(statementsDue(report, none, launchData)).toEqual(['passed', 'completed']);
    expect(statementsDue(report, { ...none, passed: true }, launchData)).toEqual(['completed']);
    expect(statementsDue(report, { passed: true, failed: false, completed: true }, launchData)).toEqual([]);
    const failing = { ...report, success: 'failed' as const, score: { raw: 50, scaled: 0.5 } };
    expect(statementsDue({ ...failing, completion: 'incomplete' }, none, launchData)).toEqual(['failed']);
    expect(statementsDue(failing, { ...none, failed: true }, launchData)).toEqual(['completed']);
    expect(statementsDue(report, none, { ...launchData, launchMode: 'Browse' })).toEqual([]);
  });

  it('take the platform’s mastery score, when it gives one, over the site’s pass mark', () => {
    const none = { passed: false, failed: false, completed: false };
    // 80% passes the site's 70% mark; a platform asking for 90% fails it, one asking for 60% passes 65%.
    expect(statementsDue(report, none, { ...launchData, masteryScore: 0.9 })).toEqual(['failed', 'completed']);
    const justBelow = { ...report, success: 'failed' as const, score: { raw: 65, scaled: 0.65 } };
    expect(statementsDue(justBelow, none, { ...launchData, masteryScore: 0.6 })).toEqual(['passed', 'completed']);
    expect(statementsDue(justBelow, none, { ...launchData, masteryScore: null })).toEqual(['failed', 'completed']);
    // Not attempted: nothing to judge.
    expect(statementsDue({ ...report, success: 'unknown', score: null }, none, launchData)).toEqual(['completed']);
  });
});
