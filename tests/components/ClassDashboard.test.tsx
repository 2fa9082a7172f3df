// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import ClassDashboard, { CLASS_KEYS } from '../../src/islands/ClassDashboard';
import { MemoryEngine, Vault } from '../../src/domain/storage/vault';
import { useVault } from '../../src/stores/vault';
import { pickStrings } from '../../src/i18n';
import { ASSIGNMENT, makeFileText } from '../unit/instructors/fixtures';
import { CATALOGUE } from './instructors-fixtures';
import { gradebookEn } from '../../src/i18n/features/gradebook';
import { NO_TEXTS } from '../../src/domain/instructors/texts';

const strings = pickStrings('en', [...CLASS_KEYS, ...(Object.keys(gradebookEn) as (keyof typeof gradebookEn)[])]);

async function upload(files: File[]) {
  const input = screen.getByLabelText('Choose results files') as HTMLInputElement;
  await waitFor(() => expect(input.disabled).toBe(false));
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

describe('ClassDashboard', () => {
  it('reads each file on its own: bad ones are listed, the rest make the table; the class can be kept and reopened', async () => {
    const engine = new MemoryEngine();
    useVault(new Vault(engine));
    const { unmount } = render(<ClassDashboard strings={strings} locale="en" catalogue={CATALOGUE} texts={NO_TEXTS} />);
    const files = [
      new File([await makeFileText(1)], 'a.json'),
      new File([await makeFileText(2)], 'b.json'),
      new File(['{"format":"ccl-results"'], 'broken.json'),
    ];
    await upload(files);
    await screen.findByText('Trainees shown: 2. Files refused: 1. Files read: 3.');
    expect(screen.getByText('broken.json').closest('li')?.textContent).toBe(
      'broken.json: not a JSON file, or cut short',
    );
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toContain('Trainee 001');

    fireEvent.click(screen.getByRole('button', { name: 'Keep this class on this device' }));
    expect(JSON.parse(engine.getItem('ccl:instructors')!).data.files).toHaveLength(3);
    unmount();
    render(<ClassDashboard strings={strings} locale="en" catalogue={CATALOGUE} texts={NO_TEXTS} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reopen the class kept on this device (3 files)' }));
    await screen.findByText('Trainees shown: 2. Files refused: 1. Files read: 3.');
  });

  it('takes files dropped on it too, and notices a trainee who handed in twice', async () => {
    useVault(new Vault(new MemoryEngine()));
    render(<ClassDashboard strings={strings} locale="en" catalogue={CATALOGUE} texts={NO_TEXTS} />);
    const files = [
      new File([await makeFileText(3)], 'first.json'),
      new File([await makeFileText(3, { handedInAt: '2026-12-01T09:00:00.000Z' })], 'second.json'),
    ];
    const zone = screen.getByText('Or drop the files here.').closest('.inst-drop')!;
    fireEvent.drop(zone, { dataTransfer: { files } });
    await screen.findByText('Trainees shown: 1. Files refused: 0. Files read: 2.');
    expect(
      screen.getByText('Trainee 003 handed in more than once: second.json is used, first.json ignored.'),
    ).toBeTruthy();
  });

  it('shows the choice counts per decision point in the words trainees saw', async () => {
    useVault(new Vault(new MemoryEngine()));
    const texts = {
      banks: {},
      cases: {
        'restaurant-seat-change': {
          title: 'The seat change',
          dimensions: [],
          prompts: { 'first-reply': 'The guest asks to change seats.' },
          choices: { 'first-reply/policy': 'Quote the seating policy' },
          endings: {},
          reflectionPrompt: '',
          checklist: {},
        },
      },
    };
    render(<ClassDashboard strings={strings} locale="en" catalogue={CATALOGUE} texts={texts} />);
    await upload([new File([await makeFileText(1)], 'a.json'), new File([await makeFileText(3)], 'b.json')]);
    const caption = await screen.findByText('Decision point: The guest asks to change seats.');
    const rows = Array.from(caption.closest('table')!.querySelectorAll('tbody tr'), (tr) => tr.textContent);
    // Trainee 1 quoted the policy, trainee 3 did not (fixtures: caught when i % 3 === 0); a tie is listed by choice id; no text → the id.
    expect(rows).toEqual(['happy-to-help1 (50%)', 'Quote the seating policy1 (50%)']);
  });

  it('gradebook: a header button sorts (aria-sort follows), a name opens the trainee’s work with the reflection, the class filter narrows the rows', async () => {
    useVault(new Vault(new MemoryEngine()));
    render(<ClassDashboard strings={strings} locale="en" catalogue={CATALOGUE} texts={NO_TEXTS} />);
    const other = { assignment: { ...ASSIGNMENT, classCode: 'CC-B' } };
    await upload([
      new File([await makeFileText(1)], 'a.json'),
      new File([await makeFileText(2)], 'b.json'),
      new File([await makeFileText(3, other)], 'c.json'),
    ]);
    await screen.findByText('Trainees shown: 3. Files refused: 0. Files read: 3.');
    const table = screen.getByRole('table', { name: 'Gradebook' });
    const names = () => Array.from(table.querySelectorAll('tbody th'), (th) => th.textContent);
    expect(names()).toEqual(['Trainee 001', 'Trainee 002', 'Trainee 003']);
    // The self-check column (best (i % 4) + 1 of 4: 50%, 75%, 100%).
    const header = screen.getByRole('button', { name: /What client care is/ });
    fireEvent.click(header);
    expect(header.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(header);
    expect(header.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    expect(names()).toEqual(['Trainee 003', 'Trainee 002', 'Trainee 001']);
    expect(screen.getByRole('button', { name: 'Name' }).closest('th')?.hasAttribute('aria-sort')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Trainee 002' }));
    const view = await screen.findByRole('region', { name: 'Work of Trainee 002' });
    expect(view.textContent).toContain('I would listen first.');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Work of Trainee 002'));
    fireEvent.click(screen.getByRole('button', { name: 'Back to the gradebook' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Trainee 002'));

    fireEvent.change(screen.getByLabelText('Show class'), { target: { value: 'CC-B' } });
    await waitFor(() => expect(names()).toEqual(['Trainee 003']));
    expect(screen.getByText('Showing 1 of 3 trainees.')).toBeTruthy();
  });
});
