import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// Browser code must not pull in the full UI dictionaries (src/i18n/index.ts imports every
// string of both languages) or build-time schemas (astro/zod): islands get their strings as
// props, picked on the server, and validate with domain code.
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f))
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
