import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { at, openPage, settled, useFreshContexts } from './support';

let context: BrowserContext;
useFreshContexts((c) => (context = c));

const LESSON = 'what-is-client-care';
const progressEnvelope = (v: number, data: unknown) => JSON.stringify({ v, savedAt: '2026-01-01T00:00:00.000Z', data });
const ONE_LESSON = { lessons: { [LESSON]: { completedAt: '2026-02-01T09:00:00.000Z' } }, lastLesson: LESSON };

/** Put items into this site's storage (on its origin), before the fault is switched on. */
async function seed(page: Page, items: Record<string, string>): Promise<void> {
  await page.goto(at());
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, items);
}

/** From now on, in every page of the context, storage can be read but every write throws. */
async function refuseWrites(): Promise<void> {
  await context.addInitScript(() => {
    Storage.prototype.setItem = function refuse() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
}

/** Click "Export everything" on the data page and read the downloaded file. */
async function exportFile(
  page: Page,
): Promise<{ text: string; json: Record<string, unknown> & { slots: Record<string, { v: number; data: unknown }> } }> {
  const download = page.waitForEvent('download');
  await page.locator('button:enabled', { hasText: /^(Export everything|全部导出)$/ }).click();
  const path = await (await download).path();
  const text = await readFile(path, 'utf8');
  return { text, json: JSON.parse(text) };
}

async function expectVisible(locator: Locator) {
  await locator.first().waitFor({ state: 'visible' });
}

describe('storage that can be read but refuses writes', () => {
  it('the data page still shows and exports what is saved, and says new work is not being saved', async () => {
    const { page, log } = await openPage(context);
    await seed(page, {
      'ccl:progress': progressEnvelope(2, ONE_LESSON),
      'ccl:profile': progressEnvelope(1, { name: 'Lin Wei' }),
    });
    await refuseWrites();
    await page.goto(at('data/'));
    await expectVisible(page.getByText(/^1 of \d+ lessons complete$/));
    await expectVisible(page.getByRole('alert').filter({ hasText: 'refuses to save anything new' }));
    const { json } = await exportFile(page);
    expect(json.slots['progress']).toEqual({ v: 2, data: ONE_LESSON });
    expect(json.slots['profile']).toEqual({ v: 1, data: { name: 'Lin Wei' } });
    expect(log.pageErrors).toEqual([]);
  });

  it('in Chinese too, and the course map keeps the completed lesson', async () => {
    const { page, log } = await openPage(context);
    await seed(page, { 'ccl:progress': progressEnvelope(2, ONE_LESSON) });
    await refuseWrites();
    await page.goto(at('zh-cn/data/'));
    await expectVisible(page.getByRole('alert').filter({ hasText: '拒绝保存任何新内容' }));
    await page.goto(at('zh-cn/'));
    await page.locator(`a[href$="/lessons/${LESSON}/"]`).first().waitFor();
    await expect.poll(() => page.locator('li[data-complete="true"]').count()).toBe(1);
    expect(log.pageErrors).toEqual([]);
  });

  it('work done while writes are refused stays on the page, with the notice, and nothing is written', async () => {
    const { page } = await openPage(context);
    await seed(page, {});
    await refuseWrites();
    await page.goto(at(`lessons/${LESSON}/`));
    await page.locator('#lesson-end').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    await expectVisible(page.getByText('Completed — well done'));
    await expectVisible(page.getByRole('alert').filter({ hasText: 'refuses to save anything new' }));
    expect(await page.evaluate(() => localStorage.getItem('ccl:progress'))).toBeNull();
  });
});

describe('damaged copies kept aside', () => {
  it('a copy from an earlier visit is listed by what it was, downloadable, exported and deletable', async () => {
    const { page, log } = await openPage(context);
    await seed(page, { 'ccl:progress:damaged': '{not json', 'ccl:quizzes:damaged': '{"v":1,"data":7}' });
    await page.goto(at('data/'));
    const list = page.getByTestId('damaged-copies');
    await expectVisible(list.getByText('Lesson progress: 9 characters'));
    await expectVisible(list.getByText('Self-check and assessment answers: 16 characters'));

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the damaged copy of “Lesson progress”' }).click();
    expect(await readFile(await (await download).path(), 'utf8')).toBe('{not json');

    const { json } = await exportFile(page);
    expect(json['damaged']).toEqual({ progress: '{not json', quizzes: '{"v":1,"data":7}' });

    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Delete the damaged copy of “Self-check and assessment answers”' }).click();
    await expectVisible(page.getByText('The damaged copy of “Self-check and assessment answers” has been deleted.'));
    expect(await page.evaluate(() => localStorage.getItem('ccl:quizzes:damaged'))).toBeNull();

    await page.reload();
    await expectVisible(list.getByText('Lesson progress: 9 characters'));
    expect(await list.getByText(/Self-check and assessment answers/).count()).toBe(0);
    expect(log.pageErrors).toEqual([]);
  });

  it('a copy set aside on another page is listed on the data page in Chinese', async () => {
    const { page } = await openPage(context);
    await seed(page, { 'ccl:progress': '{broken' });
    await page.goto(at(`zh-cn/lessons/${LESSON}/`));
    await page.locator('#lesson-end').scrollIntoViewIfNeeded();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('ccl:progress:damaged'))).toBe('{broken');
    await page.goto(at('zh-cn/data/'));
    await expectVisible(page.getByTestId('damaged-copies').getByText('课程学习进度：7 个字符'));
    await expectVisible(page.getByRole('button', { name: '下载“课程学习进度”的损坏副本' }));
  });
});

describe('data written by a newer version of the site', () => {
  it('is exported as it is, and importing that file stores it back unchanged', async () => {
    const future = { lessons: ['from', 'the', 'future'], shape: 9 };
    const { page } = await openPage(context);
    await seed(page, { 'ccl:progress': progressEnvelope(9, future) });
    await page.goto(at('data/'));
    await expectVisible(page.getByRole('alert').filter({ hasText: 'written by a newer version' }));
    const { text, json } = await exportFile(page);
    expect(json.slots['progress']).toEqual({ v: 9, data: future });

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator('#import-file:enabled').waitFor();
    await page
      .getByLabel('Import a file')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expectVisible(page.getByText(/^Imported \d+ saved items.$/));
    const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('ccl:progress')))!);
    expect(stored).toMatchObject({ v: 9, data: future });
  });
});

describe('the page for a missing address', () => {
  it.each(['no-such-page/', 'zh-cn/no-such-page/'])(
    '/%s: helps in both languages, and its language link leads to a page that exists',
    async (path) => {
      const { page, log } = await openPage(context);
      const response = await page.goto(at(path));
      expect(response?.status()).toBe(404);
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Page not found' }));
      await expectVisible(page.getByRole('heading', { level: 2, name: '页面不存在' }));
      expect(await page.locator('section[lang="zh-CN"]').count()).toBe(1);
      expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(0);

      const hrefs = await page
        .locator('main a[href], header a[href]')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const actions = await page
        .locator('main form[role="search"]')
        .evaluateAll((fs) => fs.map((f) => (f as HTMLFormElement).action));
      expect(actions).toEqual([at('search/'), at('zh-cn/search/')]);
      for (const href of new Set([...hrefs, ...actions])) {
        expect((await page.request.get(href)).status(), href).toBe(200);
      }
      const switchLink = page.locator('a.bar-lang');
      expect(await switchLink.getAttribute('href')).toBe(new URL(at('zh-cn/')).pathname);
      await switchLink.click();
      await page.waitForURL(at('zh-cn/'));
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');

      await page.goto(at(path));
      const box = page.getByRole('searchbox', { name: '搜索课程' });
      await box.fill('客户关怀');
      await box.press('Enter');
      await page.waitForURL(/zh-cn\/search\/\?q=/);
      expect(log.pageErrors).toEqual([]);
    },
  );

  it('is axe clean', async () => {
    const { page, log } = await openPage(context);
    await page.goto(at('no-such-page/'));
    await settled(page);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });
});
