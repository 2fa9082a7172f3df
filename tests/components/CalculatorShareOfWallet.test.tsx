// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import BrandShare from '../../src/islands/calculators/BrandShare';
import { calculatorProps, freshVault, NOT_A_NUMBER } from './calculator-setup';

async function field(label: string): Promise<HTMLInputElement> {
  const input = (await screen.findByLabelText(label)) as HTMLInputElement;
  await waitFor(() => expect(input.disabled).toBe(false));
  return input;
}

const type = (input: HTMLInputElement, text: string) => {
  fireEvent.input(input, { target: { value: text } });
  fireEvent.blur(input);
};

beforeEach(() => {
  history.replaceState(null, '', '/tools/share-of-wallet/');
});

describe('share-of-wallet calculator', () => {
  it('writes the formula out with the numbers typed: 600 ÷ 960 × 100% = 62.5%, behaviourally loyal', async () => {
    freshVault();
    const { container } = render(<BrandShare {...calculatorProps('share-of-wallet')} />);
    type(await field('Spend on this brand'), '600');
    type(await field('Spend on the whole category'), '960');
    await screen.findByText('Share of wallet = 600 ÷ 960 × 100% = 62.5%');
    expect(container.textContent).toContain('at or above the 50% line');
    expect(container.textContent).not.toMatch(NOT_A_NUMBER);
  });

  it('puts a specific message next to a field that is not a number, linked to it, and shows no NaN', async () => {
    freshVault();
    const { container } = render(<BrandShare {...calculatorProps('share-of-wallet', 'worked-example')} />);
    const brand = await field('Spend on this brand');
    type(brand, 'abc');
    const message = await screen.findByText('“abc” is not a number.');
    expect(brand.getAttribute('aria-invalid')).toBe('true');
    expect(brand.getAttribute('aria-describedby')?.split(' ')).toContain(message.closest('p')?.id);
    // The message sits in the same field group as the input.
    expect(message.closest('.calc-field')).toBe(brand.closest('.calc-field'));
    expect(container.textContent).toContain('Correct the fields marked above to see the result.');
    expect(container.textContent).not.toMatch(NOT_A_NUMBER);
  });

  it('says the brand cannot exceed the category total, and out-of-range values name the range', async () => {
    freshVault();
    const { container } = render(<BrandShare {...calculatorProps('share-of-wallet', 'worked-example')} />);
    type(await field('Spend on this brand'), '1000');
    type(await field('Spend on the whole category'), '960');
    await screen.findByText('Cannot exceed the category total of 960.');
    type(await field('Spend on the whole category'), '-5');
    await screen.findByText('Must be more than 0.');
    // A decimal comma reads as in every other field of the site: 7,5 is 7.5.
    type(await field('Spend on the whole category'), '7,5');
    await screen.findByText('Cannot exceed the category total of 7.5.');
    expect(container.textContent).not.toMatch(NOT_A_NUMBER);
  });

  it('does not flag a blank field before it is touched, but does once the user calculates', async () => {
    freshVault();
    const { container } = render(<BrandShare {...calculatorProps('share-of-wallet')} />);
    await field('Spend on this brand');
    expect(container.textContent).toContain('Fill in the fields to see the result.');
    expect(screen.queryByText('A value is needed.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Calculate' }));
    expect(await screen.findAllByText('A value is needed.')).toHaveLength(2);
  });

  it('reads its numbers from a share link, and a tampered link gives a message and the starting values', async () => {
    freshVault();
    history.replaceState(
      null,
      '',
      '/tools/share-of-wallet/?share-of-wallet=' + encodeURIComponent('brandSpend=600&categorySpend=960'),
    );
    const first = render(<BrandShare {...calculatorProps('share-of-wallet', 'worked-example')} />);
    await screen.findByText('Share of wallet = 600 ÷ 960 × 100% = 62.5%');
    first.unmount();

    history.replaceState(
      null,
      '',
      '/tools/share-of-wallet/?share-of-wallet=' + encodeURIComponent('<img src=x onerror=alert(1)>'),
    );
    const { container } = render(<BrandShare {...calculatorProps('share-of-wallet', 'worked-example')} />);
    await screen.findByText(/could not be read/);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('2,160 ÷ 4,800 × 100% = 45%');
  });

  it('keeps what was typed on this device and resets to the preset', async () => {
    const engine = freshVault();
    const first = render(<BrandShare {...calculatorProps('share-of-wallet', 'worked-example')} />);
    type(await field('Spend on this brand'), '600');
    type(await field('Spend on the whole category'), '960');
    await waitFor(() => expect(engine.getItem('ccl:calculators')).toContain('"categorySpend":"960"'));
    first.unmount();

    render(<BrandShare {...calculatorProps('share-of-wallet', 'worked-example')} />);
    await screen.findByText('Share of wallet = 600 ÷ 960 × 100% = 62.5%');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await screen.findByText('Share of wallet = 2,160 ÷ 4,800 × 100% = 45%');
    expect(JSON.parse(engine.getItem('ccl:calculators')!).data.entries).toEqual({});
  });
});
