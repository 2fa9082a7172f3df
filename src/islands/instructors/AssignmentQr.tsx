import { useEffect, useState } from 'preact/hooks';
import { makeQr, type Qr as Made } from '../../domain/qr';

export const QR_KEYS = ['inst.qr.title', 'inst.qr.tooLong', 'inst.qr.failed'] as const;
type Strings = Record<(typeof QR_KEYS)[number], string>;

/**
 * A QR code of the link, made in the browser as soon as there is a link (the generator loads
 * then, after the instructor has asked for a link, so the page's first load does not carry it).
 */
export default function AssignmentQr({ link, strings }: { link: string; strings: Strings }) {
  const [made, setMade] = useState<{ link: string; qr: Made } | null>(null);
  useEffect(() => {
    let live = true;
    makeQr(link).then(
      (qr) => live && setMade({ link, qr }),
      () => live && setMade({ link, qr: { error: 'failed' } }),
    );
    return () => {
      live = false;
    };
  }, [link]);
  const current = made?.link === link ? made.qr : null;
  if (!current) return null;
  if ('error' in current) {
    return (
      <p class="callout callout--warning" role="alert">
        {current.error === 'tooLong' ? strings['inst.qr.tooLong'] : strings['inst.qr.failed']}
      </p>
    );
  }
  return (
    <svg
      class="inst-qr-code"
      viewBox={`0 0 ${current.size} ${current.size}`}
      width="240"
      height="240"
      role="img"
      aria-label={strings['inst.qr.title']}
      shape-rendering="crispEdges"
    >
      <rect x="0" y="0" width={current.size} height={current.size} fill="#ffffff" />
      <path d={current.path} fill="#000000" />
    </svg>
  );
}
