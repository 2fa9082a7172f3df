/** The progress page's rings and bars, in SVG: the page's CSP forbids the style attribute a CSS ring would need. */
/** A progress ring drawn in SVG (no inline styles: the page's CSP forbids them), with the percent in the middle. */
export function Ring({
  percent,
  label,
  text,
  large = false,
}: {
  percent: number;
  label: string;
  text: string;
  large?: boolean;
}) {
  const r = 15.9155; // circumference 100
  const value = Math.max(0, Math.min(100, percent));
  return (
    <svg
      class={`dash-ring${large ? ' dash-ring--large' : ''}`}
      viewBox="0 0 36 36"
      role="img"
      aria-label={label}
      data-percent={value}
    >
      <circle class="dash-ring-track" cx="18" cy="18" r={r} />
      <circle
        class="dash-ring-fill"
        cx="18"
        cy="18"
        r={r}
        stroke-dasharray={`${value} ${100 - value}`}
        stroke-dashoffset="25"
      />
      <text x="18" y="18" class="dash-ring-text" text-anchor="middle" dominant-baseline="central" aria-hidden="true">
        {text}
      </text>
    </svg>
  );
}

/** A completion bar drawn in SVG (no inline styles: the page's CSP forbids them). */
export function Meter({ share }: { share: number }) {
  const width = Math.round(Math.max(0, Math.min(1, share)) * 100);
  return (
    <svg class="meter" viewBox="0 0 100 8" width="100" height="8" aria-hidden="true" focusable="false">
      <rect x="0" y="0" width="100" height="8" rx="4" class="meter-track" />
      <rect x="0" y="0" width={width} height="8" rx="4" class="meter-fill" />
    </svg>
  );
}
