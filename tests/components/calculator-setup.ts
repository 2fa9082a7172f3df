import { calculatorsEn } from '../../src/i18n/features/calculators';
import { pickStrings, type UiKey } from '../../src/i18n';
import { STORAGE_NOTICE_KEYS } from '../../src/islands/StorageNotice';
import { FILE_KEYS } from '../../src/i18n/fileIssue';
import { ISSUE_KEYS } from '../../src/i18n/issues';
import { STRING_GROUPS, presetFields, type CalculatorName } from '../../src/lib/calculators';
import type { CalcProps } from '../../src/islands/calculators/shell';
import { MemoryEngine, Vault } from '../../src/domain/storage/vault';
import { useVault } from '../../src/stores/vault';

/** The props Calculator.astro gives an island, for tests. */
export function calculatorProps(name: CalculatorName, preset?: string, locale: 'en' | 'zh-cn' = 'en'): CalcProps {
  const prefixes = ['calc.ui.', 'calc.err.', `calc.${name}.`, ...STRING_GROUPS[name].map((g) => `calc.${g}.`)];
  const keys = Object.keys(calculatorsEn).filter((k) => prefixes.some((p) => k.startsWith(p))) as UiKey[];
  return {
    name,
    place: 'tools/',
    locale,
    strings: pickStrings(locale, [
      ...keys,
      ...ISSUE_KEYS,
      ...STORAGE_NOTICE_KEYS,
      ...(name === 'nps' ? FILE_KEYS : []),
    ]),
    preset: presetFields(name, preset, locale, 'test'),
    level: 3,
  };
}

/** A fresh in-memory vault, so each test starts with nothing saved; returns its engine. */
export function freshVault(): MemoryEngine {
  const engine = new MemoryEngine();
  useVault(new Vault(engine));
  return engine;
}

/** Text that must never reach the screen. */
export const NOT_A_NUMBER = /NaN|Infinity|undefined/;
