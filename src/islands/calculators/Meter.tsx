/**
 * A horizontal bar for a percentage with an optional marked line (e.g. the 50% loyalty line).
 * Decorative: the figure and the sentence beside it say the same in words. In a module of its
 * own, so calculators without one do not load it.
 */
export function Meter({ percent, line }: { percent: number; line?: number }) {
  const w = Math.max(0, Math.min(100, Number.isFinite(percent) ? percent : 0));
  return (
    <svg class="calc-meter" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="calc-meter-bg" width="100" height="6" />
      <rect class="calc-meter-fill" width={w} height="6" />
      {line !== undefined && <rect class="calc-meter-line" x={line - 0.4} width="0.8" height="6" />}
    </svg>
  );
}
