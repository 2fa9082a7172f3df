// The layout bars, checked on every built page: nothing scrolls sideways, the header stays a
// compact app bar on phones, and every visible interactive target is at least 24 × 24 CSS px
// (WCAG 2.2 AA 2.5.8; links inside running text are the standard's "inline" exception).
import type { Page } from 'playwright-core';
import { builtPages } from './support';

export const WIDTHS = [320, 390, 1366, 1920] as const;
const PHONE = 640;

/** The pages of one language: English at the root, Chinese under zh-cn/. */
export function pagesOf(locale: 'en' | 'zh-cn'): string[] {
  return builtPages().filter((p) => (locale === 'zh-cn' ? p.startsWith('zh-cn/') : !p.startsWith('zh-cn/')));
}

/** What breaks the layout bars on the page as it is now (run in the browser). */
function inspect(phone: boolean): string[] {
  const problems: string[] = [];
  const vw = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > vw)
    problems.push(`page is ${document.documentElement.scrollWidth} px wide in a ${vw} px viewport`);
  const describe = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const cls =
      typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
  };
  // Inside a scroll container (overflow-x auto/scroll/hidden) an element may extend past the viewport.
  const clipped = (el: Element) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
    }
    return false;
  };
  const visible = (el: Element) => {
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden' || s.display === 'none') return false;
    const r = el.getBoundingClientRect();
    return (
      r.width > 0 &&
      r.height > 0 &&
      !el.closest('[popover]:not(:popover-open), .visually-hidden, [hidden], details:not([open]) > :not(summary)')
    );
  };
  let wide = 0;
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || (r.right <= vw + 1 && r.left >= -1)) continue;
    if (!visible(el) || clipped(el)) continue;
    if (wide++ < 3) problems.push(`${describe(el)} reaches ${Math.round(r.left)}–${Math.round(r.right)} px`);
  }
  const header = document.querySelector('.site-header');
  if (phone && header && header.getBoundingClientRect().height > 64)
    problems.push(`header is ${Math.round(header.getBoundingClientRect().height)} px tall`);
  const inline = (el: Element) => {
    if (el.tagName !== 'A' && el.tagName !== 'BUTTON') return false;
    if (getComputedStyle(el).display !== 'inline') return false;
    const parent = el.parentElement;
    // A link in a sentence: its block has more text than the link itself.
    const block = parent?.closest('p, li, td, th, dd, figcaption, label, legend, small, span');
    return !!block && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 1;
  };
  let small = 0;
  for (const el of document.querySelectorAll(
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex="0"]',
  )) {
    if (!visible(el) || inline(el)) continue;
    const target =
      el.tagName === 'INPUT' && ['checkbox', 'radio'].includes((el as HTMLInputElement).type)
        ? (el.closest('label, li, .choice') ?? el)
        : el;
    const r = target.getBoundingClientRect();
    if (r.width < 24 - 0.5 || r.height < 24 - 0.5) {
      if (small++ < 3) problems.push(`target ${describe(el)} is ${Math.round(r.width)} × ${Math.round(r.height)} px`);
    }
  }
  return problems;
}

/**
 * Checks the page at each width by resizing the viewport (media queries re-apply on resize, so
 * this is the page a reader at that width sees). Call it on a page just loaded at the first
 * width; the viewport is left at the last.
 */
export async function layoutProblems(page: Page, path: string, widths: readonly number[] = WIDTHS): Promise<string[]> {
  const problems: string[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: width < PHONE ? 844 : 1000 });
    for (const what of await page.evaluate(inspect, width < PHONE)) problems.push(`${width}px /${path}: ${what}`);
  }
  return problems;
}

/** The viewport to load a page in before `layoutProblems`: the first width's. */
export const firstViewport = (widths: readonly number[] = WIDTHS) => ({
  width: widths[0]!,
  height: widths[0]! < PHONE ? 844 : 1000,
});
