import type { BrowserContext } from 'playwright-core';
import { at, openPage, useFreshContexts } from './support';

let context: BrowserContext;
useFreshContexts((c) => (context = c));

describe('course map and lesson progress', () => {
  it('marks a lesson complete from the lesson page, and it stays complete after a reload', async () => {
    const { page, log } = await openPage(context);
    await page.goto(at());
    await page
      .getByRole('link', { name: /What client care is/ })
      .first()
      .click();
    await page.waitForURL(/lessons\/what-is-client-care\/$/);
    await press(page.getByRole('button', { name: 'Mark as complete' }));
    await expectVisible(page.getByText('Completed — well done'));
    await page.reload();
    await expectVisible(page.getByText('Completed — well done'));
    await page.goto(at());
    await expectVisible(page.getByText(/^1 of \d+ lessons complete$/));
    expect(await page.locator('li[data-complete="true"]').count()).toBe(1);
    expect(log.pageErrors).toEqual([]);
  });
});

describe('languages', () => {
  it('the language switch lands on the same page in the other language, with the right lang attribute', async () => {
    const { page } = await openPage(context);
    await page.goto(at('lessons/what-is-client-care/'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('link', { name: /Read this page in Simplified Chinese/ }).click();
    await page.waitForURL(/zh-cn\/lessons\/what-is-client-care\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expectVisible(page.getByRole('heading', { level: 1, name: '什么是客户关怀，它为什么能带来忠诚' }));
    await page.getByRole('link', { name: /用英文阅读本页/ }).click();
    await page.waitForURL(/\/lessons\/what-is-client-care\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });
});

describe('search', () => {
  it.each([
    ['search/?q=client%20care', 'What client care is'],
    ['zh-cn/search/?q=' + encodeURIComponent('客户关怀'), '什么是客户关怀'],
  ])('%s finds the lesson in its own language', async (path, expected) => {
    const { page, log } = await openPage(context);
    await page.goto(at(path));
    await page.locator('#search-results li a').first().waitFor();
    const titles = await page.locator('#search-results li a').allTextContents();
    expect(
      titles.slice(0, 5).some((t) => t.includes(expected)),
      titles.join(' | '),
    ).toBe(true);
    expect(log.cspViolations).toEqual([]);
  });

  it('an English query on the Chinese search page does not return English lessons', async () => {
    const { page } = await openPage(context);
    await page.goto(at('zh-cn/search/?q=' + encodeURIComponent('钱包份额客户关怀')));
    await page.locator('#search-status').filter({ hasText: /./ }).waitFor();
    const hrefs = await page.locator('#search-results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of hrefs) expect(href).toMatch(/\/zh-cn\//);
  });
});

describe('your data', () => {
  it('export → reset → import restores progress', async () => {
    const { page } = await openPage(context);
    await page.goto(at('lessons/what-is-client-care/'));
    await press(page.getByRole('button', { name: 'Mark as complete' }));
    await page.goto(at('data/'));
    await expectVisible(page.getByText(/^1 of \d+ lessons complete$/));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export everything' }).click();
    const file = await (await download).path();

    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await expectVisible(page.getByText(/^0 of \d+ lessons complete$/));

    await page.getByLabel('Import a file').setInputFiles(file);
    await expectVisible(page.getByText(/^Imported \d+ saved items.$/));
    await expectVisible(page.getByText(/^1 of \d+ lessons complete$/));
    await page.goto(at('lessons/what-is-client-care/'));
    await page.locator('#lesson-end').scrollIntoViewIfNeeded();
    await expectVisible(page.getByText('Completed — well done'));
  });

  it('a file that is not a backup is refused with a message and changes nothing', async () => {
    const { page } = await openPage(context);
    await page.goto(at('data/'));
    await page.locator('#import-file:enabled').waitFor();
    await page
      .getByLabel('Import a file')
      .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    await expectVisible(page.getByText('Nothing was imported: the file is not a backup from this site.'));
  });

  it('corrupt saved progress is reported, kept as a copy, and the page carries on', async () => {
    const { page, log } = await openPage(context);
    await page.goto(at());
    await page.evaluate(() => localStorage.setItem('ccl:progress', '{not json'));
    await page.goto(at('lessons/what-is-client-care/'));
    await page.locator('#lesson-end').scrollIntoViewIfNeeded();
    await expectVisible(page.getByText(/Some saved data \(progress\) was damaged/));
    expect(await page.evaluate(() => localStorage.getItem('ccl:progress:damaged'))).toBe('{not json');
    await press(page.getByRole('button', { name: 'Mark as complete' }));
    await expectVisible(page.getByText('Completed — well done'));
    expect(log.pageErrors).toEqual([]);
  });
});

async function expectVisible(locator: import('playwright-core').Locator) {
  await locator.first().waitFor({ state: 'visible' });
}

/** Scroll a control into view (islands hydrate when visible), wait until it is enabled, click. */
async function press(locator: import('playwright-core').Locator) {
  await locator.scrollIntoViewIfNeeded();
  await locator.click();
}
