// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Nps from '../../src/islands/calculators/Nps';
import { calculatorProps, freshVault, NOT_A_NUMBER } from './calculator-setup';

beforeEach(() => {
  history.replaceState(null, '', '/tools/nps/');
});

async function responsesMode() {
  const mode = (await screen.findByLabelText('What you have')) as HTMLSelectElement;
  await waitFor(() => expect(mode.disabled).toBe(false));
  fireEvent.change(mode, { target: { value: 'responses' } });
  return (await screen.findByLabelText('Paste the answers')) as HTMLTextAreaElement;
}

describe('NPS calculator', () => {
  it('opens on the dealer’s 200 buyers: 55% − 20% = 35, with the 95% interval', async () => {
    freshVault();
    const { container } = render(<Nps {...calculatorProps('nps', 'worked-example')} />);
    await screen.findByText('NPS = 55% − 20% = 35');
    await screen.findByText(/^95% confidence interval \(adjusted Wald\): .+ to .+, n = 200$/);
    expect(container.textContent).not.toMatch(NOT_A_NUMBER);
  });

  it('reports the pasted values it ignored, by reason, with rows and values', async () => {
    freshVault();
    const { container } = render(<Nps {...calculatorProps('nps', 'worked-example')} />);
    const box = await responsesMode();
    fireEvent.input(box, { target: { value: '9\n10\n7\n11\n3\n9\nn/a\n8\n-1\n10' } });
    await screen.findByText(
      '3 values ignored: 1 not a number (row 7: “n/a”); 2 not between 0 and 10 (row 4: “11”, row 9: “-1”).',
    );
    // 7 answers: promoters 9, 10, 9, 10 → 4; detractors 3 → 1: (4 − 1) ÷ 7 = 42.9
    await screen.findByText('NPS = 57.1% − 14.3% = 42.9');
    await screen.findByText('7 answers read.');
    const chart = container.querySelector('svg[role="img"]');
    expect(chart?.getAttribute('aria-label')).toMatch(
      /^Bar chart of 7 answers by score — 0: 0, 1: 0, 2: 0, 3: 1,.* promoters \(9–10\): 4\.$/,
    );
    expect(screen.getByRole('table', { name: 'Answers per score' })).toBeTruthy();
    expect(container.textContent).not.toMatch(NOT_A_NUMBER);
  });

  it('reads a spreadsheet column with a header and lets the user choose another column', async () => {
    freshVault();
    render(<Nps {...calculatorProps('nps')} />);
    const box = await responsesMode();
    fireEvent.input(box, { target: { value: 'id,score,other\n101,9,0\n102,10,0\n103,2,0' } });
    await screen.findByText('3 answers read from Column 2: score.');
    const column = (await screen.findByLabelText('Column with the answers')) as HTMLSelectElement;
    fireEvent.change(column, { target: { value: '3' } });
    await screen.findByText('NPS = 0% − 100% = -100');
  });

  it('says what is wrong when nothing countable was pasted', async () => {
    freshVault();
    render(<Nps {...calculatorProps('nps')} />);
    const box = await responsesMode();
    fireEvent.input(box, { target: { value: 'yes\nno\nmaybe' } });
    fireEvent.blur(box);
    // The first line reads as a header, so two values are left, neither a number.
    await screen.findByText('No answer from 0 to 10 was found (2 values ignored).');
  });

  it('refuses counts that add up to 0 with one message for the group', async () => {
    freshVault();
    const { container } = render(<Nps {...calculatorProps('nps', 'worked-example')} />);
    for (const label of ['Promoters (answered 9–10)', 'Passives (answered 7–8)', 'Detractors (answered 0–6)']) {
      const input = (await screen.findByLabelText(label)) as HTMLInputElement;
      await waitFor(() => expect(input.disabled).toBe(false));
      fireEvent.input(input, { target: { value: '0' } });
    }
    await screen.findByText('The counts add up to 0: enter at least one answer.');
    expect(container.textContent).not.toMatch(NOT_A_NUMBER);
  });
});
