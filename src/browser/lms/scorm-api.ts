/** The SCORM run-time API objects a platform provides (SCORM 2004 `API_1484_11`, SCORM 1.2 `API`). */
export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string | number;
}

export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
}

export type ScormApi = Scorm2004Api | Scorm12Api;

/** One interface over both versions. */
export interface ScormCalls {
  initialize(): { ok: boolean; error: number };
  terminate(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
}

const isTrue = (value: unknown) => String(value) === 'true';

export function scormCalls(standard: 'scorm2004' | 'scorm12', api: ScormApi): ScormCalls {
  if (standard === 'scorm2004') {
    const a = api as Scorm2004Api;
    return {
      initialize: () => ({ ok: isTrue(a.Initialize('')), error: Number(a.GetLastError()) }),
      terminate: () => isTrue(a.Terminate('')),
      get: (element) => String(a.GetValue(element) ?? ''),
      set: (element, value) => isTrue(a.SetValue(element, value)),
      commit: () => isTrue(a.Commit('')),
    };
  }
  const a = api as Scorm12Api;
  return {
    initialize: () => ({ ok: isTrue(a.LMSInitialize('')), error: Number(a.LMSGetLastError()) }),
    terminate: () => isTrue(a.LMSFinish('')),
    get: (element) => String(a.LMSGetValue(element) ?? ''),
    set: (element, value) => isTrue(a.LMSSetValue(element, value)),
    commit: () => isTrue(a.LMSCommit('')),
  };
}

/** "Already initialized": 2004 error 103, 1.2 error 101 (general exception, what 1.2 platforms answer). */
export const alreadyInitialized = (standard: 'scorm2004' | 'scorm12', error: number) =>
  standard === 'scorm2004' ? error === 103 : error === 101;
