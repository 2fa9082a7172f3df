/**
 * The search page's script: reads ?q=, asks Pagefind (the index of this page's language,
 * built after `astro build`), and lists the results. Result text is inserted as text, never
 * as HTML; Pagefind's <mark> highlights are rebuilt as elements.
 *
 * Pages say what they are with `data-pagefind-meta="kind:…"` (lesson, calculator, glossary,
 * case, hub); the kind is shown with each result. A glossary hit links to the term's own
 * heading (Pagefind's sub-results split the glossary at each term's `<h2 id>`).
 */
import { format } from '../i18n/format';
import { BASE, pageHref } from '../i18n/paths';
import { PAGEFIND_OPTIONS } from './search-options';

interface PagefindSubResult {
  url: string;
  title: string;
  excerpt: string;
  anchor?: { id: string };
  weighted_locations: { balanced_score: number }[];
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string; kind?: string };
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  data(): Promise<PagefindData>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
  options(options: typeof PAGEFIND_OPTIONS & { baseUrl: string }): Promise<void>;
  init?(): Promise<void>;
}

export const RESULT_KINDS = ['lesson', 'calculator', 'glossary', 'case', 'hub'] as const;

/** Letters and digits only, lower case: "Repeat-purchase rate" and "repeat purchase rate" compare equal. */
const bare = (text: string) => text.toLocaleLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * What one result shows: where it links, its title, its excerpt and the kind of page. A
 * glossary hit links to the entry of the term searched for (the entry whose heading holds
 * the query), or else to the entry with the most weighted hits.
 */
export function resultView(
  item: PagefindData,
  query: string,
): { href: string; title: string; excerpt: string; kind: string | undefined } {
  const kind = item.meta.kind;
  if (kind === 'glossary') {
    const q = bare(query);
    const score = (s: PagefindSubResult) =>
      (q && bare(s.title).includes(q) ? 1e9 : 0) + s.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
    const best = item.sub_results.filter((s) => s.anchor).sort((a, b) => score(b) - score(a))[0];
    if (best) return { href: pageHref(best.url), title: best.title, excerpt: best.excerpt, kind };
  }
  return { href: pageHref(item.url), title: item.meta.title ?? item.url, excerpt: item.excerpt, kind };
}

/**
 * Pagefind's index of Chinese text carries what the browser should not show: zero-width
 * spaces between the words it segmented, and the ". " it appends to every heading, list item
 * or paragraph that does not end in punctuation (to keep English excerpts readable). After
 * Chinese text that full stop is stray: it becomes a plain space.
 */
export function cleanExcerpt(excerpt: string): string {
  return excerpt
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/<\/mark>(\s*)<mark>/g, '$1')
    .replace(/(\p{Script=Han}(?:<\/?mark>)*)\.(?=\s|$)/gu, '$1');
}

/** Turn Pagefind's excerpt ("text <mark>hit</mark> text") into nodes without parsing HTML. */
export function excerptNodes(excerpt: string, doc: Document): Node[] {
  const nodes: Node[] = [];
  const parts = cleanExcerpt(excerpt).split(/<mark>|<\/mark>/);
  parts.forEach((part, i) => {
    const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
    if (!text) return;
    if (i % 2 === 1) {
      const mark = doc.createElement('mark');
      mark.textContent = text;
      nodes.push(mark);
    } else nodes.push(doc.createTextNode(text));
  });
  return nodes;
}

function decodeEntities(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39|#x27);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e] ?? '',
  );
}

export async function runSearch(): Promise<void> {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('q') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  if (!form || !input || !status || !list) return;
  const strings = JSON.parse(form.dataset['strings'] ?? '{}') as Record<string, string>;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (!query) return;

  let pagefind: Pagefind;
  try {
    const url = `${BASE}pagefind/pagefind.js`;
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Results link under the site's base (a sub-path, or a learning-platform package's folder).
    await pagefind.options({ ...PAGEFIND_OPTIONS, baseUrl: BASE });
    await pagefind.init?.();
  } catch {
    status.textContent = strings['search.failed'] ?? '';
    return;
  }
  const { results } = await pagefind.search(query);
  const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
  list.replaceChildren(
    ...data.map((item) => {
      const view = resultView(item, query);
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = view.href;
      link.textContent = view.title;
      const kindLabel = view.kind && strings[`search.kind.${view.kind}`];
      if (kindLabel) {
        const kind = document.createElement('span');
        kind.className = 'search-kind';
        kind.textContent = kindLabel;
        li.append(kind, ' ');
      }
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(view.excerpt, document));
      li.append(link, excerpt);
      return li;
    }),
  );
  status.textContent = format(strings[data.length ? 'search.results' : 'search.none'] ?? '', {
    n: results.length,
    q: query,
  });
}
