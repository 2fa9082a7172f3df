/**
 * The package manifests, written from the real course content in both languages, validate
 * against the official schemas: IMS Content Packaging 1.1.2 with ADL's SCORM 1.2 extensions,
 * the SCORM 2004 4th edition set (IMS CP 1.1.4, ADL CP/sequencing/navigation, IMS Simple
 * Sequencing, and the IEEE LOM 1484.12.3 binding for each item's metadata, in its default strict
 * composite) and the cmi5 course structure schema. The XSDs are kept in tests/fixtures/lms-xsd.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { readCourse } from '../../../src/build/lms-course';
import { courseItems } from '../../../src/domain/lms/course';
import {
  cmi5CourseStructure,
  languageTag,
  scorm12ItemMetadata,
  scorm12Manifest,
  scorm12MetadataFile,
  scorm2004Manifest,
  xmlEscape,
  type PackageInfo,
} from '../../../src/domain/lms/manifest';
import { LOCALES, type Locale } from '../../../src/domain/locale';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const XSD = join(ROOT, 'tests', 'fixtures', 'lms-xsd');

/** Every schema under a fixture folder, named by its path inside it (the LOM set has subfolders). */
function schemaFiles(dir: string) {
  return readdirSync(join(XSD, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.xsd'))
    .map((fileName) => ({ fileName, contents: readFileSync(join(XSD, dir, fileName), 'utf8') }));
}

/** A schema that imports each namespace a manifest uses, so one validation covers them all. */
function wrapper(imports: Record<string, string>) {
  const lines = Object.entries(imports).map(
    ([namespace, file]) => `  <xs:import namespace="${namespace}" schemaLocation="${file}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test:lms-manifest" elementFormDefault="qualified">
${lines.join('\n')}
</xs:schema>`;
}

async function validate(xml: string, dir: string, imports: Record<string, string>) {
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [{ fileName: 'wrapper.xsd', contents: wrapper(imports) }],
    preload: schemaFiles(dir),
    maxMemoryPages: 4096,
  });
  return result.errors.map((e) => e.message);
}

const SCORM12 = {
  'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
  'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
};
const SCORM2004 = {
  'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
  'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
  'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
  'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
  'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
  'http://ltsc.ieee.org/xsd/LOM': 'lom/lom.xsd',
};
const CMI5 = { 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd': 'cmi5.xsd' };

function packageOf(locale: Locale): PackageInfo {
  const course = readCourse(ROOT, locale);
  const items = courseItems(course);
  return {
    identifier: `client-care-loyalty-${locale}`,
    locale,
    title: course.title,
    description: course.description,
    items,
    files: [...items.map((i) => i.launch), '_astro/page & co.js', 'pagefind/pagefind.js'],
  };
}

describe.each(LOCALES)('manifests in %s', (locale) => {
  const info = packageOf(locale);

  it('has the six modules, the three cases and the worksheet, with the assessments’ pass mark', () => {
    expect(info.items.map((i) => i.id)).toEqual([
      'module-a',
      'module-b',
      'module-c',
      'module-d',
      'module-e',
      'module-f',
      'case-distributor',
      'case-kimura-slippers',
      'case-restaurant-seat-change',
      'worksheet',
    ]);
    expect(info.items.filter((i) => i.kind === 'module').map((i) => i.masteryScore)).toEqual(Array(6).fill(0.7));
  });

  it('SCORM 1.2 imsmanifest.xml validates', async () => {
    const xml = scorm12Manifest(info);
    expect(xml).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
    // Each item names its own metadata file (adlcp:location), which holds its title and description.
    for (const item of info.items)
      expect(xml).toContain(`<adlcp:location>${scorm12MetadataFile(item)}</adlcp:location>`);
    expect(await validate(xml, 'scorm12', SCORM12)).toEqual([]);
  });

  it('SCORM 1.2 item metadata files hold each item’s title and description in the package’s language', () => {
    // IMS Metadata 1.2.1's own schema is not deterministic, so libxml2 cannot load it: the
    // elements the file uses are checked here against the order that schema gives them.
    const lang = languageTag(locale);
    for (const item of info.items) {
      const xml = scorm12ItemMetadata(item, locale);
      expect(xml).toMatch(
        /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<lom xmlns="http:\/\/www\.imsglobal\.org\/xsd\/imsmd_rootv1p2p1"/,
      );
      const general = /<general>([\s\S]*)<\/general>/.exec(xml)![1]!;
      expect([...general.matchAll(/<(\w+)>/g)].map((m) => m[1])).toEqual(['title', 'language', 'description']);
      expect(general).toContain(`<title><langstring xml:lang="${lang}">${xmlEscape(item.title)}</langstring></title>`);
      expect(general).toContain(
        `<description><langstring xml:lang="${lang}">${xmlEscape(item.description)}</langstring></description>`,
      );
      expect(item.description.length).toBeGreaterThan(10);
    }
  });

  it('SCORM 2004 4th edition imsmanifest.xml validates', async () => {
    const xml = scorm2004Manifest(info);
    expect(xml).toContain('<imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>');
    // Each item carries its description from the content files, in IEEE LOM, in the package's language.
    for (const item of info.items)
      expect(xml).toContain(`<string language="${languageTag(locale)}">${xmlEscape(item.description)}</string>`);
    expect(await validate(xml, 'scorm2004-4th', SCORM2004)).toEqual([]);
  });

  it('cmi5.xml validates', async () => {
    const xml = cmi5CourseStructure(info, 'https://training.example.com/lms/');
    expect(xml).toContain('masteryScore="0.7"');
    expect(await validate(xml, 'cmi5', CMI5)).toEqual([]);
  });
});

describe('the validation itself', () => {
  it('rejects a SCORM 2004 manifest whose mastery measure is not a number', async () => {
    const bad = scorm2004Manifest(packageOf('en')).replace(
      '<imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>',
      '<imsss:minNormalizedMeasure>seventy</imsss:minNormalizedMeasure>',
    );
    expect(await validate(bad, 'scorm2004-4th', SCORM2004)).not.toEqual([]);
  });

  it('checks the IEEE LOM metadata strictly, not only the package structure around it', async () => {
    const good = scorm2004Manifest(packageOf('en'));
    // IMS Metadata's element name is not LOM's.
    const langstring = good.replace(
      /<string language=("[^"]+")>([^<]*)<\/string>/,
      '<langstring xml:lang=$1>$2</langstring>',
    );
    // LOM allows one description per language string, but only one aggregation level per item.
    const twoLevels = good.replace(
      /(<\/description>)(\s*<\/general>)/,
      '$1<aggregationLevel><source>LOMv1.0</source><value>2</value></aggregationLevel>' +
        '<aggregationLevel><source>LOMv1.0</source><value>3</value></aggregationLevel>$2',
    );
    // A vocabulary value outside LOMv1.0.
    const badValue = good.replace(
      /(<\/description>)(\s*<\/general>)/,
      '$1<aggregationLevel><source>LOMv1.0</source><value>7</value></aggregationLevel>$2',
    );
    const oneLevel = good.replace(
      /(<\/description>)(\s*<\/general>)/,
      '$1<aggregationLevel><source>LOMv1.0</source><value>2</value></aggregationLevel>$2',
    );
    for (const bad of [langstring, twoLevels, badValue]) {
      expect(bad).not.toEqual(good);
      expect(await validate(bad, 'scorm2004-4th', SCORM2004)).not.toEqual([]);
    }
    expect(await validate(oneLevel, 'scorm2004-4th', SCORM2004)).toEqual([]);
  });

  it('rejects a SCORM 1.2 manifest whose item lists its title after the mastery score', async () => {
    const bad = scorm12Manifest(packageOf('en')).replace(
      /(<title>[^<]*<\/title>)(\s*<metadata>[\s\S]*?<\/metadata>)\s*(<adlcp:masteryscore>70<\/adlcp:masteryscore>)/,
      '$3$2$1',
    );
    expect(bad).not.toEqual(scorm12Manifest(packageOf('en')));
    expect(await validate(bad, 'scorm12', SCORM12)).not.toEqual([]);
  });

  it('rejects a SCORM 1.2 item whose metadata names its file with an element SCORM 1.2 does not have', async () => {
    const bad = scorm12Manifest(packageOf('en'))
      .replace('<adlcp:location>', '<adlcp:href>')
      .replace('</adlcp:location>', '</adlcp:href>');
    expect(bad).not.toEqual(scorm12Manifest(packageOf('en')));
    expect(await validate(bad, 'scorm12', SCORM12)).not.toEqual([]);
  });

  it('rejects a cmi5 AU without a url', async () => {
    const bad = cmi5CourseStructure(packageOf('en'), 'https://training.example.com/lms/').replace(
      /<url>[^<]*<\/url>/,
      '',
    );
    expect(await validate(bad, 'cmi5', CMI5)).not.toEqual([]);
  });
});
