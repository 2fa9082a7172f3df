import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { glossaryTermSchema } from '../../src/schemas/glossary';

const terms = JSON.parse(readFileSync('content/glossary/terms.json', 'utf8')) as unknown[];
const parsed = terms.map((t) => glossaryTermSchema.parse(t));
const ids = new Set(parsed.map((t) => t.id));
const lessonText = (locale: string) =>
  readdirSync(join('content/lessons', locale)).map(
    (f) => [f, readFileSync(join('content/lessons', locale, f), 'utf8')] as const,
  );

describe('glossary', () => {
  it('has at least 40 valid terms with unique ids', () => {
    expect(parsed.length).toBeGreaterThanOrEqual(40);
    expect(ids.size).toBe(parsed.length);
  });

  it('"see also" names only existing terms', () => {
    for (const term of parsed) for (const id of term.related) expect(ids.has(id), `${term.id} → ${id}`).toBe(true);
  });

  it('Chinese names and definitions are in Chinese', () => {
    for (const term of parsed)
      expect(/\p{Script=Han}/u.test(term['zh-cn'].term + term['zh-cn'].definition), term.id).toBe(true);
  });

  it.each(['en', 'zh-cn'])('every <Term id> in the %s lessons exists', (locale) => {
    for (const [file, text] of lessonText(locale)) {
      for (const match of text.matchAll(/<Term id="([^"]+)"/g))
        expect(ids.has(match[1]!), `${file}: ${match[1]}`).toBe(true);
    }
  });
});
