// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import CasePlayer from '../../src/islands/CasePlayer';
import { CASE_PLAYER_KEYS } from '../../src/islands/case/strings';
import { pickStrings } from '../../src/i18n';
import { scenarioIn } from '../../src/domain/cases/localise';
import { MemoryEngine, Vault } from '../../src/domain/storage/vault';
import { useVault } from '../../src/stores/vault';
import { parseAttemptRecord } from '../../src/schemas/attempt';
import { savedCases } from '../../src/stores/cases';
import type { Scenario } from '../../src/domain/cases';
import restaurantFile from '../../content/cases/restaurant-seat-change.json';

// The scenario as the content collection passes it (the schema tests prove the shape).
const restaurant = restaurantFile as unknown as Scenario;

const downloads: { name: string; text: string }[] = [];
vi.mock('../../src/browser/download', () => ({
  downloadText: (name: string, text: string) => downloads.push({ name, text }),
}));

const strings = pickStrings('en', CASE_PLAYER_KEYS);
const scenario = scenarioIn(restaurant, 'en');
const BEST = ['happy-to-help', 'check-booking', 'full-reset', 'greet-and-check-once'];
const ORIGINAL = ['ask-why', 'no-table', 'let-it-go'];

let engine: MemoryEngine;
beforeEach(() => {
  engine = new MemoryEngine();
  loadPage();
  downloads.length = 0;
});
afterEach(cleanup);

const show = () => render(<CasePlayer scenario={scenario} locale="en" strings={strings} />);
const saved = () => JSON.parse(engine.getItem('ccl:cases') ?? 'null')?.data.cases['restaurant-seat-change'];
const heading = () => document.getElementById('case-step-heading');
/** The id of the node on screen. */
const nodeId = () => document.querySelector('.case-player')?.getAttribute('data-node');
/** A fresh vault over the storage, as a page load makes, read by the store at once. */
function loadPage() {
  useVault(new Vault(engine));
  savedCases.get();
}

async function enabled(element: Element | null): Promise<HTMLElement> {
  await waitFor(() => expect((element as HTMLButtonElement | null)?.disabled).toBe(false));
  return element as HTMLElement;
}

/** A response button once it is drawn (the responses load with the part needed after the first step) and enabled. */
async function choiceButton(choiceId: string): Promise<HTMLElement> {
  await waitFor(() =>
    expect(document.querySelector<HTMLButtonElement>(`[data-choice="${choiceId}"]`)?.disabled).toBe(false),
  );
  return document.querySelector(`[data-choice="${choiceId}"]`) as HTMLElement;
}

/** Continue through narration and take the given choices in order; stops after the last choice or at an ending. */
async function play(choices: readonly string[]) {
  const queue = [...choices];
  for (let guard = 0; guard < 50; guard += 1) {
    const current = nodeId();
    if (heading()?.textContent?.startsWith('Ending:')) return;
    const continueButton = screen.queryByRole('button', { name: 'Continue' });
    if (continueButton) {
      fireEvent.click(await enabled(continueButton));
    } else {
      const next = queue.shift();
      if (next === undefined) return;
      fireEvent.click(await choiceButton(next));
    }
    await waitFor(() => expect(nodeId()).not.toBe(current));
    if (continueButton === null && queue.length === 0) return;
  }
}

describe('CasePlayer', () => {
  it('plays the restaurant case to the exemplary ending, moving focus and announcing feedback, and records the attempt', async () => {
    show();
    await enabled(screen.getByRole('button', { name: 'Continue' }));
    expect(heading()?.textContent).toBe('What happens');

    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(heading()?.textContent).toBe('Diner'));
    expect(document.activeElement).toBe(heading());

    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { name: 'Decision 1 · at most 5' });
    fireEvent.click(screen.getByRole('button', { name: /Of course — let me see what I can do/ }));
    await screen.findByText(/You said yes to the person before looking into the details/);
    const feedback = screen.getAllByRole('status').find((region) => region.textContent?.includes('You said yes'));
    expect(feedback?.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(heading());

    await play(BEST.slice(1));
    const ending = await screen.findByRole('heading', { name: 'Ending: A corner, a warm plate, and a regular' });
    expect(document.activeElement).toBe(ending);
    // The ending's sections load on demand.
    await screen.findByText('Kind of ending: exemplary');
    expect(screen.getByText(/At 0 of 2 decisions you chose what the person in the original story did/)).toBeTruthy();
    const chart = document.querySelector('svg[role="img"]');
    const [titleId, descId] = (chart?.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(document.getElementById(titleId ?? '')?.textContent).toBe('Care profile, 0 to 100 per dimension');
    expect(document.getElementById(descId ?? '')?.textContent).toBe(
      'Bar chart of your scores: Empathy 88, Flexibility 100, Ownership 83, Dignity 100, Follow-through 67, Proactivity 100.',
    );
    const profile = screen.getByRole('table', { name: 'Your care profile' });
    const followThrough = [...profile.querySelectorAll('tbody tr')].find(
      (row) => row.getAttribute('data-dimension') === 'followThrough',
    );
    expect([...(followThrough?.children ?? [])].map((cell) => cell.textContent)).toEqual([
      'Follow-through',
      '2',
      '-2 to 4',
      '67',
    ]);
    expect(screen.getByText('Overall score: 90 of 100')).toBeTruthy();
    expect(screen.getByText('Recovery step 6: follow up — a second chance', { exact: false })).toBeTruthy();

    // The attempt is recorded as soon as the ending is on screen.
    await waitFor(() => expect(saved().attempts).toHaveLength(1));
    const entry = saved();
    expect(entry.attempts[0].endingId).toBe('ending-exemplary');
    expect(parseAttemptRecord(entry.attempts[0], [restaurant]).ok).toBe(true);
    expect(entry.run.finishedAt).toBe(entry.attempts[0].finishedAt);
  });

  it('saves the reflection and checklist with the attempt and downloads a file that validates against the scenario', async () => {
    show();
    await play(ORIGINAL);
    await screen.findByRole('heading', { name: 'Ending: He ate quickly and left without a word' });
    await screen.findByText(/At 3 of 3 decisions/);

    // The reflection appears once the attempt is recorded.
    const text = (await screen.findByLabelText(
      /Think of a time a customer asked for something/,
    )) as HTMLTextAreaElement;
    await enabled(text);
    fireEvent.input(text, { target: { value: 'I would say yes first.' } });
    await screen.findByText('22 of 5000 characters');
    fireEvent.click(screen.getByLabelText('Nothing I said suggested the problem was his fault.'));
    await waitFor(() => expect(saved().attempts[0].reflection.checklist['no-blame']).toBe(true));
    expect(saved().attempts[0].reflection.text).toBe('I would say yes first.');

    fireEvent.click(screen.getByRole('button', { name: 'Download attempt file' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const file = parseAttemptRecord(JSON.parse(downloads[0]!.text), [restaurant]);
    expect(file.ok && file.value.reflection).toEqual({
      text: 'I would say yes first.',
      checklist: {
        'listened-first': false,
        'no-blame': true,
        'looked-for-options': false,
        'acted-myself': false,
        'kept-promises': false,
        anticipated: false,
        'followed-up': false,
      },
    });
    expect(downloads[0]!.name).toMatch(/^restaurant-seat-change-attempt-\d{4}-\d\d-\d\dT\d{4}\.json$/);
    expect(await screen.findByRole('heading', { name: 'Your finished attempts' })).toBeTruthy();

    // Away from an ending, the finished attempts are a click away.
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(heading()?.textContent).toBe('What happens'));
    fireEvent.click(await screen.findByRole('button', { name: 'Show your finished attempts (1)' }));
    const history = await screen.findByRole('table', { name: 'Your finished attempts' });
    expect(history.querySelector('tbody tr')?.textContent).toContain('He ate quickly and left without a word');
  });

  it('undoes the last decision and lets the learner choose again', async () => {
    show();
    await play(['ask-why']);
    await waitFor(() => expect(heading()?.textContent).toBe('Diner'));
    expect(document.querySelector('[data-node="explain-guarded"]')).toBeTruthy();

    fireEvent.click(await enabled(screen.getByRole('button', { name: 'Undo my last decision' })));
    await screen.findByRole('heading', { name: 'Decision 1 · at most 5' });
    expect(document.activeElement).toBe(heading());
    expect(screen.getByText('Your last decision was undone. Choose again.')).toBeTruthy();
    expect(saved().run.choices).toEqual([]);

    await play(['happy-to-help']);
    expect(document.querySelector('[data-node="explain-warm"]')).toBeTruthy();
    expect(saved().run.choices).toEqual([{ nodeId: 'first-reply', choiceId: 'happy-to-help' }]);
  });

  it('resumes where the learner left off after a reload, and starts again on request', async () => {
    show();
    await play(['happy-to-help', 'offer-alcove']);
    await screen.findByRole('heading', { name: 'Decision 3 of 4' });
    cleanup();

    // A reload: a fresh vault over the same storage, a fresh render.
    loadPage();
    show();
    await screen.findByRole('heading', { name: 'Decision 3 of 4' });
    await screen.findByText('Welcome back: you are where you left off.');
    expect(await screen.findByText(/A sensible alternative that meets the need/)).toBeTruthy();

    fireEvent.click(await enabled(screen.getByRole('button', { name: 'Start again' })));
    await waitFor(() => expect(heading()?.textContent).toBe('What happens'));
    expect(document.activeElement).toBe(heading());
    expect(saved().run).toBeNull();
  });

  it('starts afresh, saying so, when the saved run no longer fits the case', async () => {
    engine.setItem(
      'ccl:cases',
      JSON.stringify({
        v: 1,
        savedAt: new Date().toISOString(),
        data: {
          cases: {
            'restaurant-seat-change': {
              run: {
                caseVersion: 99,
                path: ['phone-call', 'request'],
                choices: [],
                startedAt: '2026-01-01T00:00:00.000Z',
              },
              attempts: [],
            },
          },
        },
      }),
    );
    loadPage();
    show();
    await screen.findByText(/This case has been updated since you last played it/);
    expect(heading()?.textContent).toBe('What happens');
  });
});
