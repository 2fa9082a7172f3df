// @vitest-environment happy-dom
import { render, screen, fireEvent, waitFor } from '@testing-library/preact';
import LessonComplete, { LESSON_END_KEYS } from '../../src/islands/LessonComplete';
import { pickStrings } from '../../src/i18n';
import { MemoryEngine, Vault } from '../../src/domain/storage/vault';
import { useVault } from '../../src/stores/vault';
import { progress } from '../../src/stores/progress';
import { quizzes, saveAttempt } from '../../src/stores/quizzes';

const strings = pickStrings('en', LESSON_END_KEYS);
const next = { title: 'Forms of care', href: '/lessons/forms-of-care/' };
const quiz = { id: 'what-is-client-care', passMark: 0.7 };

describe('LessonComplete', () => {
  it('marks the lesson complete, saves it, makes "Next lesson" the primary action, and can undo', async () => {
    const engine = new MemoryEngine();
    useVault(new Vault(engine));
    render(
      <LessonComplete slug="what-is-client-care" locale="en" strings={strings} next={next} home="/" quiz={quiz} />,
    );
    await screen.findByText(
      'Pass the self-check with 70% or more to complete this lesson, or mark it complete yourself.',
    );
    const onward = screen.getByRole('link', { name: 'Next lesson: Forms of care' });
    expect(onward.getAttribute('href')).toBe('/lessons/forms-of-care/');
    expect(onward.classList.contains('secondary')).toBe(true);
    const button = screen.getByRole('button', { name: 'Mark as complete' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    await screen.findByText('Completed — well done');
    expect(screen.getByRole('link', { name: 'Next lesson: Forms of care' }).classList.contains('secondary')).toBe(
      false,
    );
    expect(JSON.parse(engine.getItem('ccl:progress')!).data.lessons).toHaveProperty('what-is-client-care');
    expect(progress.get().lastLesson).toBe('what-is-client-care');
    fireEvent.click(screen.getByRole('button', { name: 'Mark as not complete' }));
    await screen.findByRole('button', { name: 'Mark as complete' });
    expect(JSON.parse(engine.getItem('ccl:progress')!).data.lessons).toEqual({});
  });

  it('shows the self-check score as a whole percentage once complete', async () => {
    useVault(new Vault(new MemoryEngine()));
    saveAttempt('what-is-client-care', { earned: 14 / 3, total: 5, answers: {} });
    progress.set({ lessons: { 'what-is-client-care': { completedAt: new Date().toISOString() } }, lastLesson: null });
    render(
      <LessonComplete slug="what-is-client-care" locale="en" strings={strings} next={next} home="/" quiz={quiz} />,
    );
    await screen.findByText('Your self-check: 93%.');
  });

  it('on the last lesson leads back to the course map', async () => {
    useVault(new Vault(new MemoryEngine()));
    render(<LessonComplete slug="unit-review" locale="en" strings={strings} home="/" />);
    await screen.findByText('Mark this lesson complete when you have worked through it.');
    expect(screen.getByRole('link', { name: 'Back to the course map' }).getAttribute('href')).toBe('/');
  });

  it('says so when storage is disabled, and still works for the visit', async () => {
    useVault(new Vault(null));
    render(<LessonComplete slug="x-lesson" locale="en" strings={strings} home="/" />);
    await screen.findByText(strings['storage.disabled']);
    const button = screen.getByRole('button', { name: 'Mark as complete' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    await screen.findByText(/Completed — well done/);
  });
});

describe('LessonComplete after the self-check', () => {
  it('a passed self-check completes the lesson: success, score and "Next lesson" as the primary action, nothing to undo', async () => {
    useVault(new Vault(new MemoryEngine()));
    progress.set({ lessons: {}, lastLesson: null });
    quizzes.set({ records: {} });
    render(
      <LessonComplete slug="what-is-client-care" locale="en" strings={strings} next={next} home="/" quiz={quiz} />,
    );
    await screen.findByRole('button', { name: 'Mark as complete' });
    saveAttempt('what-is-client-care', { earned: 3.5, total: 5, answers: {} }); // exactly 70%
    await screen.findByText('Completed — well done');
    await screen.findByText('Your self-check: 70%.');
    expect(screen.getByRole('link', { name: 'Next lesson: Forms of care' }).classList.contains('secondary')).toBe(
      false,
    );
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('a self-check below the pass mark does not complete it', async () => {
    useVault(new Vault(new MemoryEngine()));
    progress.set({ lessons: {}, lastLesson: null });
    quizzes.set({ records: {} });
    saveAttempt('what-is-client-care', { earned: 3.49, total: 5, answers: {} });
    render(
      <LessonComplete slug="what-is-client-care" locale="en" strings={strings} next={next} home="/" quiz={quiz} />,
    );
    await screen.findByText(
      'Pass the self-check with 70% or more to complete this lesson, or mark it complete yourself.',
    );
    expect(screen.queryByText('Completed — well done')).toBeNull();
  });
});
