// Integrity of the built site: every internal link and asset reference resolves to a file in
// dist/, and every #fragment names an element on the target page. Reads dist/ directly.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './support';

const BASE = process.env['BASE_PATH'] ?? '/';
const pages = builtPages();
const html = new Map(pages.map((p) => [p, readFileSync(join('dist', p, 'index.html'), 'utf8')]));
const idsOf = (text: string) => new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

function target(ref: string, from: string): { file: string; page: string | null; hash: string } | null {
  if (/^(https?:|mailto:|data:|blob:|javascript:)/.test(ref)) return null;
  const url = new URL(ref, `http://site${BASE}${from}`);
  if (url.host !== 'site') return null;
  let path = decodeURIComponent(url.pathname);
  if (!path.startsWith(BASE)) return { file: path, page: null, hash: '' };
  path = path.slice(BASE.length);
  const file = join('dist', path);
  if (existsSync(file) && statSync(file).isDirectory())
    return { file: join(file, 'index.html'), page: path, hash: url.hash.slice(1) };
  return { file, page: null, hash: url.hash.slice(1) };
}

describe('internal links', () => {
  it('there are pages to check', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  it.each(pages)('/%s: every link, script, stylesheet and #fragment resolves', (page) => {
    const text = html.get(page)!;
    const problems: string[] = [];
    for (const [, attr, ref] of text.matchAll(/\s(href|src|component-url|renderer-url)="([^"]*)"/g)) {
      if (!ref || (attr === 'href' && ref.startsWith('#') && ref.length === 1)) continue;
      const t = target(ref.replace(/&amp;/g, '&'), page);
      if (!t) continue;
      if (!existsSync(t.file)) {
        problems.push(`${ref} → missing`);
        continue;
      }
      if (t.hash) {
        const targetHtml = t.page === null ? '' : (html.get(t.page) ?? readFileSync(t.file, 'utf8'));
        const ids = t.page === page || ref.startsWith('#') ? idsOf(text) : idsOf(targetHtml);
        if (!ids.has(decodeURIComponent(t.hash))) problems.push(`${ref} → no element #${t.hash}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
