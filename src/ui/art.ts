/**
 * Small illustrations for the six modules and the cases, composed at build time from Lucide
 * icons on a soft disc in the module's colour. Each is inline SVG of well under 3 KB gzipped;
 * colours come from the design tokens (currentColor and custom properties), so dark mode works.
 */
import { iconBody } from './icons';

/** Main icon, then two small companions, per module (A–F) and per case. */
const SCENES: Record<string, [string, string, string]> = {
  A: ['hand-heart', 'sparkles', 'smile'],
  B: ['message-circle-warning', 'repeat', 'handshake'],
  C: ['package-check', 'wrench', 'headset'],
  D: ['gem', 'scale', 'trending-up'],
  E: ['heart-handshake', 'repeat', 'star'],
  F: ['smile-plus', 'user-round-check', 'badge-check'],
  'restaurant-seat-change': ['coffee', 'smile', 'sparkles'],
  'kimura-slippers': ['footprints', 'hand-heart', 'star'],
  'distributor-partnership': ['store', 'handshake', 'trending-up'],
  'ww-care-plan': ['badge-check', 'hand-heart', 'sparkles'],
};

/** The SVG markup of a scene; `tone` is the CSS colour of its disc and strokes. */
export function artSvg(scene: string, tone = 'var(--module, var(--brand))'): string {
  const parts = SCENES[scene] ?? SCENES['A']!;
  const [main, left, right] = parts;
  const g = (name: string, x: number, y: number, s: number, w: number) =>
    `<g transform="translate(${x} ${y}) scale(${s})" stroke-width="${w}">${iconBody(name)}</g>`;
  return (
    `<svg class="art" viewBox="0 0 120 96" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">` +
    `<circle cx="60" cy="50" r="40" fill="${tone}" opacity="0.14"/>` +
    `<circle cx="60" cy="50" r="40" stroke="${tone}" stroke-opacity="0.35" stroke-dasharray="2 5"/>` +
    `<g color="${tone}">${g(main, 36, 26, 2, 1.25)}</g>` +
    `<circle cx="18" cy="24" r="14" fill="var(--surface)" stroke="${tone}" stroke-opacity="0.5"/>` +
    `<g color="${tone}">${g(left, 9, 15, 0.75, 2)}</g>` +
    `<circle cx="102" cy="74" r="14" fill="var(--surface)" stroke="${tone}" stroke-opacity="0.5"/>` +
    `<g color="${tone}">${g(right, 93, 65, 0.75, 2)}</g>` +
    `</svg>`
  );
}
