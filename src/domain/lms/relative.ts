/**
 * Relative URLs for the learning-platform packages. A platform serves a package from a path
 * nobody knows at build time (`/pluginfile.php/42/mod_scorm/content/1/…`), so the site is built
 * under a placeholder base and every file is rewritten here:
 *
 * - HTML and CSS: the placeholder (with or without the site's origin) becomes the way up from
 *   the file to the package root (`./`, `../../`), and a link to a folder names its
 *   `index.html`, since platforms serve files, not folder indexes.
 * - JavaScript: chunks sit in `_astro/`, but a path in a script is used both for links (resolved
 *   against the page) and for `import()` (resolved against the script), so the placeholder
 *   becomes the package root's absolute path, worked out at run time from the chunk's own URL.
 */
export const LMS_BASE = '/__lms_base__/';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const PLACEHOLDER = escapeRegExp(LMS_BASE);

/** The way up from a file (path relative to the package root) to the root: `./`, `../`, … */
export function upToRoot(filePath: string): string {
  const depth = filePath.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/** Marks where a placeholder stood (a Unicode noncharacter, never in a page). */
const MARK = '\uFDD0';

export function relativiseHtml(html: string, filePath: string): string {
  const up = upToRoot(filePath);
  const marked = html.replace(new RegExp(`(?:https?://[^"'\\s<>]*?)?${PLACEHOLDER}`, 'g'), MARK);
  // After each mark: the folders, and (when the link ends there) the end of the value.
  return marked.replace(
    new RegExp(`${MARK}((?:[A-Za-z0-9._~%-]+/)*)(?=(["'#?]|&quot;|&#34;)|)`, 'g'),
    (_m, folders: string, end?: string) => (end === undefined ? `${up}${folders}` : `${up}${folders}index.html`),
  );
}

export function relativiseCss(css: string, filePath: string): string {
  return css.replace(new RegExp(PLACEHOLDER, 'g'), upToRoot(filePath));
}

/** The package root's absolute path, computed by a chunk in `_astro/` from its own URL. */
const ROOT_EXPRESSION = 'new URL("../",import.meta.url).pathname';

export function relativiseJs(js: string): string {
  return js
    .replace(new RegExp(`\`${PLACEHOLDER}`, 'g'), `\`\${${ROOT_EXPRESSION}}`)
    .replace(new RegExp(`"${PLACEHOLDER}((?:[^"\\\\\\n]|\\\\.)*)"`, 'g'), `(${ROOT_EXPRESSION}+"$1")`)
    .replace(new RegExp(`'${PLACEHOLDER}((?:[^'\\\\\\n]|\\\\.)*)'`, 'g'), `(${ROOT_EXPRESSION}+'$1')`);
}

/** Whether any placeholder is left (the packaging step fails if one is). */
export const hasPlaceholder = (text: string) => text.includes(LMS_BASE);
