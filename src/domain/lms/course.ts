/**
 * The course as items of a learning-platform package (SCORM 1.2, SCORM 2004, cmi5).
 *
 * One item per module (its lessons, their self-checks and the module assessment), one per case
 * role-play and one for the care-plan worksheet. An item launches one page of the static site,
 * in the package's language; its mastery score is the pass mark the site itself uses (the
 * module assessment's, 70% when a bank sets none). Cases and the worksheet have no mastery
 * score: they are complete when finished.
 *
 * Inputs are plain data read from the content files, so this module has no file access.
 */
import { passMarkOf } from '../quiz/display';
import type { Locale } from '../locale';
import type { CourseModule } from '../quiz/progress-types';
import type { QuestionType } from '../quiz/types';

export type LmsStandard = 'scorm12' | 'scorm2004' | 'cmi5';
export const LMS_STANDARDS: readonly LmsStandard[] = ['scorm12', 'scorm2004', 'cmi5'];

export interface CourseLesson {
  readonly slug: string;
  readonly title: string;
  /** Id of the lesson's self-check bank, when it has one. */
  readonly quizId?: string | undefined;
}

export interface CourseModuleInput {
  readonly module: CourseModule;
  readonly title: string;
  /** Lessons in course order. */
  readonly lessons: readonly CourseLesson[];
  readonly assessment?: { readonly quizId: string; readonly passMark?: number | undefined } | undefined;
}

export interface CourseCase {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
}

export interface CourseInput {
  readonly locale: Locale;
  readonly title: string;
  readonly description: string;
  readonly modules: readonly CourseModuleInput[];
  readonly cases: readonly CourseCase[];
  readonly worksheet: { readonly title: string; readonly summary: string };
}

export type LmsItemKind = 'module' | 'case' | 'worksheet';

export interface LmsItem {
  /** Stable identifier, the same in every language and standard: `module-a`, `case-distributor`, `worksheet`. */
  readonly id: string;
  readonly kind: LmsItemKind;
  readonly title: string;
  readonly description: string;
  /** Page the item opens, relative to the package root (`lessons/…/index.html`, `zh-cn/…`). */
  readonly launch: string;
  /** Share (0–1) of the assessment's points needed to pass; null when the item has no score. */
  readonly masteryScore: number | null;
  /** Lesson slugs the item covers (modules only). */
  readonly lessons: readonly string[];
  /** Question banks whose attempts the item reports: lesson self-checks, then the assessment. */
  readonly quizIds: readonly string[];
  /** The assessment bank that gives the item its score, if any. */
  readonly assessmentId: string | null;
  /** The case whose plays the item reports (cases only). */
  readonly caseId: string | null;
}

/** Path of a site page in a language, relative to the package root, ending in index.html. */
export function pagePath(locale: Locale, route: string): string {
  const prefix = locale === 'en' ? '' : `${locale}/`;
  const clean = route.replace(/^\/+|\/+$/g, '');
  return `${prefix}${clean === '' ? '' : `${clean}/`}index.html`;
}

/** The package's items, in course order: modules A–F, then the cases, then the worksheet. */
export function courseItems(course: CourseInput): LmsItem[] {
  const modules = course.modules
    .filter((m) => m.lessons.length > 0 || m.assessment !== undefined)
    .map((m): LmsItem => {
      const first = m.lessons[0];
      const letter = m.module.toLowerCase();
      return {
        id: `module-${letter}`,
        kind: 'module',
        title: `${m.module}. ${m.title}`,
        description: m.lessons.map((l) => l.title).join(' · '),
        launch: pagePath(course.locale, first === undefined ? `assessments/${letter}` : `lessons/${first.slug}`),
        masteryScore: m.assessment === undefined ? null : passMarkOf({ passMark: m.assessment.passMark }),
        lessons: m.lessons.map((l) => l.slug),
        quizIds: [
          ...m.lessons.flatMap((l) => (l.quizId === undefined ? [] : [l.quizId])),
          ...(m.assessment === undefined ? [] : [m.assessment.quizId]),
        ],
        assessmentId: m.assessment?.quizId ?? null,
        caseId: null,
      };
    });
  const cases = course.cases.map((c): LmsItem => ({
    id: `case-${c.id}`,
    kind: 'case',
    title: c.title,
    description: c.summary,
    launch: pagePath(course.locale, `cases/${c.id}`),
    masteryScore: null,
    lessons: [],
    quizIds: [],
    assessmentId: null,
    caseId: c.id,
  }));
  const worksheet: LmsItem = {
    id: 'worksheet',
    kind: 'worksheet',
    title: course.worksheet.title,
    description: course.worksheet.summary,
    launch: pagePath(course.locale, 'cases/ww-care-plan'),
    masteryScore: null,
    lessons: [],
    quizIds: [],
    assessmentId: null,
    caseId: null,
  };
  return [...modules, ...cases, worksheet];
}

/** The file, at the package root, that tells the pages' run-time about the course. */
export const LMS_COURSE_FILE = 'lms-course.json';

export interface LmsCourseFile {
  readonly items: Readonly<Record<Locale, readonly LmsItem[]>>;
  /** Question types by bank id and question id. */
  readonly questionTypes: Readonly<Record<string, Readonly<Record<string, QuestionType>>>>;
}

/**
 * The item a page belongs to (path relative to the package root, as in `LmsItem.launch`): the
 * item it launches, else the module of a lesson or assessment page, the case of a case page.
 * Null for pages outside every item (the glossary, search…).
 */
export function itemOfPage(items: readonly LmsItem[], path: string): LmsItem | null {
  const clean = path.replace(/^\/+/, '').replace(/(^|\/)$/, '$1index.html');
  const direct = items.find((item) => item.launch === clean);
  if (direct !== undefined) return direct;
  const route = /^(?:[a-z]{2}(?:-[a-z]+)?\/)?(lessons|assessments|cases)\/([^/]+)\/index\.html$/.exec(clean);
  if (route === null) return null;
  const [, section, slug] = route as unknown as [string, string, string];
  if (section === 'lessons') return items.find((item) => item.lessons.includes(slug)) ?? null;
  if (section === 'assessments') return items.find((item) => item.id === `module-${slug}`) ?? null;
  return items.find((item) => item.caseId === slug) ?? null;
}
