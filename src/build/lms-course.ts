/**
 * Reads the course from the content files for the learning-platform packages: lessons (MDX
 * frontmatter), question banks, cases, and the names the site gives modules, the course and
 * the care-plan worksheet — in one language. The build has already checked the content against
 * its schemas; a file that still does not fit stops the packaging with its name.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { useTranslations, type UiKey } from '../i18n';
import type { Locale } from '../domain/locale';
import type { CourseInput, CourseModuleInput } from '../domain/lms/course';
import type { QuestionType } from '../domain/quiz/types';
import { COURSE_MODULES, type CourseModule } from '../domain/quiz/progress-types';

interface Frontmatter {
  title: string;
  summary: string;
  module: CourseModule;
  order: number;
}

function frontmatterOf(file: string): Frontmatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  const data = match ? (yaml.load(match[1]!) as Partial<Frontmatter> | null) : null;
  if (
    !data ||
    typeof data.title !== 'string' ||
    typeof data.summary !== 'string' ||
    !COURSE_MODULES.includes(data.module as CourseModule) ||
    typeof data.order !== 'number'
  )
    throw new Error(`${file}: the frontmatter needs a title, a summary, a module (A–F) and an order.`);
  return data as Frontmatter;
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

export function readCourse(root: string, locale: Locale): CourseInput {
  const t = useTranslations(locale);
  const lessonsDir = join(root, 'content', 'lessons', locale);
  const quizzesDir = join(root, 'content', 'quizzes');
  const lessons = readdirSync(lessonsDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ slug: f.slice(0, -'.mdx'.length), ...frontmatterOf(join(lessonsDir, f)) }))
    .sort((a, b) => a.module.localeCompare(b.module) || a.order - b.order || a.slug.localeCompare(b.slug));
  const modules = COURSE_MODULES.map((module): CourseModuleInput => {
    const assessmentId = `module-${module.toLowerCase()}-assessment`;
    const assessmentFile = join(quizzesDir, `${assessmentId}.json`);
    const passMark = existsSync(assessmentFile) ? readJson(assessmentFile)['passMark'] : undefined;
    return {
      module,
      title: t(`module.${module}` as UiKey),
      lessons: lessons
        .filter((l) => l.module === module)
        .map((l) => ({
          slug: l.slug,
          title: l.title,
          quizId: existsSync(join(quizzesDir, `${l.slug}.json`)) ? l.slug : undefined,
        })),
      assessment: existsSync(assessmentFile)
        ? { quizId: assessmentId, passMark: typeof passMark === 'number' ? passMark : undefined }
        : undefined,
    };
  });
  const casesDir = join(root, 'content', 'cases');
  const cases = readdirSync(casesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const data = readJson(join(casesDir, f)) as {
        id?: unknown;
        title?: Record<string, string>;
        summary?: Record<string, string>;
      };
      const title = data.title?.[locale];
      const summary = data.summary?.[locale];
      if (typeof data.id !== 'string' || typeof title !== 'string' || typeof summary !== 'string')
        throw new Error(`${join(casesDir, f)}: a case needs an id, and a title and summary in ${locale}.`);
      return { id: data.id, title, summary };
    });
  return {
    locale,
    title: t('site.title'),
    description: t('site.tagline'),
    modules,
    cases,
    worksheet: { title: t('worksheet.title'), summary: t('worksheet.summary') },
  };
}

/** Each question bank's question types by question id, for the interactions an item reports. */
export function readQuestionTypes(root: string): Record<string, Record<string, QuestionType>> {
  const dir = join(root, 'content', 'quizzes');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => {
        const bank = readJson(join(dir, f)) as { id?: unknown; questions?: unknown };
        if (typeof bank.id !== 'string' || !Array.isArray(bank.questions))
          throw new Error(`${join(dir, f)}: a question bank needs an id and a list of questions.`);
        const types = (bank.questions as { id?: unknown; type?: unknown }[]).map((q) => {
          if (typeof q.id !== 'string' || typeof q.type !== 'string')
            throw new Error(`${join(dir, f)}: every question needs an id and a type.`);
          return [q.id, q.type as QuestionType] as const;
        });
        return [bank.id, Object.fromEntries(types)] as const;
      }),
  );
}
