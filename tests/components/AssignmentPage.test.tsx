// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import AssignmentPage from '../../src/islands/AssignmentPage';
import { ASSIGNMENT_KEYS } from '../../src/islands/instructors/keys';
import { encodeAssignmentLink, toBase64Url } from '../../src/domain/instructors/link';
import { CONTEXT_KEY } from '../../src/domain/instructors/context';
import { ITEM_CODES } from '../../src/domain/instructors/catalogue';
import { MemoryEngine, Vault } from '../../src/domain/storage/vault';
import { useVault } from '../../src/stores/vault';
import { saveAttempt } from '../../src/stores/quizzes';
import { pickStrings } from '../../src/i18n';
import { CATALOGUE } from './instructors-fixtures';

const strings = pickStrings('en', ASSIGNMENT_KEYS);
let fragment = '';
beforeAll(async () => {
  const encoded = await encodeAssignmentLink(
    {
      v: 1,
      title: 'Week 2',
      instructions: 'Do both.',
      due: '',
      classCode: 'CC-7',
      items: [
        { kind: 'selfCheck', id: 'what-is-client-care' },
        { kind: 'case', id: 'kimura-slippers' },
      ],
    },
    ITEM_CODES,
  );
  if (!encoded.ok) throw new Error('fixture');
  fragment = encoded.value;
});

describe('AssignmentPage', () => {
  beforeEach(() => useVault(new Vault(new MemoryEngine())));

  it('lists the items with their status from saved progress', async () => {
    saveAttempt('what-is-client-care', { earned: 4, total: 5, answers: {} });
    window.location.hash = `#${fragment}`;
    render(<AssignmentPage strings={strings} locale="en" catalogue={CATALOGUE} itemCodes={ITEM_CODES} />);
    await screen.findByRole('heading', { name: 'Week 2' });
    await screen.findByText('1 of 2 items still to do.');
    expect(screen.getByRole('link', { name: 'What client care is' }).getAttribute('href')).toBe(
      '/lessons/what-is-client-care/',
    );
    expect(screen.getByText(/Done · Score 4\/5/)).toBeTruthy();
    expect(screen.getByText('Not started')).toBeTruthy();
    expect(screen.getByText('1 of 2 done')).toBeTruthy();
    // The item pages of this tab learn which assignment sent the trainee there.
    expect(JSON.parse(sessionStorage.getItem(CONTEXT_KEY)!)).toEqual({
      title: 'Week 2',
      back: `/#${fragment}`,
      paths: ['/lessons/what-is-client-care/', '/cases/kimura-slippers/'],
    });
  });

  it('opens a link made before short links', async () => {
    window.location.hash = `#${toBase64Url(JSON.stringify({ v: 1, title: 'Old link', instructions: '', due: '', classCode: 'CC-1', items: [{ kind: 'case', id: 'kimura-slippers' }] }))}`;
    render(<AssignmentPage strings={strings} locale="en" catalogue={CATALOGUE} itemCodes={ITEM_CODES} />);
    await screen.findByRole('heading', { name: 'Old link' });
  });

  it('speaks plainly about the file handed in', async () => {
    window.location.hash = `#${fragment}`;
    render(<AssignmentPage strings={strings} locale="en" catalogue={CATALOGUE} itemCodes={ITEM_CODES} />);
    await screen.findByRole('heading', { name: 'Hand in your work' });
    expect(
      screen.getByText('Your instructor’s page will tell if this file was edited after you downloaded it.'),
    ).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/SHA|checksum/i);
  });

  it('asks for the name before handing in', async () => {
    window.location.hash = `#${fragment}`;
    render(<AssignmentPage strings={strings} locale="en" catalogue={CATALOGUE} itemCodes={ITEM_CODES} />);
    const handIn = (await screen.findByRole('button', {
      name: 'Hand in (download the results file)',
    })) as HTMLButtonElement;
    await waitFor(() => expect(handIn.disabled).toBe(false));
    fireEvent.click(handIn);
    await screen.findByText('A value is needed.');
    expect(screen.getByLabelText('Your name').getAttribute('aria-invalid')).toBe('true');
  });

  it.each([
    [() => fragment.slice(0, 30), 'This assignment link is damaged or cut short'],
    [() => '3zAAAA', 'made with a newer version of the site'],
    [() => '', 'The address has no assignment in it.'],
  ])('a damaged or missing link (%#) shows a message, not a broken page', async (hash, text) => {
    window.location.hash = hash() ? `#${hash()}` : '';
    render(<AssignmentPage strings={strings} locale="en" catalogue={CATALOGUE} itemCodes={ITEM_CODES} />);
    expect((await screen.findByRole('alert')).textContent).toContain(text);
  });
});
