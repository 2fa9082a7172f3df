// Layout bars on every en page at 320, 390, 1366 and 1920 px: no sideways scrolling, a compact
// header on phones, interactive targets of at least 24 × 24 px. See layout-check.ts.
import { checkLayout, pagesOf, report } from './layout-check';

it('every en page fits the viewport, keeps a compact header on phones and has large enough targets', async () => {
  const pages = pagesOf('en');
  expect(pages.length).toBeGreaterThan(40);
  const problems = await checkLayout(pages);
  expect(report(problems)).toBe('');
}, 300_000);
