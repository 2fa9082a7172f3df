import { getCollection } from 'astro:content';
import type { Locale } from '../i18n';
import type { QuizBank, QuizQuestion } from '../domain/quiz';
import { reachableRanges } from '../domain/cases';
import type { BankTexts, CaseTexts, ClassTexts, QuestionTexts } from '../domain/instructors/texts';
import { allCases } from './cases';

function questionTexts(q: QuizQuestion, locale: Locale): QuestionTexts {
  const base = {
    id: q.id,
    type: q.type,
    prompt: q.prompt[locale],
    categories: [],
    correct: [],
    correctCategory: {},
    unit: '',
  };
  switch (q.type) {
    case 'singleChoice':
    case 'multipleChoice':
      return { ...base, options: q.options.map((o) => ({ id: o.id, text: o.text[locale] })), correct: q.correct };
    case 'ordering':
      return { ...base, options: q.items.map((o) => ({ id: o.id, text: o.text[locale] })) };
    case 'matching':
      return {
        ...base,
        options: q.items.map((o) => ({ id: o.id, text: o.text[locale] })),
        categories: q.categories.map((c) => ({ id: c.id, text: c.text[locale] })),
        correctCategory: q.correctCategory,
      };
    case 'numeric':
      return { ...base, options: [], unit: q.unit?.[locale] ?? '' };
  }
}

/**
 * Everything the class gradebook shows in words, in one language (see
 * `src/domain/instructors/texts.ts`): every question bank and every case.
 */
export async function classTexts(locale: Locale): Promise<ClassTexts> {
  const banks = (await getCollection('quizzes')).map((entry): [string, BankTexts] => [
    entry.id,
    { questions: (entry.data as QuizBank).questions.map((q) => questionTexts(q, locale)) },
  ]);
  const cases = (await allCases()).map((scenario): [string, CaseTexts] => {
    const ranges = reachableRanges(scenario);
    const prompts: [string, string][] = [];
    const choices: [string, string][] = [];
    const endings: [string, { title: string; kind: string }][] = [];
    for (const node of scenario.nodes) {
      if (node.type === 'decision') {
        prompts.push([node.id, node.prompt[locale]]);
        for (const choice of node.choices) choices.push([`${node.id}/${choice.id}`, choice.text[locale]]);
      } else if (node.type === 'ending') {
        endings.push([node.id, { title: node.title[locale], kind: node.kind }]);
      }
    }
    return [
      scenario.id,
      {
        title: scenario.title[locale],
        dimensions: scenario.dimensions.map(({ id }) => ({ id, min: ranges[id]?.min ?? 0, max: ranges[id]?.max ?? 0 })),
        prompts: Object.fromEntries(prompts),
        choices: Object.fromEntries(choices),
        endings: Object.fromEntries(endings),
        reflectionPrompt: scenario.reflection.prompt[locale],
        checklist: Object.fromEntries(scenario.reflection.checklist.map((item) => [item.id, item.text[locale]])),
      },
    ];
  });
  return { banks: Object.fromEntries(banks), cases: Object.fromEntries(cases) };
}
