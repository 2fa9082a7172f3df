// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Attitudinal from '../../src/islands/calculators/Attitudinal';
import { calculatorProps, freshVault, NOT_A_NUMBER } from './calculator-setup';

beforeEach(() => {
  history.replaceState(null, '', '/tools/attitudinal/');
});

describe('attitudinal-loyalty calculator', () => {
  it('opens on the worked example: 33.6 of an attainable 49, i.e. 68.6%', async () => {
    freshVault();
    const { container } = render(<Attitudinal {...calculatorProps('attitudinal', 'worked-example')} />);
    await screen.findByText('Score = (4 × 0.3 + 3 × 0.4) × 0.7 × 100 ÷ 5 = 33.6');
    await screen.findByText('Attainable maximum = (5 × 0.3 + 5 × 0.4) × 0.7 × 100 ÷ 5 = 49');
    await screen.findByText('33.6 ÷ 49 = 68.6% of the attainable maximum');
    expect(container.querySelector('.calc-big')?.textContent).toBe('33.6 of an attainable 49');
    expect(container.textContent).not.toMatch(NOT_A_NUMBER);
  });

  it('writes the same in Chinese, with the numbers formatted for the page', async () => {
    freshVault();
    render(<Attitudinal {...calculatorProps('attitudinal', 'worked-example', 'zh-cn')} />);
    await screen.findByText('得分 = (4 × 0.3 + 3 × 0.4) × 0.7 × 100 ÷ 5 = 33.6');
    await screen.findByText('33.6 ÷ 49 = 可达到最高分的 68.6%');
  });

  it('adds a question and reports weights that are all 0 for the group, not a field', async () => {
    freshVault();
    const { container } = render(<Attitudinal {...calculatorProps('attitudinal', 'worked-example')} />);
    const add = await screen.findByRole('button', { name: 'Add a question' });
    await waitFor(() => expect((add as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(add);
    fireEvent.input(await screen.findByLabelText('Question 3: answer'), { target: { value: '5' } });
    fireEvent.input(screen.getByLabelText('Question 3: weight'), { target: { value: '0.3' } });
    await screen.findByText('Score = (4 × 0.3 + 3 × 0.4 + 5 × 0.3) × 0.7 × 100 ÷ 5 = 54.6');
    for (const n of [1, 2, 3])
      fireEvent.input(screen.getByLabelText(`Question ${n}: weight`), { target: { value: '0' } });
    await screen.findByText('At least one weight must be above 0.');
    expect(container.textContent).not.toMatch(NOT_A_NUMBER);
  });
});
