// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, cleanup } from '@testing-library/preact';
import AssignmentBuilder from '../../src/islands/AssignmentBuilder';
import { BUILDER_KEYS } from '../../src/islands/instructors/keys';
import { readAssignmentLink } from '../../src/domain/instructors/shortLink';
import { ITEM_CODES } from '../../src/domain/instructors/catalogue';
import { MemoryEngine, Vault } from '../../src/domain/storage/vault';
import { useVault } from '../../src/stores/vault';
import { pickStrings } from '../../src/i18n';
import { currentDraft } from '../../src/stores/assignments';

/** A fresh vault over `engine`, with the store moved onto it at once (as a page load would). */
const freshVault = (engine: MemoryEngine) => {
  useVault(new Vault(engine));
  currentDraft();
};
import { CATALOGUE } from './instructors-fixtures';

const strings = pickStrings('en', BUILDER_KEYS);

async function setup() {
  render(
    <AssignmentBuilder
      strings={strings}
      locale="en"
      catalogue={CATALOGUE}
      itemCodes={ITEM_CODES}
      assignmentPath="/assignment/"
    />,
  );
  const create = screen.getByRole('button', { name: 'Create the link' }) as HTMLButtonElement;
  await waitFor(() => expect(create.disabled).toBe(false));
  return create;
}

const chosenNames = () =>
  [...document.querySelectorAll('.asg-chosen-list .asg-chosen-name')].map((el) =>
    el.textContent?.replace(/^\S+\s/, ''),
  );

describe('AssignmentBuilder', () => {
  let engine: MemoryEngine;
  beforeEach(() => {
    engine = new MemoryEngine();
    freshVault(engine);
  });

  it('lists every problem in an error summary that links to the field, and marks each field', async () => {
    const create = await setup();
    fireEvent.click(create);
    const summary = await screen.findByRole('alert');
    expect(summary.querySelector('h2')?.textContent).toBe('There is a problem');
    expect([...summary.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Title: A value is needed.', '#inst-title'],
      ['Class code: A value is needed.', '#inst-classCode'],
      ['Items: Choose at least one item.', '#inst-search'],
    ]);
    const title = screen.getByLabelText('Title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(title.getAttribute('aria-describedby')!)?.textContent).toBe('A value is needed.');
    expect(screen.queryByLabelText('Link for trainees')).toBeNull();
  });

  it('finds items by search, kind and module, and says when nothing matches', async () => {
    await setup();
    fireEvent.input(screen.getByLabelText('Search the items'), { target: { value: 'promoter' } });
    expect(screen.getByText('1 of 4 items shown.')).toBeTruthy();
    expect(screen.getByLabelText('Net Promoter Score')).toBeTruthy();
    expect(screen.queryByLabelText('The Kimura slippers')).toBeNull();
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'case' } });
    expect(screen.getByText('No item matches this search.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show all items' }));
    expect(screen.getByText('4 of 4 items shown.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Module'), { target: { value: 'A' } });
    expect(screen.getByText('3 of 4 items shown.')).toBeTruthy();
    expect(screen.queryByLabelText('Net Promoter Score')).toBeNull();
  });

  it('keeps the chosen order, reorders with announced moves, and the link carries that order', async () => {
    const create = await setup();
    fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Week 2' } });
    fireEvent.input(screen.getByLabelText('Instructions'), { target: { value: '先做案例。' } });
    fireEvent.input(screen.getByLabelText('Due date'), { target: { value: '2026-12-11' } });
    // Written out in the reader's language variant, whichever it is.
    await waitFor(() =>
      expect(document.querySelector('.asg-due-words')?.textContent).toMatch(
        /Friday.*11.*December.*2026|Friday, December 11, 2026/,
      ),
    );
    fireEvent.input(screen.getByLabelText('Class code'), { target: { value: 'CC-7' } });
    fireEvent.click(screen.getByLabelText('Net Promoter Score'));
    fireEvent.click(screen.getByLabelText('The Kimura slippers'));
    fireEvent.click(screen.getByLabelText('What client care is'));
    await waitFor(() =>
      expect(chosenNames()).toEqual(['Net Promoter Score', 'The Kimura slippers', 'What client care is']),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Move “What client care is” up' }));
    await waitFor(() =>
      expect(chosenNames()).toEqual(['Net Promoter Score', 'What client care is', 'The Kimura slippers']),
    );
    await screen.findByText('“What client care is” is now number 2 of 3.');
    fireEvent.change(screen.getByLabelText('Starting numbers for Net Promoter Score'), {
      target: { value: 'worked-example' },
    });
    fireEvent.click(create);
    const link = ((await screen.findByLabelText('Link for trainees', {}, { timeout: 15_000 })) as HTMLInputElement)
      .value;
    expect(link).toMatch(/\/assignment\/#2[zr][A-Za-z0-9_-]+$/);
    expect(await readAssignmentLink(link.slice(link.indexOf('#')), ITEM_CODES)).toEqual({
      ok: true,
      value: {
        v: 1,
        title: 'Week 2',
        instructions: '先做案例。',
        due: '2026-12-11',
        classCode: 'CC-7',
        items: [
          { kind: 'calculator', id: 'nps', preset: 'worked-example' },
          { kind: 'selfCheck', id: 'what-is-client-care' },
          { kind: 'case', id: 'kimura-slippers' },
        ],
      },
    });
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { name: 'Assignments made on this device' }).closest('section')?.textContent,
      ).toContain('Week 2'),
    );
  });

  it('keeps the form and the links made through a reload, and reopens a past link', async () => {
    const create = await setup();
    fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Kept' } });
    fireEvent.input(screen.getByLabelText('Class code'), { target: { value: 'K-1' } });
    fireEvent.click(screen.getByLabelText('The Kimura slippers'));
    fireEvent.click(create);
    const first = ((await screen.findByLabelText('Link for trainees', {}, { timeout: 15_000 })) as HTMLInputElement)
      .value;
    cleanup();
    // A new visit: a fresh vault over the same storage.
    freshVault(engine);
    await setup();
    await waitFor(() => expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Kept'));
    expect(chosenNames()).toEqual(['The Kimura slippers']);
    fireEvent.click(await screen.findByRole('button', { name: /^Show the link\s*:\s*Kept$/ }));
    expect(
      ((await screen.findByLabelText('Link for trainees', {}, { timeout: 15_000 })) as HTMLInputElement).value,
    ).toBe(first);
    fireEvent.click(screen.getByRole('button', { name: /^Duplicate\s*:\s*Kept$/ }));
    await waitFor(() => expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Kept (copy)'));
    expect(screen.queryByLabelText('Link for trainees')).toBeNull();
  });
});
