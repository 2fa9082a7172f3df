/**
 * The manifests of the learning-platform packages: `imsmanifest.xml` for SCORM 1.2 and
 * SCORM 2004 4th edition, `cmi5.xml` for cmi5. Each SCORM item is a SCO whose resource names
 * its launch page and depends on one shared asset resource that lists every file of the site;
 * a cmi5 AU names its launch page relative to the package. Mastery scores come from the items
 * (see ./course.ts): 0–100 in SCORM 1.2, a normalised measure (0–1) in SCORM 2004 and cmi5.
 */
import type { Locale } from '../locale';
import type { LmsItem } from './course';

export interface PackageInfo {
  /** Identifier of the package, unique per language and standard (letters, digits, dashes). */
  readonly identifier: string;
  readonly locale: Locale;
  readonly title: string;
  readonly description: string;
  readonly items: readonly LmsItem[];
  /** Every file of the site, relative to the package root, with forward slashes. */
  readonly files: readonly string[];
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or attribute value escaped for XML; characters XML 1.0 forbids are dropped. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** A file path as a URI reference: each segment percent-encoded, slashes kept. */
export function hrefOf(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** The language tag the standards' language strings use. */
export const languageTag = (locale: Locale) => (locale === 'zh-cn' ? 'zh-CN' : 'en');

const SITE_RESOURCE = 'site-files';
const itemRef = (item: LmsItem) => `item-${item.id}`;
const resourceRef = (item: LmsItem) => `resource-${item.id}`;

function resources(info: PackageInfo, scormType: string, indent: string): string {
  const sco = info.items.map(
    (item) =>
      `${indent}<resource identifier="${resourceRef(item)}" type="webcontent" ${scormType}="sco" href="${xmlEscape(hrefOf(item.launch))}">\n` +
      `${indent}  <file href="${xmlEscape(hrefOf(item.launch))}"/>\n` +
      `${indent}  <dependency identifierref="${SITE_RESOURCE}"/>\n` +
      `${indent}</resource>`,
  );
  const files = [...new Set(info.files)].sort().map((f) => `${indent}  <file href="${xmlEscape(hrefOf(f))}"/>`);
  const site = `${indent}<resource identifier="${SITE_RESOURCE}" type="webcontent" ${scormType}="asset">\n${files.join('\n')}\n${indent}</resource>`;
  return [...sco, site].join('\n');
}

/** Mastery as SCORM 1.2's whole percentage (0–100). */
const percentOf = (share: number) => Math.round(share * 100);
/** A share written with at most four decimals (0.7, not 0.7000000000000001). */
const decimalOf = (share: number) => String(Math.round(share * 10_000) / 10_000);

/**
 * The organization's items, one SCO each: the title, the description as the standard's metadata
 * writes it (`metadata`, when it has one), then the pass mark in the standard's own way (`mastery`).
 */
function scoItems(
  info: PackageInfo,
  metadata: ((item: PackageInfo['items'][number]) => string) | null,
  mastery: (share: number, item: PackageInfo['items'][number]) => string,
): string[] {
  return info.items.map(
    (item) =>
      `      <item identifier="${itemRef(item)}" identifierref="${resourceRef(item)}" isvisible="true">\n` +
      `        <title>${xmlEscape(item.title)}</title>\n` +
      (metadata === null ? '' : `        <metadata>\n${metadata(item)}        </metadata>\n`) +
      (item.masteryScore === null ? '' : mastery(item.masteryScore, item)) +
      `      </item>`,
  );
}

/** An item's description in IEEE LOM (1484.12.3 XML binding), the metadata of SCORM 2004. */
const lomDescription = (lang: string) => (item: PackageInfo['items'][number]) =>
  `          <lom xmlns="http://ltsc.ieee.org/xsd/LOM">\n` +
  `            <general>\n` +
  `              <description><string language="${lang}">${xmlEscape(item.description)}</string></description>\n` +
  `            </general>\n` +
  `          </lom>\n`;

/** Where a SCORM 1.2 package keeps an item's title and description: a metadata file of its own. */
export const scorm12MetadataFile = (item: PackageInfo['items'][number]) => `metadata/${item.id}.xml`;

/**
 * An item's title and description in IMS Metadata 1.2.1, the metadata of SCORM 1.2, for the file
 * its manifest entry names (`adlcp:location`): SCORM 1.2 has no place for them in the manifest.
 */
export function scorm12ItemMetadata(item: PackageInfo['items'][number], locale: Locale): string {
  const lang = languageTag(locale);
  return `<?xml version="1.0" encoding="UTF-8"?>
<lom xmlns="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd">
  <general>
    <title><langstring xml:lang="${lang}">${xmlEscape(item.title)}</langstring></title>
    <language>${lang}</language>
    <description><langstring xml:lang="${lang}">${xmlEscape(item.description)}</langstring></description>
  </general>
</lom>
`;
}

export function scorm12Manifest(info: PackageInfo): string {
  // Each item's description is in its own IMS Metadata 1.2.1 file, named here.
  const items = scoItems(
    info,
    (item) => `          <adlcp:location>${xmlEscape(scorm12MetadataFile(item))}</adlcp:location>\n`,
    (mastery) => `        <adlcp:masteryscore>${percentOf(mastery)}</adlcp:masteryscore>\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlEscape(info.identifier)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="course">
    <organization identifier="course">
      <title>${xmlEscape(info.title)}</title>
${items.join('\n')}
    </organization>
  </organizations>
  <resources>
${resources(info, 'adlcp:scormtype', '    ')}
  </resources>
</manifest>
`;
}

export function scorm2004Manifest(info: PackageInfo): string {
  const items = scoItems(
    info,
    lomDescription(languageTag(info.locale)),
    (mastery, item) =>
      `        <imsss:sequencing>\n` +
      `          <imsss:objectives>\n` +
      `            <imsss:primaryObjective objectiveID="${item.id}-mastery" satisfiedByMeasure="true">\n` +
      `              <imsss:minNormalizedMeasure>${decimalOf(mastery)}</imsss:minNormalizedMeasure>\n` +
      `            </imsss:primaryObjective>\n` +
      `          </imsss:objectives>\n` +
      `        </imsss:sequencing>\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlEscape(info.identifier)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="course">
    <organization identifier="course">
      <title>${xmlEscape(info.title)}</title>
${items.join('\n')}
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
  <resources>
${resources(info, 'adlcp:scormType', '    ')}
  </resources>
</manifest>
`;
}

/**
 * cmi5.xml. `iriBase` is an absolute IRI that makes the course and AU ids globally unique
 * (e.g. `https://training.example.com/lms/`); ids append the language and item id to it.
 */
export function cmi5CourseStructure(info: PackageInfo, iriBase: string): string {
  const lang = languageTag(info.locale);
  const base = iriBase.endsWith('/') ? iriBase : `${iriBase}/`;
  const text = (tag: string, value: string, indent: string) =>
    `${indent}<${tag}><langstring lang="${lang}">${xmlEscape(value)}</langstring></${tag}>`;
  const aus = info.items.map(
    (item) =>
      `  <au id="${xmlEscape(`${base}${info.locale}/${item.id}`)}" moveOn="${item.masteryScore === null ? 'Completed' : 'CompletedAndPassed'}"` +
      (item.masteryScore === null ? '' : ` masteryScore="${decimalOf(item.masteryScore)}"`) +
      ` launchMethod="AnyWindow">\n` +
      `${text('title', item.title, '    ')}\n${text('description', item.description, '    ')}\n` +
      `    <url>${xmlEscape(hrefOf(item.launch))}</url>\n  </au>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xmlEscape(`${base}${info.locale}`)}">
${text('title', info.title, '    ')}
${text('description', info.description, '    ')}
  </course>
${aus.join('\n')}
</courseStructure>
`;
}
