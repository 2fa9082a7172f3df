/**
 * A scenario with the texts of one language only, for a page in that language: the player
 * island receives the whole graph as props, and shipping both languages would double the page.
 * Structure, ids and scoring are untouched, so the engine, replay and attempt checks give
 * exactly the same results; the other language's texts become empty strings.
 */
import type { Scenario } from './scenario';
import type { Locale } from '../locale';

function isLocalisedText(value: object): value is { en: string; 'zh-cn': string } {
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  return keys.length === 2 && typeof record['en'] === 'string' && typeof record['zh-cn'] === 'string';
}

function keepOnly(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((item) => keepOnly(item, locale));
  if (typeof value !== 'object' || value === null) return value;
  if (isLocalisedText(value)) {
    return { en: locale === 'en' ? value.en : '', 'zh-cn': locale === 'zh-cn' ? value['zh-cn'] : '' };
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = keepOnly(item, locale);
  return out;
}

/** The scenario with every text of the other language blanked. */
export function scenarioIn(scenario: Scenario, locale: Locale): Scenario {
  return keepOnly(scenario, locale) as Scenario;
}
