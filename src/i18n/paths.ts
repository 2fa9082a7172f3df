import { DEFAULT_LOCALE, type Locale } from './format';

/** The site's base path ("/" or e.g. "/training/"), always with a trailing slash. */
export const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/**
 * The URL of a page in a language. `route` is the locale-independent part without leading
 * slash, e.g. `lessons/what-is-client-care/` or `` for home. English lives at the root,
 * Simplified Chinese under `zh-cn/`.
 */
export function localePath(locale: Locale, route = ''): string {
  const clean = route.replace(/^\/+/, '');
  return pageHref(locale === DEFAULT_LOCALE ? `${BASE}${clean}` : `${BASE}${locale}/${clean}`);
}

/**
 * A link to a page as the site serves it. A learning platform serves a package's files, not
 * folder indexes, so in a package a link to a folder names the folder's index.html.
 */
export function pageHref(path: string): string {
  return import.meta.env.PUBLIC_LMS_PACKAGE === '1' ? path.replace(/\/(?=[#?]|$)/, '/index.html') : path;
}

/** The locale-independent route of a pathname produced by `localePath`. */
export function routeOf(pathname: string): string {
  let rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\/+/, '');
  if (import.meta.env.PUBLIC_LMS_PACKAGE === '1') rest = rest.replace(/(^|\/)index\.html$/, '$1');
  if (rest === 'zh-cn' || rest.startsWith('zh-cn/')) rest = rest.slice('zh-cn'.length).replace(/^\//, '');
  return rest;
}
