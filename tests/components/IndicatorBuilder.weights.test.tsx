// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import IndicatorBuilder from '../../src/islands/IndicatorBuilder';
import { installVault, openStep, saved, savedMatrix, strings, system } from './builder-fixtures';

/** Judgements consistent with weights 8 : 4 : 2 : 1, except pair 3 (row 1, column 4), entered the wrong way round. */
const inconsistent = [
  [1, 2, 4, 1 / 8],
  [1 / 2, 1, 2, 4],
  [1 / 4, 1 / 2, 1, 2],
  [8, 1 / 4, 1 / 2, 1],
];

/** The judgement a pair's slider shows, in words (also what a screen reader announces). */
const chosen = (slider: HTMLElement) => slider.getAttribute('aria-valuetext');

describe('IndicatorBuilder — weighting', () => {
  it('names the most inconsistent pair with the suggested value, and applying it brings CR to 0.10 or below', async () => {
    // Arrange
    const engine = installVault(system({ weighting: { mode: 'pairwise', matrix: inconsistent } }));
    render(<IndicatorBuilder locale="en" strings={strings} />);
    // Act
    await openStep(/Step 3: Weight them/);
    // Assert: the warning names the pair and the value to use.
    const warning = await screen.findByText(
      /Least consistent judgement: pair 3, “Repurchase intention” \(A\) versus “Price sensitivity” \(B\)\. You chose “1\/8 — B is very strongly to extremely more important”\./,
    );
    expect(warning.textContent).toContain(
      'Changing it to “8 — A is very strongly to extremely more important” would bring CR to 0.000.',
    );
    expect(screen.getByText(/CR = 1\.013: not acceptable/)).toBeTruthy();
    // The pair is marked beside its slider too.
    const slider = screen.getByLabelText(/^Pair 3 of 6: A “Repurchase intention” versus B “Price sensitivity”/);
    expect(slider.closest('label, li')?.textContent).toContain('least consistent');
    expect(chosen(slider)).toBe('1/8 — B is very strongly to extremely more important');

    // Act: apply the suggestion.
    fireEvent.click(screen.getByRole('button', { name: 'Apply the suggestion: set pair 3 to 8' }));

    // Assert: consistent now, saved, and the warning is gone.
    await screen.findByText(/CR = 0\.000: acceptable/);
    expect(screen.queryByText(/Least consistent judgement/)).toBeNull();
    expect(chosen(screen.getByLabelText(/^Pair 3 of 6/))).toBe('8 — A is very strongly to extremely more important');
    const matrix = savedMatrix(engine);
    expect(matrix[0]![3]).toBe(8);
    expect(matrix[3]![0]).toBe(1 / 8);
    const weights = within(screen.getByRole('table', { name: 'Weights' }))
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(weights).toEqual([
      'Repurchase intention53.3%',
      'Recommendation intention26.7%',
      'Share of total need13.3%',
      'Price sensitivity6.7%',
    ]);
  });

  it('a changed judgement is saved with its reciprocal and the weights follow', async () => {
    const engine = installVault(
      system({ weighting: { mode: 'pairwise', matrix: inconsistent.map((r) => r.map(() => 1)) } }),
    );
    render(<IndicatorBuilder locale="en" strings={strings} />);
    await openStep(/Step 3: Weight them/);
    const slider = (await screen.findByLabelText(/^Pair 1 of 6/)) as HTMLInputElement;
    expect(slider.type).toBe('range');
    expect(chosen(slider)).toBe('1 — A and B are equally important');
    // Two steps towards A from the middle (position 8 of 0–16): 3, A moderately more important.
    fireEvent.input(slider, { target: { value: '6' } });
    await waitFor(() => expect(savedMatrix(engine)[0]![1]).toBe(3));
    expect(savedMatrix(engine)[1]![0]).toBe(1 / 3);
    await waitFor(() =>
      expect(chosen(screen.getByLabelText(/^Pair 1 of 6/))).toBe('3 — A is moderately more important'),
    );
    expect(screen.getByText('3 — A is moderately more important', { selector: 'output' })).toBeTruthy();
  });

  it('direct weights are normalised as typed; a bad number is named next to its field and not saved', async () => {
    const engine = installVault(system());
    render(<IndicatorBuilder locale="en" strings={strings} />);
    await openStep(/Step 3: Weight them/);
    const first = (await screen.findByLabelText('Repurchase intention')) as HTMLInputElement;
    fireEvent.input(first, { target: { value: '5' } });
    await waitFor(() => expect(saved(engine).systems[0]!.weighting).toEqual({ mode: 'direct', raw: [5, 1, 1, 1] }));
    expect(screen.getAllByText('62.5%').length).toBeGreaterThan(0);
    fireEvent.input(first, { target: { value: 'abc' } });
    const error = await screen.findByText('“abc” is not a number');
    expect(first.getAttribute('aria-invalid')).toBe('true');
    expect(first.getAttribute('aria-describedby')).toBe(error.id);
    expect(saved(engine).systems[0]!.weighting).toEqual({ mode: 'direct', raw: [5, 1, 1, 1] });
  });

  it('group mode combines participants by geometric mean and reports each one’s consistency', async () => {
    const p1 = [
      [1, 4, 1, 1],
      [1 / 4, 1, 1, 1],
      [1, 1, 1, 1],
      [1, 1, 1, 1],
    ];
    const p2 = [
      [1, 1, 1, 1],
      [1, 1, 1, 1],
      [1, 1, 1, 1],
      [1, 1, 1, 1],
    ];
    installVault(
      system({
        weighting: {
          mode: 'group',
          matrices: [
            { participant: 'Ana', matrix: p1 },
            { participant: 'Bo', matrix: p2 },
          ],
        },
      }),
    );
    render(<IndicatorBuilder locale="en" strings={strings} />);
    await openStep(/Step 3: Weight them/);
    await screen.findByText('Group result (geometric mean; participants: 2)');
    const dispersion = screen.getByRole('table', { name: 'Agreement on each pair' });
    // Pair 1: judgements 4 and 1 → group 2, geometric SD 2 (a factor of 2 apart).
    expect(within(dispersion).getAllByRole('row')[1]!.textContent).toContain('2.00');
    expect(within(dispersion).getAllByRole('row')[1]!.textContent).toContain('participants disagree');
    const participants = screen.getByRole('table', { name: 'Each participant' });
    expect(within(participants).getByText('Ana')).toBeTruthy();
    expect(within(participants).getByText('Bo')).toBeTruthy();
  });

  it('reopens on the step it was left at, with that step kept in the saved data', async () => {
    const engine = installVault(system({ weighting: { mode: 'pairwise', matrix: inconsistent } }));
    render(<IndicatorBuilder locale="en" strings={strings} />);
    await openStep(/Step 3: Weight them/);
    await waitFor(() => expect(saved(engine).steps).toEqual({ [system().id]: 3 }));
    // Act: leave the page and come back.
    cleanup();
    render(<IndicatorBuilder locale="en" strings={strings} />);
    // Assert
    await screen.findByRole('heading', { name: /^Step 3 of 6/ }, { timeout: 20_000 });
    expect(await screen.findByLabelText(/^Pair 1 of 6/, {}, { timeout: 20_000 })).toBeTruthy();
  });
});
