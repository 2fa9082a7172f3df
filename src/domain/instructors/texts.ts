/**
 * The words a gradebook needs to show results files as trainees saw them, in one language:
 * per self-check or assessment bank, each question's prompt, its options (or items and
 * categories) and what the answer key says; per case, its decision prompts, choice texts,
 * endings, care dimensions (with the score range reachable on each, to put a case on 0–100)
 * and the reflection checklist.
 *
 * Built from the content at build time (`src/lib/gradebook-texts.ts`) and served as one JSON
 * file per language (`instructors/class/texts.json`), fetched when the first results files are
 * read. `readClassTexts` checks the shape of what arrives; any part missing is shown by its id.
 */
import type { QuestionType } from '../quiz/types';
import { isObject } from '../guards';

export interface TextOption {
  readonly id: string;
  readonly text: string;
}

/** One question of a bank: enough to show an answer in words and tell a wrong choice. */
export interface QuestionTexts {
  readonly id: string;
  readonly type: QuestionType;
  readonly prompt: string;
  /** Choice options, or the items to order or to classify. */
  readonly options: readonly TextOption[];
  /** Matching: the categories. */
  readonly categories: readonly TextOption[];
  /** Choice questions: the correct option ids. */
  readonly correct: readonly string[];
  /** Matching: item id → correct category id. */
  readonly correctCategory: Readonly<Record<string, string>>;
  /** Numeric: the unit shown after the box ('' when none). */
  readonly unit: string;
}

export interface BankTexts {
  readonly questions: readonly QuestionTexts[];
}

export interface CaseTexts {
  readonly title: string;
  /** Care dimensions of the case with the range of points reachable on each. */
  readonly dimensions: readonly { readonly id: string; readonly min: number; readonly max: number }[];
  /** Decision node id → prompt. */
  readonly prompts: Readonly<Record<string, string>>;
  /** `"<node>/<choice>"` → the choice's text. */
  readonly choices: Readonly<Record<string, string>>;
  /** Ending node id → title and kind. */
  readonly endings: Readonly<Record<string, { readonly title: string; readonly kind: string }>>;
  readonly reflectionPrompt: string;
  /** Reflection checklist item id → text. */
  readonly checklist: Readonly<Record<string, string>>;
}

export interface ClassTexts {
  readonly banks: Readonly<Record<string, BankTexts>>;
  readonly cases: Readonly<Record<string, CaseTexts>>;
}

export const NO_TEXTS: ClassTexts = { banks: {}, cases: {} };

/**
 * The texts file as fetched: banks and cases whose shape is right are kept, any other part is
 * dropped (and then shown by its id). Never throws.
 */
export function readClassTexts(data: unknown): ClassTexts {
  if (!isObject(data)) return NO_TEXTS;
  const banks: [string, BankTexts][] = [];
  const cases: [string, CaseTexts][] = [];
  if (isObject(data['banks'])) {
    for (const [id, bank] of Object.entries(data['banks'])) {
      if (isObject(bank) && Array.isArray(bank['questions']) && bank['questions'].every(isQuestion))
        banks.push([id, bank as unknown as BankTexts]);
    }
  }
  if (isObject(data['cases'])) {
    for (const [id, c] of Object.entries(data['cases'])) {
      if (isCase(c)) cases.push([id, c]);
    }
  }
  return { banks: Object.fromEntries(banks), cases: Object.fromEntries(cases) };
}

const isOptions = (v: unknown) =>
  Array.isArray(v) && v.every((o) => isObject(o) && typeof o['id'] === 'string' && typeof o['text'] === 'string');
const isStrings = (v: unknown) => isObject(v) && Object.values(v).every((s) => typeof s === 'string');

function isQuestion(q: unknown): boolean {
  return (
    isObject(q) &&
    typeof q['id'] === 'string' &&
    typeof q['type'] === 'string' &&
    typeof q['prompt'] === 'string' &&
    isOptions(q['options']) &&
    isOptions(q['categories']) &&
    Array.isArray(q['correct']) &&
    isStrings(q['correctCategory']) &&
    typeof q['unit'] === 'string'
  );
}

function isCase(c: unknown): c is CaseTexts {
  return (
    isObject(c) &&
    typeof c['title'] === 'string' &&
    Array.isArray(c['dimensions']) &&
    c['dimensions'].every(
      (d) => isObject(d) && typeof d['id'] === 'string' && typeof d['min'] === 'number' && typeof d['max'] === 'number',
    ) &&
    isStrings(c['prompts']) &&
    isStrings(c['choices']) &&
    isObject(c['endings']) &&
    Object.values(c['endings']).every(
      (e) => isObject(e) && typeof e['title'] === 'string' && typeof e['kind'] === 'string',
    ) &&
    typeof c['reflectionPrompt'] === 'string' &&
    isStrings(c['checklist'])
  );
}
