/**
 * content/calculators/presets.json: the calculators' worked examples as content. Each names the
 * lesson that prints it, and that lesson embeds the calculator with it in both languages; a
 * malformed file is refused with the place of the problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { presetsSchema } from '../../../src/schemas/presets';
import { CALCULATOR_NAMES, presetFields, presetNames } from '../../../src/lib/calculators';
import { LOCALES } from '../../../src/domain/locale';

const file = JSON.parse(readFileSync('content/calculators/presets.json', 'utf8'));
const check = (data: unknown) => {
  const read = presetsSchema(CALCULATOR_NAMES).safeParse(data);
  return read.success ? 'ok' : z.prettifyError(read.error);
};

describe('calculator presets', () => {
  it('are valid, and every calculator has a worked example', () => {
    expect(check(file)).toBe('ok');
    for (const name of CALCULATOR_NAMES) expect(presetNames(name), name).toContain('worked-example');
  });

  it('are each embedded, with their name, by the lesson they name, in both languages', () => {
    for (const name of CALCULATOR_NAMES)
      for (const [preset, entry] of Object.entries(file[name] as Record<string, { lesson?: string }>)) {
        if (entry.lesson === undefined) continue;
        for (const locale of LOCALES) {
          const path = `content/lessons/${locale}/${entry.lesson}.mdx`;
          expect(existsSync(path), path).toBe(true);
          expect(readFileSync(path, 'utf8'), `${path} embeds ${name} with ${preset}`).toMatch(
            new RegExp(`<Calculator name="${name}"[^>]*preset="${preset}"`),
          );
        }
      }
  });

  it('give a text per language where it differs, and the same text where it does not', () => {
    const en = presetFields('delivered-value', 'worked-example', 'en', 'test');
    const zh = presetFields('delivered-value', 'worked-example', 'zh-cn', 'test');
    expect(en['offers.0.name']).toBe('A — chain store in the mall');
    expect(zh['offers.0.name']).toBe('A — 商场连锁店');
    expect(zh['offers.0.productValue']).toBe(en['offers.0.productValue']);
  });

  it('are refused when malformed, naming where', () => {
    const copy = () => JSON.parse(JSON.stringify(file));
    const missing = copy();
    delete missing.ladder;
    expect(check(missing)).toMatch(/ladder/);
    const unknown = copy();
    unknown['loyalty-index'] = {};
    expect(check(unknown)).toMatch(/loyalty-index/);
    const badText = copy();
    badText.nps['worked-example'].fields.promoters = 110;
    expect(check(badText)).toMatch(/nps\["worked-example"\]\.fields\.promoters/);
    const oneLanguage = copy();
    oneLanguage['delivered-value']['worked-example'].fields['offers.0.name'] = { en: 'A' };
    expect(check(oneLanguage)).toMatch(/fields\["offers\.0\.name"\]/);
  });

  it('fail the build naming the file and the preset asked for when a lesson names an unknown one', () => {
    expect(() => presetFields('nps', 'worked-exampel', 'en', '/lessons/x/')).toThrow(
      '/lessons/x/ asks calculator "nps" for an unknown preset "worked-exampel". Known: worked-example.',
    );
  });
});
