// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import ClassDashboard, { CLASS_KEYS } from '../../src/islands/ClassDashboard';
import { MemoryEngine, Vault } from '../../src/domain/storage/vault';
import { useVault } from '../../src/stores/vault';
import { pickStrings } from '../../src/i18n';
import { makeFileText } from '../unit/instructors/fixtures';
import { CATALOGUE } from './instructors-fixtures';

const strings = pickStrings('en', CLASS_KEYS);

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
    const { unmount } = render(<ClassDashboard strings={strings} locale="en" catalogue={CATALOGUE} />);
    const files = [
      new File([await makeFileText(1)], 'a.json'),
      new File([await makeFileText(2)], 'b.json'),
      new File(['{"format":"ccl-results"'], 'broken.json'),
    ];
    await upload(files);
    await screen.findByText('Trainees shown: 2. Files refused: 1. Files read: 3.');
    expect(screen.getByText('broken.json').closest('li')?.textContent).toBe('broken.json: not a JSON file, or cut short');
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toContain('Trainee 001');

    fireEvent.click(screen.getByRole('button', { name: 'Keep this class on this device' }));
    expect(JSON.parse(engine.getItem('ccl:instructors')!).data.files).toHaveLength(3);
    unmount();
    render(<ClassDashboard strings={strings} locale="en" catalogue={CATALOGUE} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reopen the class kept on this device (3 files)' }));
    await screen.findByText('Trainees shown: 2. Files refused: 1. Files read: 3.');
  });

  it('takes files dropped on it too, and notices a trainee who handed in twice', async () => {
    useVault(new Vault(new MemoryEngine()));
    render(<ClassDashboard strings={strings} locale="en" catalogue={CATALOGUE} />);
    const files = [new File([await makeFileText(3)], 'first.json'), new File([await makeFileText(3, { handedInAt: '2026-12-01T09:00:00.000Z' })], 'second.json')];
    const zone = screen.getByText('Or drop the files here.').closest('.inst-drop')!;
    fireEvent.drop(zone, { dataTransfer: { files } });
    await screen.findByText('Trainees shown: 1. Files refused: 0. Files read: 2.');
    expect(screen.getByText('Trainee 003 handed in more than once: second.json is used, first.json ignored.')).toBeTruthy();
  });

  it('shows the choice counts per decision point in the words trainees saw', async () => {
    useVault(new Vault(new MemoryEngine()));
    const texts = {
      'restaurant-seat-change/first-reply': 'The guest asks to change seats.',
      'restaurant-seat-change/first-reply/policy': 'Quote the seating policy',
    };
    render(<ClassDashboard strings={strings} locale="en" catalogue={CATALOGUE} texts={texts} />);
    await upload([new File([await makeFileText(1)], 'a.json'), new File([await makeFileText(3)], 'b.json')]);
    const caption = await screen.findByText('Decision point: The guest asks to change seats.');
    const rows = Array.from(caption.closest('table')!.querySelectorAll('tbody tr'), (tr) => tr.textContent);
    // Trainee 1 quoted the policy, trainee 3 did not (fixtures: caught when i % 3 === 0); a tie is listed by choice id; no text → the id.
    expect(rows).toEqual(['happy-to-help1 (50%)', 'Quote the seating policy1 (50%)']);
  });
});
