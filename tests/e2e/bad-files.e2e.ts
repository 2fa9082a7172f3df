/**
 * Wrong files into the site's file inputs: each gets a message that says what the file is, and
 * nothing on screen or in storage changes. The NPS answers upload is tried with every kind of
 * wrong file; the other inputs with an image renamed to what they expect.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { at, openPage, useFreshContexts } from './support';

let context: BrowserContext;
useFreshContexts((c) => (context = c));

const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6,
  0, 0, 0,
]);
const BACKUP = JSON.stringify({
  format: 'client-care-loyalty-backup',
  version: 1,
  exportedAt: '2026-11-30T10:00:00.000Z',
  slots: {
    progress: { version: 1, data: { lessons: { 'what-is-client-care': { completedAt: '2026-11-30T09:00:00.000Z' } } } },
  },
});

const storage = (page: Page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

async function openNpsAnswers(page: Page) {
  await page.goto(at('tools/nps/'));
  const calc = page.locator('[data-calculator="nps"]');
  await calc.locator('.calc-bar button:enabled').first().waitFor();
  await calc.getByLabel('What you have', { exact: true }).selectOption('responses');
  return calc;
}

describe('the NPS answers upload refuses a wrong file and keeps the answers', () => {
  it.each([
    [
      'a PNG renamed .json',
      { name: 'photo.json', mimeType: 'application/json', buffer: PNG },
      'This file is not text: it is a PNG image.',
    ],
    [
      'a progress backup',
      { name: 'client-care-data.json', mimeType: 'application/json', buffer: Buffer.from(BACKUP) },
      'This file is JSON',
    ],
    [
      'truncated JSON',
      { name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(BACKUP.slice(0, 60)) },
      'This file is JSON',
    ],
    [
      'JSON with __proto__',
      {
        name: 'proto.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"__proto__":{"isAdmin":true},"a":[9,10]}'),
      },
      'This file is JSON',
    ],
    [
      'a file with no numbers',
      { name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('name,comment\nAnn,great\nBo,slow\n') },
      'This file has no numbers in it',
    ],
  ])('%s', async (_what, file, message) => {
    const { page, log } = await openPage(context);
    const calc = await openNpsAnswers(page);
    const box = calc.getByLabel('Paste the answers', { exact: true });
    await box.fill('9\n10\n3\n8');
    await calc.getByText('NPS = 50% − 25% = 25').waitFor();
    await expect.poll(() => storage(page)).toContain('9\\\\n10\\\\n3\\\\n8');
    const before = await storage(page);

    await calc.getByLabel('Or upload a .csv or .txt file').setInputFiles(file);

    const note = calc.getByText(`“${file.name}” was not read:`);
    await note.waitFor();
    expect(await note.innerText()).toContain(message);
    expect(await box.inputValue()).toBe('9\n10\n3\n8');
    await calc.getByText('NPS = 50% − 25% = 25').waitFor();
    // A reload shows what was saved: the answers typed before the upload.
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    expect(await storage(page)).toBe(before);
    await page.reload();
    await page.locator('[data-calculator="nps"] .calc-bar button:enabled').first().waitFor();
    expect(await page.getByLabel('Paste the answers', { exact: true }).inputValue()).toBe('9\n10\n3\n8');
    expect(log.pageErrors).toEqual([]);
  });

  it('a mixed-separator file with a BOM and a Chinese header is read in full, and the count shows beside the score', async () => {
    const { page } = await openPage(context);
    const calc = await openNpsAnswers(page);
    const text = '\uFEFF推荐意愿\r\n10, 8；3\t10\n9 n/a 8,,7\r\n11;0\n';
    await calc
      .getByLabel('Or upload a .csv or .txt file')
      .setInputFiles({ name: 'mixed.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await calc.getByText('Read the file “mixed.csv”.').waitFor();
    await calc.getByText('8 answers read.').waitFor();
    await calc.getByText(/Read as a list: every number counts/).waitFor();
    await calc.getByText(/The first line, “推荐意愿”, was taken as a heading/).waitFor();
    await calc
      .getByText('2 values ignored: 1 not a number (row 3: “n/a”); 1 not between 0 and 10 (row 4: “11”).')
      .waitFor();
    expect(await calc.locator('.calc-big').innerText()).toMatch(/from 8 answers read/);
  });

  it('in Chinese the message and the reading are in Chinese', async () => {
    const { page } = await openPage(context);
    await page.goto(at('zh-cn/tools/nps/'));
    const calc = page.locator('[data-calculator="nps"]');
    await calc.locator('.calc-bar button:enabled').first().waitFor();
    await calc.locator('select').first().selectOption('responses');
    const upload = calc.locator('input[type="file"]');
    await upload.setInputFiles({ name: 'photo.json', mimeType: 'application/json', buffer: PNG });
    await calc.getByText('这不是文本文件，而是PNG 图片。', { exact: false }).waitFor();
    await calc.locator('textarea').fill('评分\n9，10；3');
    await calc.getByText(/按列表读取/).waitFor();
    await calc.getByText(/依据读取到的 3 个回答/).waitFor();
  });
});

describe('every other file input refuses an image renamed to what it expects, and writes nothing', () => {
  it.each([
    ['the data page', 'data/', 'Import a file'],
    ['the care-plan worksheet', 'cases/ww-care-plan/', 'Import a worksheet (JSON)'],
    ['the builder’s system import', 'builder/', 'Import a system file (JSON)'],
  ])('%s', async (_where, path, label) => {
    const { page, log } = await openPage(context);
    await page.goto(at(path));
    const input = page.getByLabel(label);
    await input.scrollIntoViewIfNeeded();
    await input.and(page.locator(':enabled')).waitFor();
    const before = await storage(page);
    await input.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: PNG });
    await page.getByText('This file is not text: it is a PNG image.').first().waitFor();
    expect(await storage(page)).toBe(before);
    expect(log.pageErrors).toEqual([]);
  });

  it('the class dashboard lists an image among the refused files and keeps the rest', async () => {
    const { page } = await openPage(context);
    await page.goto(at('instructors/class/'));
    const input = page.getByLabel('Choose results files');
    await input.and(page.locator(':enabled')).waitFor();
    await input.setInputFiles([
      { name: 'photo.json', mimeType: 'application/json', buffer: PNG },
      { name: 'gbk.json', mimeType: 'application/json', buffer: Buffer.from([0x7b, 0x22, 0xc6, 0xc0, 0x22, 0x7d]) },
    ]);
    await page.getByText('Files refused: 2').waitFor();
    await expect(page.locator('.inst-rejected li').allTextContents()).resolves.toEqual([
      'photo.json: This file is not text: it is a PNG image.',
      'gbk.json: This file is not UTF-8 text (perhaps it was saved as GBK or UTF-16). In Excel, save it again as “CSV UTF-8”.',
    ]);
  });
});
