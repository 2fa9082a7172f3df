// The assignment builder through its real controls: find six items by search and filters, put
// them in order with the keyboard, get a short link; the form and the link survive a reload;
// a trainee in a fresh browser opens the link, goes to an item (which says which assignment it
// belongs to) and comes back to see the progress. axe finds nothing on the pages involved.
import type { BrowserContext, Page } from 'playwright-core';
import { at, axeViolations, baseUrl, openPage, useFreshContexts } from './support';

let context: BrowserContext;
useFreshContexts((c) => (context = c));

const axe = async (page: Page) =>
  (await axeViolations(page)).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
const TITLE = 'Week 3: service recovery';
const chosen = (page: Page) => page.locator('.asg-chosen-list .asg-chosen-name').allInnerTexts();

describe('the assignment builder and the trainee page', () => {
  it('six items found, chosen and ordered → a short link → the trainee works through it', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
    const { page, log } = await openPage(context);
    await page.goto(at('instructors/'));
    const create = page.getByRole('button', { name: 'Create the link' });
    await create.and(page.locator(':enabled')).waitFor();

    // Search, then filter by kind and by module.
    const search = page.getByLabel('Search the items');
    await search.fill('recovery');
    await page
      .getByText(/^\d+ of 41 items shown\.$/)
      .filter({ hasNotText: '41 of 41' })
      .waitFor();
    await page.getByLabel('Complaint iceberg and service recovery').check();
    await page.getByLabel('Service recovery: six steps, nine complaint steps and a service culture').check();
    await search.fill('');
    await page.getByLabel('Kind').selectOption({ label: 'Case exercises' });
    await expect(page.getByText('4 of 41 items shown.').isVisible()).resolves.toBe(true);
    await page.getByLabel('The seat change').check();
    await page.getByLabel('A pair of slippers').check();
    await page.getByLabel('Kind').selectOption({ label: 'All kinds' });
    await page.getByLabel('Module', { exact: true }).selectOption({ label: 'Module A' });
    await page.getByLabel('What client care is and why it builds loyalty').check();
    await page.getByLabel('Module', { exact: true }).selectOption({ label: 'All modules' });
    await page.getByLabel('Kind').selectOption({ label: 'Module assessments' });
    await page.getByLabel('Module B assessment').check();
    await expect(chosen(page)).resolves.toHaveLength(6);

    // Reorder with the keyboard: the lesson self-check goes to the top, one step at a time.
    const up = page.getByRole('button', { name: 'Move “What client care is and why it builds loyalty” up' });
    await up.focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    for (let position = 4; position >= 1; position--) {
      // The list re-renders after each move and puts the focus back: press only once it is back.
      await expect.poll(focused).toBe('Move “What client care is and why it builds loyalty” up');
      await page.keyboard.press('Enter');
      await page.getByText(`“What client care is and why it builds loyalty” is now number ${position} of 6.`).waitFor();
    }
    // Focus moved to the item's other button once it reached the top, so a key press never falls on nothing.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Move “What client care is and why it builds loyalty” down');
    await expect(chosen(page)).resolves.toEqual([
      expect.stringContaining('What client care is and why it builds loyalty'),
      expect.stringContaining('Complaint iceberg and service recovery'),
      expect.stringContaining('Service recovery: six steps'),
      expect.stringContaining('The seat change'),
      expect.stringContaining('A pair of slippers'),
      expect.stringContaining('Module B assessment'),
    ]);

    await page.getByLabel('Title', { exact: true }).fill(TITLE);
    await page
      .getByLabel('Instructions')
      .fill(
        'Play the restaurant case first, then work through the recovery calculator.\nHand in your results file by Friday noon.',
      );
    await page.getByLabel('Due date').fill('2099-12-11');
    await page
      .getByText('Due Friday, 11 December 2099.')
      .or(page.getByText('Due Friday, December 11, 2099.'))
      .waitFor();
    await page.getByLabel('Class code').fill('CC-2026-A');
    await create.click();
    const linkInput = page.getByLabel('Link for trainees');
    const link = await linkInput.inputValue();
    expect(link).toMatch(/\/assignment\/#2[zr][A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThanOrEqual(300);
    console.log(`assignment link: ${link.length} characters`);
    await page.getByRole('img', { name: 'QR code of the assignment link' }).waitFor();
    await page.getByRole('button', { name: 'Copy the link' }).click();
    const copied = page.locator('.callout--success', { hasText: 'Link copied.' });
    await copied.waitFor();
    await expect(copied.getAttribute('role')).resolves.toBe('status');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link);
    expect(await axe(page)).toEqual([]);

    // The form and the link made are still there after a reload; the link reopens as it was.
    await page.reload();
    await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe(TITLE);
    await expect(chosen(page)).resolves.toHaveLength(6);
    await page
      .locator('.asg-past-list li', { hasText: TITLE })
      .getByRole('button', { name: /^Show the link/ })
      .click();
    await expect(page.getByLabel('Link for trainees').inputValue()).resolves.toBe(link);

    // A trainee, in a browser that has never seen the site.
    const traineeContext = await context.browser()!.newContext({ serviceWorkers: 'block' });
    try {
      const { page: trainee, log: traineeLog } = await openPage(traineeContext);
      await trainee.goto(link);
      await trainee.getByRole('heading', { name: TITLE }).waitFor();
      await trainee.getByText('0 of 6 done').waitFor();
      await expect(trainee.locator('.inst-items li a').allInnerTexts()).resolves.toEqual([
        'What client care is and why it builds loyalty',
        'Complaint iceberg and service recovery',
        'Service recovery: six steps, nine complaint steps and a service culture',
        'The seat change',
        'A pair of slippers',
        'Module B assessment',
      ]);
      await trainee.getByRole('link', { name: 'Complaint iceberg and service recovery' }).click();
      const banner = trainee.getByRole('navigation', { name: 'Assignment' });
      await banner.waitFor();
      await expect(banner.innerText()).resolves.toContain(TITLE);
      expect(await axe(trainee)).toEqual([]);
      // A page the assignment does not include shows no banner.
      await trainee.goto(at('tools/nps/'));
      await trainee.locator('main h1').waitFor();
      await expect(trainee.locator('.asg-banner').count()).resolves.toBe(0);
      await trainee.goBack();
      await banner.getByRole('link', { name: 'Back to the assignment' }).click();
      await trainee.getByRole('heading', { name: TITLE }).waitFor();
      await expect
        .poll(() => trainee.locator('.inst-items .badge').allInnerTexts())
        .toEqual(Array(6).fill('Not started'));
      await trainee.getByRole('heading', { name: 'Hand in your work' }).waitFor();
      await trainee
        .getByText('Your instructor’s page will tell if this file was edited after you downloaded it.')
        .waitFor();
      expect(await axe(trainee)).toEqual([]);
      expect(traineeLog.pageErrors).toEqual([]);
      expect(traineeLog.cspViolations).toEqual([]);
    } finally {
      await traineeContext.close();
    }
    expect(log.pageErrors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
  });

  it.each(['', 'zh-cn/'])(
    'the /%sinstructors/ builder with items chosen and past links listed: axe finds nothing',
    async (prefix) => {
      const { page } = await openPage(context);
      await page.goto(at(`${prefix}instructors/`));
      await page.locator('.inst-builder button[type=submit]:enabled').waitFor();
      await page.locator('#inst-item-0').check();
      await page.locator('#inst-item-6').check();
      await page.locator('#inst-title').fill('Axe');
      await page.locator('#inst-classCode').fill('AX-1');
      await page.locator('.inst-builder button[type=submit]').click();
      await page.locator('#inst-link').waitFor();
      await page.locator('.asg-past-list li').first().waitFor();
      expect(await axe(page)).toEqual([]);
    },
  );
});
