/**
 * What sharing shows — the link to copy and the QR code to scan — loaded with the sharing tools
 * the first time someone shares or presents, not with the calculator.
 */
import type { Qr } from '../../domain/qr';
import type { Calc } from './shell';

/** The share link in a read-only field that selects itself when focused. */
export function LinkBox({ c, rootId, link }: { c: Calc; rootId: string; link: string }) {
  return (
    <p class="calc-link">
      <label for={`${rootId}-link`}>{c.t('calc.ui.link')}</label>
      <input id={`${rootId}-link`} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
    </p>
  );
}

/** The QR code of the room's link: beside the result when presenting, under the link otherwise. */
export function QrFigure({ c, room, present }: { c: Calc; room: { link: string; qr: Qr }; present: boolean }) {
  if (!('path' in room.qr)) return null;
  return (
    <figure class={present ? 'present-qr' : 'calc-qr'}>
      <svg
        viewBox={`0 0 ${room.qr.size} ${room.qr.size}`}
        role="img"
        aria-label={c.t('calc.ui.scan')}
        shape-rendering="crispEdges"
        data-link={room.link}
      >
        <rect width={room.qr.size} height={room.qr.size} fill="#ffffff" />
        <path d={room.qr.path} fill="#000000" />
      </svg>
      <figcaption>{c.t('calc.ui.scan')}</figcaption>
    </figure>
  );
}
