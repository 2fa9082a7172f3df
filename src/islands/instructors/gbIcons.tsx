/**
 * The few Lucide icons (ISC licence) the gradebook draws, as elements rather than markup to parse
 * (a class of 200 has hundreds of them): decorative, because every mark they stand beside also
 * says its meaning in words.
 */
import type { JSX } from 'preact';

const SHAPES = {
  check: () => <path d="M20 6 9 17l-5-5" />,
  x: () => (
    <>
      <path d="M18 6 6 18" />
      <path d="m6 6 12 12" />
    </>
  ),
  clock: () => (
    <>
      <circle cx="12" cy="12" r="10" />
      <path d="M12 6v6l4 2" />
    </>
  ),
  minus: () => (
    <>
      <circle cx="12" cy="12" r="10" />
      <path d="M8 12h8" />
    </>
  ),
  half: () => (
    <>
      <circle cx="12" cy="12" r="10" />
      <path d="M12 2a10 10 0 0 1 0 20z" fill="currentColor" />
    </>
  ),
  up: () => <path d="m18 15-6-6-6 6" />,
  down: () => <path d="m6 9 6 6 6-6" />,
  updown: () => (
    <>
      <path d="m7 15 5 5 5-5" />
      <path d="m7 9 5-5 5 5" />
    </>
  ),
} satisfies Record<string, () => JSX.Element>;

export type GbIconName = keyof typeof SHAPES;

export function GbIcon({ name }: { name: GbIconName }) {
  return (
    <svg
      class="icon gb-icon"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[name]()}
    </svg>
  );
}
