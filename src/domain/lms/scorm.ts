/**
 * An item's report (./cmi.ts) as the values a SCORM run-time stores, in each version's own
 * element names and formats:
 *
 * | what            | SCORM 1.2                               | SCORM 2004 4th edition                       |
 * | --------------- | --------------------------------------- | -------------------------------------------- |
 * | status          | cmi.core.lesson_status (one value)      | cmi.completion_status + cmi.success_status   |
 * | score           | cmi.core.score.raw (+ min 0, max 100)   | cmi.score.scaled, .raw, .min, .max           |
 * | session time    | cmi.core.session_time `HHHH:MM:SS.SS`   | cmi.session_time, ISO 8601 `PT1H2M3.45S`     |
 * | exit            | cmi.core.exit `suspend` or ``           | cmi.exit `suspend` or `normal`               |
 * | learner answer  | cmi.interactions.n.student_response     | cmi.interactions.n.learner_response          |
 *
 * Interactions are written from `first` (the count the platform reported at launch), so each
 * session adds its answers once and later reports in the same session overwrite them.
 */
import type { ItemReport } from './cmi';

export type ScormVersion = 'scorm12' | 'scorm2004';

/** Whole centiseconds of a duration, never negative. */
const centiseconds = (ms: number) => Math.max(0, Math.floor((Number.isFinite(ms) ? ms : 0) / 10));

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (hours capped at 9999, the format's largest). */
export function scorm12Timespan(ms: number): string {
  const cs = Math.min(centiseconds(ms), 9999 * 360_000 + 59 * 6000 + 5999);
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor((cs % 360_000) / 6000);
  const seconds = (cs % 6000) / 100;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004 timeinterval / xAPI duration, ISO 8601: `PT0S`, `PT1H2M3.45S` (hours not folded into days). */
export function isoDuration(ms: number): string {
  const cs = centiseconds(ms);
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor((cs % 360_000) / 6000);
  const rest = cs % 6000;
  const seconds = rest % 100 === 0 ? String(rest / 100) : (rest / 100).toFixed(2).replace(/0$/, '');
  const parts = `${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}${rest > 0 ? `${seconds}S` : ''}`;
  return `PT${parts === '' ? '0S' : parts}`;
}

export type CmiValue = readonly [element: string, value: string];

export interface SessionValues {
  readonly report: ItemReport;
  /** Time spent in this session so far, in milliseconds. */
  readonly sessionMs: number;
  /** Suspend data to save, or null to leave the platform's as it is. */
  readonly suspendData: string | null;
  /** The platform's interaction count at launch: this session's answers are written from there. */
  readonly firstInteraction: number;
  /** Whether the learner is leaving the item for good (exit normal) or may come back (suspend). */
  readonly ending: boolean;
}

/** SCORM 1.2's one status for a report: passed/failed once known, else completed/incomplete. */
export function lessonStatus(report: ItemReport): 'passed' | 'failed' | 'completed' | 'incomplete' {
  if (report.success !== 'unknown') return report.success;
  return report.completion === 'completed' ? 'completed' : 'incomplete';
}

/** The values to set, in the order to set them (an interaction's id and type before its response). */
export function cmiValues(version: ScormVersion, values: SessionValues): CmiValue[] {
  const { report, sessionMs, suspendData, firstInteraction, ending } = values;
  const out: CmiValue[] = [];
  const finished = report.completion === 'completed';
  if (version === 'scorm12') {
    out.push(['cmi.core.lesson_status', lessonStatus(report)]);
    if (report.score !== null)
      out.push(
        ['cmi.core.score.min', '0'],
        ['cmi.core.score.max', '100'],
        ['cmi.core.score.raw', String(report.score.raw)],
      );
    out.push(['cmi.core.session_time', scorm12Timespan(sessionMs)]);
    out.push(['cmi.core.exit', ending && finished ? '' : 'suspend']);
  } else {
    out.push(['cmi.completion_status', report.completion === 'not attempted' ? 'incomplete' : report.completion]);
    out.push(['cmi.success_status', report.success]);
    if (report.score !== null)
      out.push(
        ['cmi.score.min', '0'],
        ['cmi.score.max', '100'],
        ['cmi.score.raw', String(report.score.raw)],
        ['cmi.score.scaled', String(report.score.scaled)],
      );
    out.push(['cmi.session_time', isoDuration(sessionMs)]);
    out.push(['cmi.exit', ending && finished ? 'normal' : 'suspend']);
  }
  if (suspendData !== null) out.push(['cmi.suspend_data', suspendData]);
  report.interactions.forEach((interaction, i) => {
    const n = `cmi.interactions.${firstInteraction + i}`;
    out.push([`${n}.id`, interaction.id], [`${n}.type`, interaction.type]);
    out.push([`${n}.${version === 'scorm12' ? 'student_response' : 'learner_response'}`, interaction.response]);
    out.push([`${n}.result`, interaction.result]);
  });
  return out;
}
