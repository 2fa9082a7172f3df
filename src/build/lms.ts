/**
 * `npm run build:lms`: the learning-platform packages. Builds the site once under a placeholder
 * base into dist-lms/site (no service worker: the platform serves the package), indexes it with
 * Pagefind, rewrites every URL to be relative (see src/domain/lms/relative.ts), then writes six
 * zips to dist-lms/ — SCORM 1.2, SCORM 2004 4th edition and cmi5, in English and in Chinese —
 * each the whole site plus its manifest (imsmanifest.xml or cmi5.xml) and lms-course.json, the
 * course's items for the pages' run-time (src/browser/lms/).
 *
 * Settings (environment variables):
 * - LMS_CMI5_ENDPOINT: origin of the platform's xAPI endpoint (e.g. https://lrs.example.com), the
 *   one address the cmi5 package's pages may connect to (Content-Security-Policy connect-src).
 *   Without it the cmi5 packages allow only their own origin, which suits platforms that serve
 *   the content and the endpoint from one address.
 * - LMS_ID_BASE: an IRI of yours that makes the cmi5 course and AU ids unique
 *   (default https://client-care-loyalty.invalid/lms/).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { readCourse, readQuestionTypes } from './lms-course';
import {
  courseItems,
  LMS_COURSE_FILE,
  LMS_STANDARDS,
  type LmsCourseFile,
  type LmsStandard,
} from '../domain/lms/course';
import {
  cmi5CourseStructure,
  scorm12ItemMetadata,
  scorm12Manifest,
  scorm12MetadataFile,
  scorm2004Manifest,
  type PackageInfo,
} from '../domain/lms/manifest';
import { hasPlaceholder, relativiseCss, relativiseHtml, relativiseJs } from '../domain/lms/relative';
import { cmi5ConnectSources, withConnectSources } from '../domain/lms/csp';
import { LOCALES, type Locale } from '../domain/locale';

const ROOT = process.cwd();
const OUT = join(ROOT, 'dist-lms');
const SITE = join(OUT, 'site');

function run(command: string, args: string[], env: Record<string, string> = {}) {
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'))
    .sort();
}

/** Rewrites the built site in place to relative URLs; fails naming any file left with the placeholder. */
function relativiseSite(): void {
  const left: string[] = [];
  for (const file of filesUnder(SITE)) {
    const path = join(SITE, file);
    const rewrite = file.endsWith('.html')
      ? (text: string) => relativiseHtml(text, file)
      : file.endsWith('.css')
        ? (text: string) => relativiseCss(text, file)
        : file.endsWith('.js') || file.endsWith('.mjs')
          ? relativiseJs
          : null;
    if (rewrite === null) continue;
    const before = readFileSync(path, 'utf8');
    const after = rewrite(before);
    if (after !== before) writeFileSync(path, after);
    if (hasPlaceholder(after)) left.push(file);
  }
  if (left.length > 0) throw new Error(`Absolute URLs left in the package: ${left.join(', ')}`);
}

const MANIFEST_FILE: Record<LmsStandard, string> = {
  scorm12: 'imsmanifest.xml',
  scorm2004: 'imsmanifest.xml',
  cmi5: 'cmi5.xml',
};

function manifestOf(standard: LmsStandard, info: PackageInfo): string {
  if (standard === 'scorm12') return scorm12Manifest(info);
  if (standard === 'scorm2004') return scorm2004Manifest(info);
  return cmi5CourseStructure(info, process.env['LMS_ID_BASE'] ?? 'https://client-care-loyalty.invalid/lms/');
}

function writePackage(standard: LmsStandard, locale: Locale, files: readonly string[]): string {
  const course = readCourse(ROOT, locale);
  const info: PackageInfo = {
    identifier: `client-care-loyalty-${locale}-${standard}`,
    locale,
    title: course.title,
    description: course.description,
    items: courseItems(course),
    files,
  };
  const connect = standard === 'cmi5' ? cmi5ConnectSources(process.env['LMS_CMI5_ENDPOINT']) : null;
  const zippable: Zippable = {};
  for (const file of files) {
    let bytes: Uint8Array = readFileSync(join(SITE, file));
    if (connect !== null && file.endsWith('.html'))
      bytes = new TextEncoder().encode(withConnectSources(new TextDecoder().decode(bytes), connect));
    zippable[file] = bytes;
  }
  zippable[MANIFEST_FILE[standard]] = new TextEncoder().encode(manifestOf(standard, info));
  if (standard === 'scorm12')
    for (const item of info.items)
      zippable[scorm12MetadataFile(item)] = new TextEncoder().encode(scorm12ItemMetadata(item, locale));
  const name = `client-care-loyalty-${standard}-${locale}.zip`;
  writeFileSync(join(OUT, name), zipSync(zippable, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
  return name;
}

rmSync(OUT, { recursive: true, force: true });
run('npx', ['astro', 'build'], { PUBLIC_LMS_PACKAGE: '1' });
run('npx', ['pagefind', '--site', relative(ROOT, SITE)]);
relativiseSite();
// What the pages' run-time needs to know of the course: which item a page belongs to, and the
// question types its interactions are reported with.
const courseFile: LmsCourseFile = {
  items: { en: courseItems(readCourse(ROOT, 'en')), 'zh-cn': courseItems(readCourse(ROOT, 'zh-cn')) },
  questionTypes: readQuestionTypes(ROOT),
};
writeFileSync(join(SITE, LMS_COURSE_FILE), JSON.stringify(courseFile));
const files = filesUnder(SITE);
mkdirSync(OUT, { recursive: true });
for (const standard of LMS_STANDARDS)
  for (const locale of LOCALES) {
    const name = writePackage(standard, locale, files);
    console.log(`${name}: ${(statSync(join(OUT, name)).size / 1024 / 1024).toFixed(1)} MiB`);
  }
