import { en } from './en';
import { zhCn } from './zh-cn';

import { format, type Locale } from './format';

export { DEFAULT_LOCALE, format, HTML_LANG, isLocale, LOCALES, type Locale } from './format';

/** Every language must supply exactly the English keys: a missing or extra key is a type error. */
export type Dictionary = { readonly [K in keyof typeof en]: string };
export type UiKey = keyof Dictionary;

const dictionaries: Record<Locale, Dictionary> = { en, 'zh-cn': zhCn };

/** A translator bound to one language: `t('home.module', { id: 'A' })`. */
export function useTranslations(locale: Locale) {
  const dict = dictionaries[locale];
  return (key: UiKey, values?: Readonly<Record<string, string | number>>): string => format(dict[key], values);
}

/** Pick only the keys a browser island needs, so pages do not ship the whole dictionary. */
export function pickStrings<K extends UiKey>(locale: Locale, keys: readonly K[]): Record<K, string> {
  const dict = dictionaries[locale];
  const out = {} as Record<K, string>;
  for (const key of keys) out[key] = dict[key];
  return out;
}
