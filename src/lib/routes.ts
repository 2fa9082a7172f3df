import { LOCALES, type Locale } from '../i18n';

/** Static paths for a `[...locale]` route: English at the root, Chinese under /zh-cn/. */
export function localeParams() {
  return LOCALES.map((locale) => ({ params: { locale: locale === 'en' ? undefined : locale }, props: { locale } }));
}

export type LocaleProps = { locale: Locale };
