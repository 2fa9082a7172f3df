import { useState } from 'preact/hooks';
import { makeQr, type Qr as Made } from '../../domain/qr';

type Qr = Made | null;

export const QR_KEYS = ['inst.qr.show', 'inst.qr.title', 'inst.qr.tooLong', 'inst.qr.failed'] as const;
type Strings = Record<(typeof QR_KEYS)[number], string>;

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
