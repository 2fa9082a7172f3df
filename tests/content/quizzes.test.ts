import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quizBankSchema, describeKeyIssue } from '../../src/schemas/quiz';
import { checkAnswerKeys } from '../../src/domain/quiz';

const ROOT = 'content/quizzes';
const files = readdirSync(ROOT)
  .filter((f) => f.endsWith('.json'))
  .sort();
const lessonSlugs = new Set(readdirSync('content/lessons/en').map((f) => f.replace(/\.mdx$/, '')));
const pageText = readdirSync('src/pages', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.astro'))
  .map((f) => readFileSync(join('src/pages', f), 'utf8'))
  .join('\n');
const mdxText = readdirSync('content/lessons/en')
  .map((f) => readFileSync(join('content/lessons/en', f), 'utf8'))
  .join('\n');

describe('question banks', () => {
  it.each(files)('%s is a valid bank whose id matches its file name', (file) => {
    const raw = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
    const parsed = quizBankSchema.safeParse(raw);
    if (!parsed.success)
      throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
    expect(checkAnswerKeys(parsed.data).map(describeKeyIssue)).toEqual([]);
    expect(parsed.data.id).toBe(file.replace(/\.json$/, ''));
  });

  it.each(files)('%s is used: by a lesson, as a module assessment, or by a page', (file) => {
    const id = file.replace(/\.json$/, '');
    const used =
      mdxText.includes(`id="${id}"`) ||
      /^module-[a-f]-assessment$/.test(id) ||
      pageText.includes(`"${id}"`) ||
      pageText.includes(`'${id}'`);
    expect(used).toBe(true);
  });

  it.each(['a', 'b', 'c', 'd', 'e', 'f'])('module %s has an assessment with a pass mark', (m) => {
    const bank = JSON.parse(readFileSync(join(ROOT, `module-${m}-assessment.json`), 'utf8'));
    expect(bank.kind).toBe('assessment');
    expect(bank.passMark).toBeGreaterThan(0);
  });

  it('a lesson self-check has at least four questions', () => {
    for (const file of files) {
      const bank = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
      if (bank.kind === 'self-check' && lessonSlugs.has(bank.id))
        expect(bank.questions.length, file).toBeGreaterThanOrEqual(4);
    }
  });
});
