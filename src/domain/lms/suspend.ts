/**
 * What a learning platform keeps for one item between sessions (`cmi.suspend_data`), so a
 * learner resumes on another device: the saved progress that belongs to the item — the lessons
 * marked done and the quiz records of a module, the plays of a case, the care-plan worksheet.
 *
 * Format: `z1:` then the snapshot as JSON, deflated (raw) and in base64. SCORM 1.2 allows 4,096
 * characters, SCORM 2004 64,000; cmi5 keeps state in the platform's xAPI State API, where the
 * same text is stored. When the snapshot does not fit, it is summarised step by step, the least
 * needed first: per-question points, then the answers of the latest attempts (the scores stay),
 * then case reflections, then older case attempts, then the worksheet's free-text answers. The
 * steps taken are returned, so the page can say what was left out.
 *
 * Decoding trusts nothing: the text must carry the prefix, inflate, parse, and each part must
 * pass the same validation as the browser's own saved data.
 */
import { fail, ok, type Validated } from '../result';
import { validateProgress } from '../progress';
import { validateSavedQuizzes } from '../quiz/saved';
import type { QuizRecords } from '../quiz/record';
import { validateSavedCases, type SavedCase } from '../cases/saved';
import { validateWorksheet, type Worksheet } from '../worksheet/worksheet';

/** cmi.suspend_data limits in characters. */
export const SUSPEND_LIMITS = { scorm12: 4096, scorm2004: 64_000 } as const;

export interface ItemSnapshot {
  /** Lessons marked done: slug → ISO time. */
  readonly lessons: Readonly<Record<string, { readonly completedAt: string }>>;
  readonly quizzes: QuizRecords;
  readonly cases: Readonly<Record<string, SavedCase>>;
  readonly worksheet: Worksheet | null;
}

export const SUMMARY_STEPS = [
  'questionPoints',
  'latestAnswers',
  'caseReflections',
  'olderCaseAttempts',
  'worksheetAnswers',
] as const;
export type SummaryStep = (typeof SUMMARY_STEPS)[number];

const PREFIX = 'z1:';

function mapValues<T, U>(record: Readonly<Record<string, T>>, f: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
}

function summarise(snapshot: ItemSnapshot, step: SummaryStep): ItemSnapshot {
  switch (step) {
    case 'questionPoints':
      return {
        ...snapshot,
        quizzes: mapValues(snapshot.quizzes, ({ best, latest }) => {
          const { questions: _dropped, ...rest } = latest;
          return { best, latest: rest };
        }),
      };
    case 'latestAnswers':
      return {
        ...snapshot,
        quizzes: mapValues(snapshot.quizzes, ({ best, latest }) => ({ best, latest: { ...latest, answers: {} } })),
      };
    case 'caseReflections':
      return {
        ...snapshot,
        cases: mapValues(snapshot.cases, (c) => ({
          ...c,
          attempts: c.attempts.map((a) => ({ ...a, reflection: { ...a.reflection, text: '' } })),
        })),
      };
    case 'olderCaseAttempts':
      return { ...snapshot, cases: mapValues(snapshot.cases, (c) => ({ ...c, attempts: c.attempts.slice(-1) })) };
    case 'worksheetAnswers':
      return snapshot.worksheet === null
        ? snapshot
        : {
            ...snapshot,
            worksheet: {
              ...snapshot.worksheet,
              answers: mapValues(snapshot.worksheet.answers, () => '') as Worksheet['answers'],
            },
          };
  }
}

async function deflate(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

async function inflate(base64: string): Promise<string> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}

export interface Encoded {
  readonly data: string;
  /** Summary steps taken to fit the limit, in order; empty when everything fitted. */
  readonly summarised: readonly SummaryStep[];
}

/**
 * The snapshot as suspend data within `limit` characters, summarised as far as needed; null
 * when even the fully summarised snapshot does not fit (the page then keeps it in the browser only).
 */
export async function encodeSuspendData(snapshot: ItemSnapshot, limit: number): Promise<Encoded | null> {
  let current = snapshot;
  const summarised: SummaryStep[] = [];
  for (let i = 0; ; i += 1) {
    const data = PREFIX + (await deflate(JSON.stringify(current)));
    if (data.length <= limit) return { data, summarised };
    const step = SUMMARY_STEPS[i];
    if (step === undefined) return null;
    current = summarise(current, step);
    summarised.push(step);
  }
}

/** The snapshot in suspend data, checked part by part; an issue names the part that is wrong. */
export async function decodeSuspendData(data: string): Promise<Validated<ItemSnapshot>> {
  if (data === '') return ok({ lessons: {}, quizzes: {}, cases: {}, worksheet: null });
  if (!data.startsWith(PREFIX)) return fail({ field: '', code: 'unknownFormat' });
  let parsed: unknown;
  try {
    parsed = JSON.parse(await inflate(data.slice(PREFIX.length)));
  } catch {
    return fail({ field: '', code: 'unreadable' });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return fail({ field: '', code: 'notAnObject' });
  const { lessons, quizzes, cases, worksheet } = parsed as Record<string, unknown>;
  const progress = validateProgress({ lessons, lastLesson: null });
  if (!progress.ok) return progress;
  const quizRecords = validateSavedQuizzes({ records: quizzes });
  if (!quizRecords.ok) return quizRecords;
  const savedCases = validateSavedCases({ cases });
  if (!savedCases.ok) return savedCases;
  let sheet: Worksheet | null = null;
  if (worksheet !== null && worksheet !== undefined) {
    const checked = validateWorksheet(worksheet);
    if (!checked.ok) return checked;
    sheet = checked.value;
  }
  return ok({
    lessons: progress.value.lessons,
    quizzes: quizRecords.value.records,
    cases: savedCases.value.cases,
    worksheet: sheet,
  });
}
