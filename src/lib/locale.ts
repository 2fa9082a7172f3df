import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n';
import { BASE } from '../i18n/paths';

/** The language of the page being rendered, for components that MDX content embeds. */
export function pageLocale(astro: { currentLocale?: string | undefined; url: URL }): Locale {
  if (isLocale(astro.currentLocale)) return astro.currentLocale;
  const rest = astro.url.pathname.startsWith(BASE) ? astro.url.pathname.slice(BASE.length) : astro.url.pathname;
  return rest === 'zh-cn' || rest.startsWith('zh-cn/') ? 'zh-cn' : DEFAULT_LOCALE;
}
