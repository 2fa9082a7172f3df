import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { pickStrings } from '../../src/i18n';
import { builderEn } from '../../src/i18n/features/builder';
import { STORAGE_NOTICE_KEYS } from '../../src/islands/StorageNotice';
import { FILE_KEYS } from '../../src/i18n/fileIssue';
import { ISSUE_KEYS } from '../../src/i18n/issues';
import type { BuilderStrings } from '../../src/islands/builder/strings';
import type { BuilderState } from '../../src/domain/builder/state';
import type { IndicatorSystem } from '../../src/domain/indicators/system-schema';
import { MemoryEngine, Vault } from '../../src/domain/storage/vault';
import { useVault } from '../../src/stores/vault';
import { builder } from '../../src/stores/builder';

/** The strings the builder page sends to the island, in English. */
export const strings: BuilderStrings = pickStrings('en', [
  ...(Object.keys(builderEn) as (keyof typeof builderEn)[]),
  ...STORAGE_NOTICE_KEYS,
  ...FILE_KEYS,
  ...ISSUE_KEYS,
]);

/** A small system: two attitudinal and two behavioural indicators, weighted pairwise. */
export function system(change: Partial<IndicatorSystem> = {}): IndicatorSystem {
  return {
    format: 'indicator-system',
    formatVersion: 1,
    id: 'sys-test',
    name: 'Supermarket 2026',
    company: 'FreshMart',
    loyalCustomerDefinition: 'Shops with us every week and recommends us.',
    method: 'combined',
    indicators: [
      { source: 'library', id: 'repurchase-intention' },
      { source: 'library', id: 'recommendation-intention', scale: { min: 0, max: 10 } },
      { source: 'library', id: 'share-of-need' },
      { source: 'library', id: 'price-sensitivity' },
    ],
    weighting: { mode: 'direct', raw: [1, 1, 1, 1] },
    scale: { min: 1, max: 5 },
    thresholds: { attitude: 0.5, behaviour: 0.5 },
    ...change,
  };
}

/** A fresh in-memory vault holding `systems`, the first one open; returns the engine to inspect. */
export function installVault(...systems: IndicatorSystem[]): MemoryEngine {
  const engine = new MemoryEngine();
  const state: BuilderState = { systems, selectedId: systems[0]?.id ?? null, sectors: {} };
  engine.setItem('ccl:builder', JSON.stringify({ v: 1, savedAt: new Date(0).toISOString(), data: state }));
  useVault(new Vault(engine));
  builder.get(); // the store reads the new vault now, not the previous test's
  return engine;
}

/** What the vault saved for the builder. */
export const saved = (engine: MemoryEngine): BuilderState =>
  JSON.parse(engine.getItem('ccl:builder')!).data as BuilderState;

/** The saved pairwise matrix of the first system (fails the test if it is weighted otherwise). */
export function savedMatrix(engine: MemoryEngine): readonly (readonly number[])[] {
  const weighting = saved(engine).systems[0]!.weighting;
  if (weighting.mode !== 'pairwise') throw new Error(`expected pairwise weights, got ${weighting.mode}`);
  return weighting.matrix;
}

/** How long a lazily loaded step may take to arrive; only a stuck load uses it all. */
const STEP_LOAD_TIMEOUT = 60_000;

/**
 * Opens the step whose button is named `name` and waits until its panel has arrived: steps 2–6
 * are loaded on demand, and on a busy machine that takes longer than Testing Library's default
 * second, so the test waits for "Loading this step…" to be gone (never for a fixed time).
 */
export async function openStep(name: RegExp): Promise<void> {
  const wait = { timeout: STEP_LOAD_TIMEOUT };
  const button = await screen.findByRole('button', { name }, wait);
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false), wait);
  fireEvent.click(button);
  await waitFor(() => expect(button.getAttribute('aria-current')).toBe('step'), wait);
  await waitFor(() => expect(screen.queryByText(strings['builder.loading'])).toBeNull(), wait);
}
