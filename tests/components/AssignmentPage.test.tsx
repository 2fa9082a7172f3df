// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import AssignmentPage, { ASSIGNMENT_KEYS } from '../../src/islands/AssignmentPage';
import { encodeAssignment } from '../../src/domain/instructors/link';
import { MemoryEngine, Vault } from '../../src/domain/storage/vault';
import { useVault } from '../../src/stores/vault';
import { saveAttempt } from '../../src/stores/quizzes';
import { pickStrings } from '../../src/i18n';
import { CATALOGUE } from './instructors-fixtures';

const strings = pickStrings('en', ASSIGNMENT_KEYS);
const fragment = (() => {
  const encoded = encodeAssignment({
    v: 1,
    title: 'Week 2',
    instructions: 'Do both.',
    due: '',
    classCode: 'CC-7',
    items: [
      { kind: 'selfCheck', id: 'what-is-client-care' },
      { kind: 'case', id: 'kimura-slippers' },
    ],
  });
  if (!encoded.ok) throw new Error('fixture');
  return encoded.value;
})();

describe('AssignmentPage', () => {
  beforeEach(() => useVault(new Vault(new MemoryEngine())));

  it('lists the items with their status from saved progress', async () => {
    saveAttempt('what-is-client-care', { earned: 4, total: 5, answers: {} });
    window.location.hash = `#${fragment}`;
    render(<AssignmentPage strings={strings} locale="en" catalogue={CATALOGUE} />);
    await screen.findByRole('heading', { name: 'Week 2' });
    await screen.findByText('1 of 2 items still to do.');
    expect(screen.getByRole('link', { name: 'What client care is' }).getAttribute('href')).toBe('/lessons/what-is-client-care/');
    expect(screen.getByText(/Done \(4\/5\)/)).toBeTruthy();
    expect(screen.getByText(/Not done yet/)).toBeTruthy();
  });

  it('asks for the name before handing in', async () => {
    window.location.hash = `#${fragment}`;
    render(<AssignmentPage strings={strings} locale="en" catalogue={CATALOGUE} />);
    const handIn = (await screen.findByRole('button', { name: 'Hand in (download the results file)' })) as HTMLButtonElement;
    await waitFor(() => expect(handIn.disabled).toBe(false));
    fireEvent.click(handIn);
    await screen.findByText('This is required.');
    expect(screen.getByLabelText('Your name').getAttribute('aria-invalid')).toBe('true');
  });

  it.each([
    [fragment.slice(0, 30), 'This assignment link is damaged or cut short'],
    ['', 'The address has no assignment in it.'],
  ])('a damaged or missing link (%#) shows a message, not a broken page', async (hash, text) => {
    window.location.hash = hash ? `#${hash}` : '';
    render(<AssignmentPage strings={strings} locale="en" catalogue={CATALOGUE} />);
    expect((await screen.findByRole('alert')).textContent).toContain(text);
  });
});
