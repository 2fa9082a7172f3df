/**
 * The calculator tools that run only when asked for — share link, CSV export, print, present
 * mode, the question before a reset — kept out of the code a calculator page loads up front.
 */
import { decodeShare, encodeShare, MAX_SHARE_PARAM } from '../../domain/calculators/share';
import { toCsv } from '../../domain/csv';
import { sheetRows, type SheetItem } from '../../domain/calculators/sheet';
import { datedName, downloadText } from '../../browser/download';
import type { FieldIssue } from '../../domain/result';
import { format } from '../../i18n/format';
import { issueSentence } from '../../i18n/issues';
import { GENERAL, type Calc, type FrameProps } from './shell';
import { makeQr, type Qr } from '../../domain/qr';

export const readLink = decodeShare;
// The parts of the frame that show only once a tool is used.
export { ConfirmReset } from './ConfirmReset';
export { PresentBar } from './PresentViews';
export { LinkBox, QrFigure } from './SharePanel';

/**
 * The message for an issue the formulas report, in the page's language: the shared words for
 * the problems every form has (i18n/issues.ts), else the calculator's own `calc.err.<code>`.
 */
export function issueMessage(c: Calc, i: FieldIssue): string {
  const s = c.p.strings as Record<string, string | undefined>;
  // A blank paste asks for answers rather than for a value.
  const shared =
    i.code === 'required' && i.field === 'responses' ? null : issueSentence(i, s, c.p.locale, (x) => c.num(x, 6));
  if (shared !== null) return shared;
  const params: Record<string, string | number> = {};
  for (const [k, x] of Object.entries(i.params ?? {})) params[k] = typeof x === 'number' ? c.num(x, 6) : x;
  const code = i.code === 'required' && i.field === 'responses' ? 'noText' : i.code;
  return format(s[`calc.err.${code}`] ?? s['calc.err.other'] ?? code, params);
}

const wired = new WeakSet<HTMLElement>();

/**
 * Present mode on or off: large type filling the screen — full screen where the browser allows
 * it, otherwise the class alone fills the window. Leaving full screen (or Escape) ends it.
 */
export function present(el: HTMLElement | null, on: boolean, setPresent: (on: boolean) => void): void {
  if (!el) return;
  if (!wired.has(el)) {
    wired.add(el);
    document.addEventListener('fullscreenchange', () => document.fullscreenElement !== el && setPresent(false));
    // Escape leaves presenting wherever the focus is. A browser in full screen usually takes
    // Escape itself (fullscreenchange above); where the page receives it, full screen ends too.
    document.addEventListener(
      'keydown',
      (e) => e.key === 'Escape' && el.classList.contains('present') && present(el, false, setPresent),
    );
  }
  setPresent(on);
  if (on) {
    if (document.fullscreenEnabled && el.requestFullscreen) el.requestFullscreen().catch(() => {});
  } else if (document.fullscreenElement) {
    document.exitFullscreen().catch(() => {});
  }
}

/** The page's address carrying this calculator's fields, or null when they are too long for a link. */
function linkOf(
  c: Calc,
  share: FrameProps['share'],
  anchor: string,
): { href: string; note?: string | undefined } | null {
  const shared = share ? share(c.f) : { fields: c.f };
  const param = encodeShare(shared.fields);
  if (param.length > MAX_SHARE_PARAM) return null;
  const url = new URL(location.href);
  url.searchParams.set(c.p.name, param);
  url.hash = anchor;
  return { href: url.href, note: shared.note };
}

/** The share link and its QR code, for the room to open the same numbers on their phones. */
export async function roomLink(
  c: Calc,
  share: FrameProps['share'],
  anchor: string,
): Promise<{ link: string; qr: Qr | null }> {
  const made = linkOf(c, share, anchor);
  return made ? { link: made.href, qr: await makeQr(made.href) } : { link: '', qr: null };
}

/** The page's address carrying this calculator's fields, copied to the clipboard if allowed. */
export async function shareLink(
  c: Calc,
  share: FrameProps['share'],
  anchor: string,
): Promise<{ link: string; toast: string }> {
  const made = linkOf(c, share, anchor);
  if (!made) return { link: '', toast: c.t('calc.ui.shareTooLong') };
  const url = new URL(made.href);
  const shared = { note: made.note };
  let copied = false;
  try {
    await navigator.clipboard.writeText(url.href);
    copied = true;
  } catch {
    // No clipboard access (permissions, an old browser): the link is shown to copy by hand.
  }
  return {
    link: url.href,
    toast: [shared.note, c.t(copied ? 'calc.ui.copied' : 'calc.ui.copyByHand')].filter(Boolean).join(' '),
  };
}

/**
 * The calculator's inputs and result — or, without a result, the messages saying why — as a
 * spreadsheet-safe CSV file with a byte-order mark for Excel, built from the computed values.
 */
export function exportCsv(c: Calc, sheet: readonly SheetItem[] | null, issues: readonly FieldIssue[]): void {
  const why = [
    ...issues.filter((i) => GENERAL.test(i.field)).map((i) => issueMessage(c, i)),
    c.t(c.onlyBlank(issues) ? 'calc.ui.incomplete' : 'calc.ui.invalid'),
  ];
  const rows = sheetRows(
    { title: c.title(), field: c.t('calc.ui.csvField'), value: c.t('calc.ui.csvValue'), result: c.t('calc.ui.result') },
    [...c.shown.values()],
    sheet ?? why,
  );
  downloadText(datedName(c.p.name, 'csv'), toCsv(rows, { bom: true }), 'text/csv');
}

/**
 * Prints only this calculator (with its box's heading) under the page's main heading: everything
 * else on the page is hidden until printing ends.
 */
export function printOnly(root: HTMLElement | null): void {
  const hidden: Element[] = [];
  for (let n: Element | null = root?.closest('.calc-box') ?? root; n && n !== document.body; n = n.parentElement) {
    for (const sibling of Array.from(n.parentElement?.children ?? [])) {
      if (sibling !== n && sibling.tagName !== 'H1' && !sibling.classList.contains('calc-noprint')) {
        sibling.classList.add('calc-noprint');
        hidden.push(sibling);
      }
    }
  }
  addEventListener('afterprint', () => hidden.forEach((el) => el.classList.remove('calc-noprint')), { once: true });
  window.print();
}
