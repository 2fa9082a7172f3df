/**
 * A QR code as one SVG path (one unit square per dark module, with a four-module quiet zone),
 * so pages draw it without style attributes (CSP). The generator library loads on first use.
 */
export type Qr = { size: number; path: string } | { error: 'tooLong' | 'failed' };

export async function makeQr(text: string): Promise<Qr> {
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
