// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import CarePlanWorksheet, { type WorksheetStrings } from '../../src/islands/CarePlanWorksheet';
import { isIslandKey } from '../../src/islands/worksheet/strings';
import { STORAGE_NOTICE_KEYS } from '../../src/islands/StorageNotice';
import { pickStrings, type UiKey } from '../../src/i18n';
import { worksheetEn } from '../../src/i18n/features/worksheet';
import { MemoryEngine, Vault } from '../../src/domain/storage/vault';
import { useVault } from '../../src/stores/vault';
import { worksheet } from '../../src/stores/worksheet';
import { FILE_KEYS } from '../../src/i18n/fileIssue';
import { ISSUE_KEYS } from '../../src/i18n/issues';

const keys = [
  ...(Object.keys(worksheetEn) as UiKey[]).filter(isIslandKey),
  ...STORAGE_NOTICE_KEYS,
  ...FILE_KEYS,
  ...ISSUE_KEYS,
];
const strings = pickStrings('en', keys) as WorksheetStrings;
let engine: MemoryEngine;

const saved = () => JSON.parse(engine.getItem('ccl:worksheet') ?? 'null')?.data;

async function renderWorksheet() {
  render(<CarePlanWorksheet locale="en" strings={strings} />);
  const add = await screen.findByRole('button', { name: 'Add a row' });
  await waitFor(() => expect((add as HTMLButtonElement).disabled).toBe(false));
}

beforeEach(() => {
  engine = new MemoryEngine();
  useVault(new Vault(engine));
  worksheet.get(); // load from the fresh vault even if the store is still mounted from the last test
});

describe('CarePlanWorksheet', () => {
  it('labels every cell, saves what is typed, and adds a row with focus in its first cell', async () => {
    await renderWorksheet();
    fireEvent.input(screen.getByLabelText('Row 1, Care measure'), { target: { value: 'Monthly trade-news email' } });
    fireEvent.change(screen.getByLabelText('Row 1, Form of care'), { target: { value: 'familyService' } });
    await waitFor(() =>
      expect(saved()?.plan[0]).toMatchObject({ measure: 'Monthly trade-news email', form: 'familyService' }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Add a row' }));
    const need = await screen.findByLabelText('Row 2, Customer need');
    await waitFor(() => expect(document.activeElement).toBe(need));
    expect(screen.getByText('Row 2 added.')).toBeTruthy();
    expect(saved().plan).toHaveLength(2);
  });

  it('moves and removes rows with buttons that name the row', async () => {
    await renderWorksheet();
    fireEvent.click(screen.getByRole('button', { name: 'Add a row' }));
    fireEvent.input(await screen.findByLabelText('Row 2, Customer need'), { target: { value: 'Second' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move row 2 up' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Row 1, Customer need') as HTMLTextAreaElement).value).toBe('Second'),
    );
    expect(screen.getByText('The row is now row 1.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe('ws-p-p2-down'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove row 1' }));
    await waitFor(() => expect(saved().plan.map((r: { id: string }) => r.id)).toEqual(['p1']));
    expect((screen.getByLabelText('Row 1, Customer need') as HTMLTextAreaElement).value).toBe('');
  });

  it('shows a cost that is not a number next to the field and does not save it', async () => {
    await renderWorksheet();
    const cost = screen.getByLabelText('Row 1, Cost');
    fireEvent.input(cost, { target: { value: '12x' } });
    const error = await screen.findByText('“12x” is not a number');
    expect(cost.getAttribute('aria-invalid')).toBe('true');
    expect(cost.getAttribute('aria-describedby')).toContain(error.id);
    expect(saved()?.plan[0].cost ?? null).toBeNull();
    fireEvent.input(cost, { target: { value: '1,200' } });
    await waitFor(() => expect(cost.getAttribute('aria-invalid')).toBeNull());
    expect(saved().plan[0].cost).toBe(1200);
  });

  it('unlocks the reference answer once all five own scores are given, and sums them', async () => {
    await renderWorksheet();
    expect(screen.getByText(/to unlock a reference answer/)).toBeTruthy();
    expect(screen.queryByText('Compare with a reference answer')).toBeNull();
    const scores = [4, 3, 5, 2, 4];
    [
      'The analysis of customer needs is accurate',
      'Measures rest on common needs yet allow for individual ones',
      'Measures are closely tied to the product and service',
      'Measures are creative and give customers a pleasant experience',
      'Measures cost relatively little to carry out',
    ].forEach((criterion, i) => {
      const group = screen.getByRole('group', { name: `${i + 1}. ${criterion}` });
      const self = within(group).getByRole('group', { name: 'Your own rating' });
      fireEvent.click(within(self).getByLabelText(String(scores[i])));
    });
    await screen.findByText('Compare with a reference answer');
    expect(screen.getByText('Total 18 of 25 (mean 3.6)')).toBeTruthy();
    expect(saved().ratings[0].scores).toEqual({
      needsAnalysis: 4,
      commonAndIndividual: 3,
      tiedToOffer: 5,
      creativePleasant: 2,
      lowCost: 4,
    });
  });

  it('refuses a malformed file with a precise message and changes nothing', async () => {
    await renderWorksheet();
    fireEvent.input(screen.getByLabelText('Row 1, Customer need'), { target: { value: 'Keep me' } });
    await waitFor(() => expect(saved()?.plan[0].need).toBe('Keep me'));
    const before = engine.getItem('ccl:worksheet');
    const input = screen.getByLabelText('Import a worksheet (JSON)');
    const bad = JSON.stringify({
      format: 'ccl-care-plan',
      formatVersion: 1,
      worksheet: {
        plan: [{ id: 'p1' }, { id: 'p2', cost: 'plenty' }],
        checklist: [],
        ratings: [{ id: 's1', by: 'self' }],
      },
    });
    Object.defineProperty(input, 'files', {
      value: [new File([bad], 'bad.json', { type: 'application/json' })],
      configurable: true,
    });
    fireEvent.change(input);
    await waitFor(() =>
      expect(document.getElementById('ws-message')!.textContent).toContain(
        'Care plan, row 2, Cost: “plenty” is not a number',
      ),
    );
    expect(document.getElementById('ws-message')!.textContent).toContain(
      'Nothing was imported; your worksheet is unchanged.',
    );
    expect(document.getElementById('ws-message')!.getAttribute('role')).toBe('alert');
    expect(engine.getItem('ccl:worksheet')).toBe(before);
    expect((screen.getByLabelText('Row 1, Customer need') as HTMLTextAreaElement).value).toBe('Keep me');
  });

  it('imports a valid file in full', async () => {
    await renderWorksheet();
    const input = screen.getByLabelText('Import a worksheet (JSON)');
    const good = JSON.stringify({
      format: 'ccl-care-plan',
      formatVersion: 1,
      worksheet: { plan: [{ id: 'p4', need: 'Imported need' }], checklist: [], ratings: [{ id: 's1', by: 'self' }] },
    });
    Object.defineProperty(input, 'files', {
      value: [new File([good], 'good.json', { type: 'application/json' })],
      configurable: true,
    });
    fireEvent.change(input);
    await screen.findByText('Worksheet imported.');
    expect((screen.getByLabelText('Row 1, Customer need') as HTMLTextAreaElement).value).toBe('Imported need');
    expect(saved().plan[0].id).toBe('p4');
  });

  it('"Check my worksheet" lists what is missing and marks the fields', async () => {
    await renderWorksheet();
    fireEvent.input(screen.getByLabelText('Row 1, Customer need'), { target: { value: 'Enquiries' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check my worksheet' }));
    await screen.findByText('Care plan, row 1, Care measure: a value is needed');
    const measure = screen.getByLabelText('Row 1, Care measure');
    expect(measure.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(measure.getAttribute('aria-describedby')!)!.textContent).toBe('a value is needed');
    fireEvent.input(measure, { target: { value: 'Weekly call' } });
    await waitFor(() => expect(measure.getAttribute('aria-invalid')).toBeNull());
  });

  it('says so when storage is disabled, and still works for the visit', async () => {
    useVault(new Vault(null));
    worksheet.get();
    await renderWorksheet();
    expect(screen.getByText(/Your browser is not letting this site save anything/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Row 1, Timing'), { target: { value: 'Monthly' } });
    await waitFor(() => expect((screen.getByLabelText('Row 1, Timing') as HTMLInputElement).value).toBe('Monthly'));
  });
});
