import { useState } from 'preact/hooks';

export const QR_KEYS = ['inst.qr.show', 'inst.qr.title', 'inst.qr.tooLong', 'inst.qr.failed'] as const;
type Strings = Record<(typeof QR_KEYS)[number], string>;

type Qr = { size: number; path: string } | { error: 'tooLong' | 'failed' } | null;

/** Dark modules as one SVG path, one unit square per module (no style attributes: CSP). */
async function makeQr(text: string): Promise<Qr> {
  let factory;
  try {
    factory = (await import('qrcode-generator')).default;
  } catch {
    return { error: 'failed' };
  }
  try {
    const qr = factory(0, 'L');
    qr.addData(text, 'Byte');
    qr.make();
    const n = qr.getModuleCount();
    let path = '';
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) path += `M${c + 4} ${r + 4}h1v1h-1z`;
    return { size: n + 8, path };
  } catch {
    // Too much data for the largest QR version.
    return { error: 'tooLong' };
  }
}

/** A QR code of the link, made in the browser when asked for (the generator loads then). */
export default function AssignmentQr({ link, strings, hydrated }: { link: string; strings: Strings; hydrated: boolean }) {
  const [qr, setQr] = useState<Qr>(null);
  const [forLink, setForLink] = useState('');
  const current = forLink === link ? qr : null;
  return (
    <div class="inst-qr">
      {!current && (
        <button type="button" class="secondary no-print" disabled={!hydrated} onClick={async () => {
          const made = await makeQr(link);
          setForLink(link);
          setQr(made);
        }}>
          {strings['inst.qr.show']}
        </button>
      )}
      {current && 'error' in current && (
        <p class="notice" role="alert">
          {current.error === 'tooLong' ? strings['inst.qr.tooLong'] : strings['inst.qr.failed']}
        </p>
      )}
      {current && 'path' in current && (
        <svg class="inst-qr-code" viewBox={`0 0 ${current.size} ${current.size}`} width="240" height="240" role="img" aria-label={strings['inst.qr.title']} shape-rendering="crispEdges">
          <rect x="0" y="0" width={current.size} height={current.size} fill="#ffffff" />
          <path d={current.path} fill="#000000" />
        </svg>
      )}
    </div>
  );
}
