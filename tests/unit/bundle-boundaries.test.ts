import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// Browser code must not pull in the full UI dictionaries (src/i18n/index.ts imports every
// string of both languages) or build-time schemas (astro/zod): islands get their strings as
// props, picked on the server, and validate with domain code.
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|astro)$/.test(f))
    .map((f) => join(dir, f));

describe('what browser code may import', () => {
  const browserFiles = [...files('src/islands'), ...files('src/stores'), ...files('src/domain')];

  it.each(browserFiles)('%s does not import the UI dictionaries or astro', (file) => {
    const text = readFileSync(file, 'utf8');
    const valueImports = text.split('\n').filter((line) => /^import (?!type )/.test(line));
    for (const line of valueImports) {
      expect(line, file).not.toMatch(/from '(\.\.\/)+i18n'|from '(\.\.\/)+i18n\/(en|zh-cn|index)'/);
      expect(line, file).not.toMatch(/from 'astro(:|\/zod)|from '(\.\.\/)+schemas\/(quiz|case|lesson|glossary)'/);
    }
  });
});

describe('the domain layer stands alone', () => {
  // Rules, formulas and file formats run in Node tests, in the build and in any island: no UI
  // framework, no stores, no Astro, no browser globals.
  const stripComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

  it.each(files('src/domain'))('%s imports no Preact, Astro or nanostores and touches no DOM', (file) => {
    const code = stripComments(readFileSync(file, 'utf8'));
    const specifiers = [...code.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]);
    for (const specifier of specifiers) {
      expect(specifier, file).not.toMatch(/^(preact|@preact\/|astro|@astrojs\/|nanostores|@nanostores\/)/);
      expect(specifier, file).not.toMatch(/(\.\.\/)+(islands|stores|components|pages|layouts|lib)(\/|$)/);
    }
    expect(code, file).not.toMatch(/\b(document|window|localStorage|sessionStorage|navigator)\s*\./);
  });
});

describe('build time and the browser stay apart', () => {
  // src/lib runs at build time (content queries); islands, stores and page scripts (src/browser)
  // run in the browser. Neither side imports the other.
  const specifiersOf = (file: string) =>
    [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]);

  it.each([...files('src/islands'), ...files('src/stores'), ...files('src/browser')])(
    '%s imports nothing from src/lib',
    (file) => {
      for (const specifier of specifiersOf(file)) expect(specifier, file).not.toMatch(/(\.\.\/)+lib(\/|$)/);
    },
  );

  it.each(files('src/lib'))('%s imports nothing from the islands, stores or page scripts', (file) => {
    for (const specifier of specifiersOf(file))
      expect(specifier, file).not.toMatch(/(\.\.\/)+(islands|stores|browser)(\/|$)/);
  });
});

describe('islands load no build-time schema', () => {
  it.each(files('src/islands'))('%s imports (statically or lazily) no content schema', (file) => {
    const code = readFileSync(file, 'utf8');
    const specifiers = [...code.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]);
    for (const specifier of specifiers) {
      expect(specifier, file).not.toMatch(/schemas\/(quiz|case|lesson|glossary|variants)$|^astro:content$/);
    }
  });
});

describe('numbers reach people through src/i18n/numbers.ts', () => {
  // One formatting module on Intl: the UI layers neither call toFixed nor round a figure by hand
  // for display (a share × 100 rounded, or a value × 10 rounded and divided back).
  const uiFiles = [...files('src/islands'), ...files('src/components'), ...files('src/pages'), ...files('src/layouts')];
  const handRounding = /\.toFixed\(|Math\.round\([^)]*\*\s*10+\s*\)\s*\/\s*10+|Math\.round\(\([^)]*\)\s*\*\s*100\)/;

  it.each(uiFiles)('%s formats no number by hand', (file) => {
    expect(readFileSync(file, 'utf8'), file).not.toMatch(handRounding);
  });

  it('the check catches each hand-made form it names', () => {
    for (const code of ['x.toFixed(1)', 'Math.round(n * 10) / 10', 'Math.round((a / b) * 100)'])
      expect(code).toMatch(handRounding);
  });
});
