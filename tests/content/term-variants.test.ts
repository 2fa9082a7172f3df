/**
 * One Chinese name per concept: content/glossary/variants.json lists, per glossary term, the
 * forms to write and the variants to avoid. No variant may appear in any text under content/
 * (lessons in both languages, quizzes, cases, glossary) or src/i18n/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { glossaryTermSchema } from '../../src/schemas/glossary';
import { termVariantsSchema } from '../../src/schemas/variants';

const VARIANTS = 'content/glossary/variants.json';
const parsed = termVariantsSchema.safeParse(JSON.parse(readFileSync(VARIANTS, 'utf8')));
const variants = parsed.success ? parsed.data : {};
const glossary = (JSON.parse(readFileSync('content/glossary/terms.json', 'utf8')) as unknown[]).map((t) =>
  glossaryTermSchema.parse(t),
);

/** Spaces do not separate a variant: "项目A" and "项目 A" are the same slip. */
const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');

interface Hit {
  readonly line: number;
  readonly variant: string;
  readonly use: readonly string[];
}

function findVariants(text: string): Hit[] {
  const hits: Hit[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = squeeze(raw);
    for (const entry of Object.values(variants)) {
      for (const variant of entry.avoid)
        if (line.includes(squeeze(variant))) hits.push({ line: i + 1, variant, use: entry.use });
    }
  });
  return hits;
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (/\.(mdx?|json|ya?ml|ts)$/.test(name) && path !== join(VARIANTS)) yield path;
  }
}
const files = [...walk('content'), ...walk('src/i18n')];

describe('one Chinese name per concept', () => {
  it('variants.json matches its schema', () => {
    const issues = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual([]);
  });

  it('every entry names a glossary term, and the glossary entry writes each form to use', () => {
    const problems: string[] = [];
    for (const [id, entry] of Object.entries(variants)) {
      const term = glossary.find((t) => t.id === id);
      if (!term) {
        problems.push(`${id}: no glossary term has this id`);
        continue;
      }
      const text = squeeze(term['zh-cn'].term + term['zh-cn'].definition);
      for (const form of entry.use)
        if (!text.includes(squeeze(form))) problems.push(`${id}: the glossary entry does not write "${form}"`);
    }
    expect(problems).toEqual([]);
  });

  it('no form to use contains a variant to avoid', () => {
    const all = Object.values(variants);
    const clashes = all.flatMap((a) =>
      a.use.flatMap((form) =>
        all.flatMap((b) => b.avoid.filter((v) => squeeze(form).includes(squeeze(v))).map((v) => `${form} ⊃ ${v}`)),
      ),
    );
    expect(clashes).toEqual([]);
  });

  it('the scan catches a variant, with or without spaces', () => {
    expect(findVariants('首先，\n方案 B 比项目A 挽回得多。').map((h) => [h.line, h.variant])).toEqual([[2, '项目 A']]);
    expect(findVariants('方案 A 和方案 B 都用了人性化关心。')).toEqual([]);
  });

  it('scans the lessons, quizzes, cases, glossary and UI strings', () => {
    for (const dir of [
      'content/lessons/zh-cn',
      'content/lessons/en',
      'content/quizzes',
      'content/cases',
      'content/glossary',
      'src/i18n/features',
    ]) {
      expect(
        files.some((f) => f.startsWith(join(dir))),
        dir,
      ).toBe(true);
    }
  });

  it.each(files)('%s writes no variant', (file) => {
    const hits = findVariants(readFileSync(file, 'utf8')).map(
      (h) => `${file}:${h.line}: "${h.variant}" — write ${h.use.map((u) => `"${u}"`).join(' / ')}`,
    );
    expect(hits).toEqual([]);
  });
});
