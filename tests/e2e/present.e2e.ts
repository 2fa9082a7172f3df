// Workshop presenting on a 1920 × 1080 projector: results first, readable from the back of the
// room, a QR code of the share link for the room's phones, and a clear way out.
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { at, openPage, useFreshContexts } from './support';
import type { BrowserContext } from 'playwright-core';

let context: BrowserContext;
useFreshContexts((c) => (context = c));

/** The QR code on the page, drawn on a canvas and read back as pixels, decoded with jsQR. */
async function decodeQr(page: Page): Promise<string | null> {
  const size = 480;
  const pixels = await page.evaluate(async (size) => {
    const svg = document.querySelector('.present-qr svg');
    if (!svg) return null;
    const xml = new XMLSerializer().serializeToString(svg);
    const url = URL.createObjectURL(new Blob([xml], { type: 'image/svg+xml' }));
    const img = new Image();
    await new Promise((resolve, reject) => {
      img.onload = resolve;
      img.onerror = reject;
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, size, size);
    g.drawImage(img, 0, 0, size, size);
    URL.revokeObjectURL(url);
    return Array.from(g.getImageData(0, 0, size, size).data);
  }, size);
  if (!pixels) return null;
  return jsQR(new Uint8ClampedArray(pixels), size, size)?.data ?? null;
}

it(
  'present mode puts the NPS first in huge type, shows a QR code of the share link, and Escape leaves',
  { timeout: 120_000 },
  async () => {
    const { page, log } = await openPage(context);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(at('tools/nps/'));
    const present = page.getByRole('button', { name: 'Present mode' });
    await expect.poll(() => present.isEnabled()).toBe(true);
    // The room's own numbers, not the worked example: the share link must carry them.
    await page.getByLabel('Promoters (answered 9–10)').fill('150');
    await expect.poll(() => page.locator('.calc-big').first().textContent()).not.toContain('35');
    const figure = (await page.locator('.calc-big').first().textContent())!.trim();
    await present.click();

    const headline = page.locator('.calc.present .calc-big');
    await headline.waitFor();
    const box = await headline.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(1080);
    expect((await headline.textContent())!.trim()).toBe(figure);
    const sizes = await page.evaluate(() => ({
      headline: parseFloat(getComputedStyle(document.querySelector('.calc.present .calc-big')!).fontSize),
      body: parseFloat(getComputedStyle(document.querySelector('.calc.present .calc-interp')!).fontSize),
    }));
    expect(sizes.headline).toBeGreaterThanOrEqual(96);
    expect(sizes.body).toBeGreaterThanOrEqual(28);
    // Inputs are one click away, not above the result.
    expect(await page.locator('.calc.present .calc-form').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Show inputs' }).click();
    expect(await page.getByLabel('Promoters (answered 9–10)').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Exit presenting' }).isVisible()).toBe(true);

    // The QR code decodes to the share link, and that link opens the same numbers.
    await page.locator('.present-qr svg').waitFor();
    const link = await page.locator('.present-qr svg').getAttribute('data-link');
    expect(link).toMatch(/[?&]nps=/);
    expect(await decodeQr(page)).toBe(link);
    const phone = await context.newPage();
    await phone.goto(link!);
    await expect.poll(async () => (await phone.locator('.calc-big').first().textContent())?.trim()).toBe(figure);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.calc.present').count()).toBe(0);
    // Escape that reaches the page ends full screen too, not only the large type.
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    expect(log.pageErrors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  },
);
