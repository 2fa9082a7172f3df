/**
 * The search page's script: reads ?q=, asks Pagefind (the index of this page's language,
 * built after `astro build`), and lists the results. Result text is inserted as text, never
 * as HTML; Pagefind's <mark> highlights are rebuilt as elements.
 */
import { format } from '../i18n/format';
import { BASE } from '../i18n/paths';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
  init?(): Promise<void>;
}

/** Turn Pagefind's excerpt ("text <mark>hit</mark> text") into nodes without parsing HTML. */
export function excerptNodes(excerpt: string, doc: Document): Node[] {
  const nodes: Node[] = [];
  const parts = excerpt.split(/<mark>|<\/mark>/);
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
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e] ?? '');
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
    await pagefind.init?.();
  } catch {
    status.textContent = strings['search.failed'] ?? '';
    return;
  }
  const { results } = await pagefind.search(query);
  const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
  list.replaceChildren(
    ...data.map((item) => {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = item.url;
      link.textContent = item.meta.title ?? item.url;
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(item.excerpt, document));
      li.append(link, excerpt);
      return li;
    }),
  );
  status.textContent = format(strings[data.length ? 'search.results' : 'search.none'] ?? '', { n: results.length, q: query });
}
