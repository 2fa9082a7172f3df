// @vitest-environment happy-dom
/**
 * "Export CSV" writes what the calculator computed, not what the page shows: inputs with their
 * labels (typed numbers read as numbers), the headline figure and table cells as full-precision
 * numbers, the sentences as shown — also after the frame's own updates (sharing) re-rendered it.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Papa from 'papaparse';
import { vi } from 'vitest';
import BrandShare from '../../src/islands/calculators/BrandShare';
import Scorecard from '../../src/islands/calculators/Scorecard';
import { calculatorProps, freshVault } from './calculator-setup';

const downloads = vi.hoisted(() => [] as { name: string; text: string }[]);
vi.mock('../../src/browser/download', async (original) => ({
  ...(await original<typeof import('../../src/browser/download')>()),
  downloadText: (name: string, text: string) => downloads.push({ name, text }),
}));

/** The downloaded file's rows, read back by a CSV parser (a blank row is an empty list). */
async function exported(): Promise<string[][]> {
  const before = downloads.length;
  const button = screen.getByRole('button', { name: 'Export CSV' });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(button);
  await waitFor(() => expect(downloads.length).toBe(before + 1));
  const file = downloads.at(-1)!;
  expect(file.text.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(file.text.slice(1), { newline: '\r\n' }).data;
  return rows.map((row) => (row.length === 1 && row[0] === '' ? [] : row));
}

async function type(label: string, text: string) {
  const input = (await screen.findByLabelText(label)) as HTMLInputElement;
  await waitFor(() => expect(input.disabled).toBe(false));
  fireEvent.input(input, { target: { value: text } });
}

beforeEach(() => {
  history.replaceState(null, '', '/tools/');
  freshVault();
});

describe('calculator CSV export', () => {
  it('share of wallet: the inputs as numbers, 62.5 as a number, then the sentences', async () => {
    render(<BrandShare {...calculatorProps('share-of-wallet')} />);
    await type('Spend on this brand', '600');
    await type('Spend on the whole category', '960');
    await screen.findByText('Share of wallet = 600 ÷ 960 × 100% = 62.5%');
    const rows = await exported();
    expect(rows.slice(0, 6)).toEqual([
      ['Share of wallet'],
      ['Input', 'Value'],
      ['Spend on this brand', '600'],
      ['Spend on the whole category', '960'],
      [],
      ['Result'],
    ]);
    expect(rows[6]).toEqual(['Share of wallet (%)', '62.5']);
    expect(rows[7]).toEqual(['Share of wallet = 600 ÷ 960 × 100% = 62.5%']);
    expect(rows[8]?.[0]).toMatch(/at or above the 50% line/);
  });

  it('keeps the inputs after the frame re-rendered on its own (a share link was made)', async () => {
    const { container } = render(<BrandShare {...calculatorProps('share-of-wallet', 'worked-example')} />);
    const share = await screen.findByRole('button', { name: 'Copy share link' });
    await waitFor(() => expect((share as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(share);
    await waitFor(() => expect(container.querySelector('.calc-toast')?.textContent).not.toBe(''));
    const rows = await exported();
    expect(rows.slice(2, 4).map((r) => r[0])).toEqual(['Spend on this brand', 'Spend on the whole category']);
  });

  it('without a result, says why instead', async () => {
    render(<BrandShare {...calculatorProps('share-of-wallet')} />);
    await type('Spend on this brand', 'abc');
    await screen.findByText('“abc” is not a number.');
    const rows = await exported();
    expect(rows[2]).toEqual(['Spend on this brand', 'abc']);
    expect(rows.at(-2)).toEqual(['Correct the fields marked above to see the result.']);
  });

  it('scorecard: the table’s weights, ratings and points are the computed numbers, not the rounded text', async () => {
    render(<Scorecard {...calculatorProps('scorecard', 'worked-example')} />);
    await screen.findByRole('table');
    const rows = await exported();
    const caption = rows.findIndex((r) => r[0] === 'Each criterion’s weight, rating and points');
    expect(caption).toBeGreaterThan(0);
    const body = rows.slice(caption + 2, caption + 8);
    expect(body).toHaveLength(6);
    // A row: name, weight share (%), rating, points — numbers, and the weights' shares add up to 100.
    const shares = body.map((r) => Number(r[1]));
    expect(shares.every(Number.isFinite)).toBe(true);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    expect(body.every((r) => Number.isFinite(Number(r[2])) && Number.isFinite(Number(r[3])))).toBe(true);
    // The headline figure: the total as a number.
    const total = rows.find((r) => r[0] === 'Service score (%)');
    expect(Number(total?.[1])).toBeGreaterThan(0);
  });
});
