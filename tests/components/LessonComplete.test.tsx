// @vitest-environment happy-dom
import { render, screen, fireEvent, waitFor } from '@testing-library/preact';
import LessonComplete from '../../src/islands/LessonComplete';
import { MemoryEngine, Vault } from '../../src/domain/storage/vault';
import { useVault } from '../../src/stores/vault';
import { progress } from '../../src/stores/progress';

const strings = {
  'lesson.markComplete': 'Mark as complete',
  'lesson.completed': 'Completed — well done',
  'lesson.markIncomplete': 'Mark as not complete',
  'storage.disabled': 'Saving is off.',
  'storage.readonly': 'Not saving new work.',
  'storage.full': 'Storage is full.',
  'storage.corrupt': 'Damaged: {slot}',
  'storage.newer': 'Newer: {slot}',
  'storage.exportNow': 'Export my data',
};

describe('LessonComplete', () => {
  it('marks the lesson complete, saves it, and can undo', async () => {
    const engine = new MemoryEngine();
    useVault(new Vault(engine));
    render(<LessonComplete slug="what-is-client-care" locale="en" strings={strings} />);
    const button = await screen.findByRole('button', { name: 'Mark as complete' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    await screen.findByText(/Completed — well done/);
    expect(JSON.parse(engine.getItem('ccl:progress')!).data.lessons).toHaveProperty('what-is-client-care');
    expect(progress.get().lastLesson).toBe('what-is-client-care');
    fireEvent.click(screen.getByRole('button', { name: 'Mark as not complete' }));
    await screen.findByRole('button', { name: 'Mark as complete' });
    expect(JSON.parse(engine.getItem('ccl:progress')!).data.lessons).toEqual({});
  });

  it('says so when storage is disabled, and still works for the visit', async () => {
    useVault(new Vault(null));
    render(<LessonComplete slug="x-lesson" locale="en" strings={strings} />);
    await screen.findByText('Saving is off.');
    const button = screen.getByRole('button', { name: 'Mark as complete' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    await screen.findByText(/Completed — well done/);
  });
});
