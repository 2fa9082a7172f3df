// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import IndicatorBuilder from '../../src/islands/IndicatorBuilder';
import { installVault, openStep, saved, strings, system } from './builder-fixtures';

const header = 'respondent,repurchase-intention,recommendation-intention,share-of-need,price-sensitivity';

describe('IndicatorBuilder — answers', () => {
  it('a CSV with errors lists each by row and column and changes nothing', async () => {
    // Arrange
    const engine = installVault(system());
    render(<IndicatorBuilder locale="en" strings={strings} />);
    await openStep(/Step 5: Enter the answers/);
    // Opening the step keeps it (the builder reopens there); the import must change nothing more.
    const before = engine.getItem('ccl:builder');
    expect(saved(engine).steps).toEqual({ [system().id]: 5 });
    // Act
    fireEvent.input(await screen.findByLabelText('Or paste CSV text'), {
      target: { value: `${header}\nR1,4,9,3,2\nR2,abc,9,3,2\nR3,4,11,3,2\nR1,4,9,3\n` },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import the pasted text' }));
    // Assert
    const alert = await screen.findByText('Nothing was imported from the pasted text. Problems found: 3.');
    const list = alert.parentElement!.textContent!;
    expect(list).toContain('Row 3, column “repurchase-intention”: “abc” is not a number');
    expect(list).toContain('Row 4, column “recommendation-intention”: 11 is outside the range 0 to 10');
    expect(list).toContain('Row 5: 4 cells, but the header row has 5');
    expect(engine.getItem('ccl:builder')).toBe(before);
  });

  it('a header that does not fit names the column, and a file that is not CSV at all is refused', async () => {
    const engine = installVault(system());
    render(<IndicatorBuilder locale="en" strings={strings} />);
    await openStep(/Step 5: Enter the answers/);
    const before = engine.getItem('ccl:builder');
    const file = new File(
      [`respondent,repurchase-intention,recommendation-intention,share-of-need,happiness\nR1,4,9,3,2\n`],
      'survey.csv',
      { type: 'text/csv' },
    );
    const input = (await screen.findByLabelText('Choose a CSV file')) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await screen.findByText('Nothing was imported from survey.csv. Problems found: 2.');
    expect(screen.getByText('Column 5: “happiness” does not match any indicator of this system')).toBeTruthy();
    expect(
      screen.getByText(
        'The header row: no column for the indicator Price sensitivity (price-sensitivity); every indicator needs one (see the template)',
      ),
    ).toBeTruthy();
    expect(engine.getItem('ccl:builder')).toBe(before);
  });

  it('a good CSV is imported whole and the results show each customer’s segment', async () => {
    const engine = installVault(system());
    render(<IndicatorBuilder locale="en" strings={strings} />);
    await openStep(/Step 5: Enter the answers/);
    fireEvent.input(await screen.findByLabelText('Or paste CSV text'), {
      target: { value: `${header}\nA,5,10,5,1\nB,5,10,1,5\nC,1,0,5,1\nD,1,0,1,5\n` },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import the pasted text' }));
    await screen.findByText('Imported the answers from the pasted text (respondents: 4).');
    expect(saved(engine).systems[0]!.responses?.respondents.map((r) => r.id)).toEqual(['A', 'B', 'C', 'D']);
    await openStep(/Step 6: Results and report/);
    const rows = (await screen.findByRole('table', { name: 'Each customer (4)' })).querySelectorAll('tbody tr');
    expect([...rows].map((r) => r.querySelectorAll('td')[3]!.textContent)).toEqual([
      'True loyal',
      'Latent loyal',
      'Spurious loyal',
      'Disloyal',
    ]);
  });

  it('typed answers are checked all or nothing; the bad cell is marked and linked to its message', async () => {
    const engine = installVault(system());
    render(<IndicatorBuilder locale="en" strings={strings} />);
    await openStep(/Step 5: Enter the answers/);
    const cell = (name: string) => screen.getByLabelText(name) as HTMLInputElement;
    await screen.findByLabelText('Row 1: respondent');
    const answers = ['abc', '9', '3', '2'];
    [
      'Q1 Repurchase intention',
      'Q2 Recommendation intention',
      'Q3 Share of total need',
      'Q4 Price sensitivity',
    ].forEach((name, k) => fireEvent.input(cell(`Row 1: ${name}`), { target: { value: answers[k] } }));
    fireEvent.click(screen.getByRole('button', { name: 'Save these answers' }));
    const message = await screen.findByText('Row 1, column “repurchase-intention”: “abc” is not a number');
    expect(cell('Row 1: Q1 Repurchase intention').getAttribute('aria-invalid')).toBe('true');
    expect(cell('Row 1: Q1 Repurchase intention').getAttribute('aria-describedby')).toBe(message.id);
    expect(saved(engine).systems[0]!.responses).toBeUndefined();
    fireEvent.input(cell('Row 1: Q1 Repurchase intention'), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save these answers' }));
    await screen.findByText('Answers saved (respondents: 1).');
    expect(saved(engine).systems[0]!.responses).toEqual({
      indicatorIds: ['repurchase-intention', 'recommendation-intention', 'share-of-need', 'price-sensitivity'],
      respondents: [{ id: 'R1', answers: [4, 9, 3, 2] }],
    });
  });
});
