// @vitest-environment happy-dom
/**
 * The NPS answers upload checks a file before it touches the answers: a wrong file gets a
 * message naming what it is, and the answers on screen and saved on this device stay as they were.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Nps from '../../src/islands/calculators/Nps';
import { calculatorProps, freshVault } from './calculator-setup';

beforeEach(() => {
  history.replaceState(null, '', '/tools/nps/');
});

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const BACKUP = JSON.stringify({
  format: 'ccl-backup',
  version: 1,
  savedAt: '2026-01-01T00:00:00Z',
  slots: { progress: { lessons: {} } },
});

async function upload(name: string, content: BlobPart) {
  const input = (await screen.findByLabelText('Or upload a .csv or .txt file')) as HTMLInputElement;
  await waitFor(() => expect(input.disabled).toBe(false));
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([content], name)] });
  fireEvent.change(input);
}

describe('NPS answers upload: a wrong file changes nothing', () => {
  it.each([
    ['a PNG renamed .json', 'photo.json', PNG, 'This file is not text: it is a PNG image.'],
    ['a progress backup', 'client-care-data.json', BACKUP, 'This file is JSON'],
    ['truncated JSON', 'cut.json', BACKUP.slice(0, 50), 'This file is JSON'],
    ['JSON with __proto__', 'evil.json', '{"__proto__": {"polluted": 1}, "responses": "9\\n10"}', 'This file is JSON'],
    ['a file with no numbers', 'notes.txt', 'name,comment\nAnn,great service\n', 'This file has no numbers in it'],
    ['a GBK-encoded file', 'gbk.csv', new Uint8Array([0xc6, 0xc0, 0xb7, 0xd6, 0x0a, 0x39, 0x0a]), 'not UTF-8 text'],
  ])('%s: a specific message, answers and saved state unchanged', async (_what, name, content, message) => {
    // Arrange: answers typed and saved
    const engine = freshVault();
    const { container } = render(<Nps {...calculatorProps('nps')} />);
    const mode = (await screen.findByLabelText('What you have')) as HTMLSelectElement;
    await waitFor(() => expect(mode.disabled).toBe(false));
    fireEvent.change(mode, { target: { value: 'responses' } });
    const box = (await screen.findByLabelText('Paste the answers')) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: '9\n10\n3\n8' } });
    await screen.findByText('NPS = 50% − 25% = 25');
    await waitFor(() => expect([...engine.data.values()].join('')).toContain('9\\n10\\n3\\n8'));
    const saved = new Map(engine.data);
    // Act
    await upload(name, content);
    // Assert
    const note = await screen.findByText((text) => text.includes(`“${name}” was not read:`) && text.includes(message));
    expect(note.textContent).toContain('what you had is unchanged');
    expect(box.value).toBe('9\n10\n3\n8');
    expect(container.textContent).toContain('NPS = 50% − 25% = 25');
    // Leaving the page writes any change still waiting for autosave: there must be none.
    window.dispatchEvent(new Event('pagehide'));
    expect(new Map(engine.data)).toEqual(saved);
  });

  it('a good file replaces the answers and says how they were read', async () => {
    freshVault();
    render(<Nps {...calculatorProps('nps')} />);
    const mode = (await screen.findByLabelText('What you have')) as HTMLSelectElement;
    await waitFor(() => expect(mode.disabled).toBe(false));
    fireEvent.change(mode, { target: { value: 'responses' } });
    await upload('survey.txt', '\uFEFF评分\n10, 8；3\t10 9\n');
    await screen.findByText('Read the file “survey.txt”.');
    await screen.findByText('5 answers read.');
    await screen.findByText(/Read as a list: every number counts/);
    await screen.findByText(/The first line, “评分”, was taken as a heading/);
    await screen.findByText('from 5 answers read');
  });
});
