import { getCollection } from 'astro:content';
import { useTranslations, type Locale, type UiKey } from '../i18n';
import { ASSIGNABLE_CALCULATORS, presetNames } from './calculators';
import { allCases } from './cases';
import { lessonsIn, slugOf } from './lessons';
import { localePath } from '../i18n/paths';
import type { CatalogueItem } from '../domain/instructors/catalogue';

/**
 * Everything an assignment can include, in one language: cases, the care-plan worksheet,
 * calculators, lesson self-checks (banks whose id is a lesson's slug) and module assessments,
 * each with its title and the page it is done on.
 */
export async function assignmentCatalogue(locale: Locale): Promise<CatalogueItem[]> {
  const t = useTranslations(locale);
  const banks = await getCollection('quizzes');
  const lessons = await lessonsIn(locale);
  // A case or calculator belongs to the module of the first lesson (in course order) that embeds it.
  const moduleOf = (pattern: RegExp): { module?: string } => {
    const lesson = lessons.find((l) => pattern.test(l.body ?? ''));
    return lesson ? { module: lesson.data.module } : {};
  };
  const caseModule = (id: string) => moduleOf(new RegExp(`<CaseLink\\s+id="${id}"|cases/${id}/`));
  const cases = (await allCases()).map((c): CatalogueItem => ({
    kind: 'case',
    id: c.id,
    label: c.title[locale],
    href: localePath(locale, `cases/${c.id}/`),
    ...caseModule(c.id),
  }));
  const worksheet: CatalogueItem = {
    kind: 'worksheet',
    id: 'ww-care-plan',
    label: t('worksheet.title'),
    href: localePath(locale, 'cases/ww-care-plan/'),
    ...caseModule('ww-care-plan'),
  };
  const calculators = ASSIGNABLE_CALCULATORS.map((name): CatalogueItem => ({
    kind: 'calculator',
    id: name,
    label: t(`calc.${name}.title` as UiKey),
    href: localePath(locale, `tools/${name}/`),
    ...moduleOf(new RegExp(`<Calculator\\s+name="${name}"`)),
    ...(presetNames(name).includes('worked-example') ? { hasPreset: true } : {}),
  }));
  const selfChecks = lessons.flatMap((lesson): CatalogueItem[] => {
    const slug = slugOf(lesson);
    const bank = banks.find((b) => b.id === slug && b.data.kind === 'self-check');
    return bank
      ? [
          {
            kind: 'selfCheck',
            id: slug,
            label: lesson.data.title,
            href: localePath(locale, `lessons/${slug}/`),
            module: lesson.data.module,
          },
        ]
      : [];
  });
  const assessments = banks
    .filter((b) => b.data.kind === 'assessment' && /^module-[a-f]-assessment$/.test(b.id))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((b): CatalogueItem => {
      const letter = b.id.slice('module-'.length, 'module-'.length + 1);
      return {
        kind: 'assessment',
        id: b.id,
        label: t('inst.item.assessmentOf').replace('{module}', letter.toUpperCase()),
        href: localePath(locale, `assessments/${letter}/`),
        module: letter.toUpperCase(),
      };
    });
  return [...cases, worksheet, ...calculators, ...selfChecks, ...assessments];
}
