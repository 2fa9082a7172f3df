import {
  findLibraryIndicator,
  INDICATOR_LIBRARY,
  libraryIndicatorsFrom,
  withCompany,
} from '../../../src/domain/indicators/library';
import { SCALE_PRESETS } from '../../../src/domain/indicators/scale';
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { indicatorLibrarySchema } from '../../../src/schemas/indicator-library';

const file = JSON.parse(readFileSync('content/indicators/library.json', 'utf8'));
const check = (data: unknown) => {
  const read = indicatorLibrarySchema.safeParse(data);
  return read.success ? 'ok' : z.prettifyError(read.error);
};

describe('indicator library', () => {
  it('holds the curriculum’s 5 behavioural and 4 attitudinal indicators of module E', () => {
    const moduleE = libraryIndicatorsFrom('module-e');
    expect(moduleE.filter((i) => i.kind === 'behavioural').map((i) => i.id)).toEqual([
      'repeat-purchase-count',
      'share-of-need',
      'selection-time',
      'price-sensitivity',
      'brand-attention',
    ]);
    expect(moduleE.filter((i) => i.kind === 'attitudinal').map((i) => i.id)).toEqual([
      'quality-incident-tolerance',
      'competitor-attitude',
      'repurchase-intention',
      'recommendation-intention',
    ]);
  });

  it('holds the five basic and five additional relationship indicators of 002', () => {
    expect(libraryIndicatorsFrom('relationship-basic')).toHaveLength(5);
    expect(libraryIndicatorsFrom('relationship-additional').map((i) => i.id)).toEqual([
      'share-of-customer',
      'effective-referrals',
      'relationship-duration',
      'transaction-frequency-turnover',
      'lifetime-value',
    ]);
  });

  it('marks shorter selection time and lower price sensitivity as more loyal, and nothing else', () => {
    const reversed = INDICATOR_LIBRARY.filter((i) => i.direction === 'lower-is-more-loyal').map((i) => i.id);
    expect(reversed).toEqual(['selection-time', 'price-sensitivity']);
  });

  it('has unique ids, text ids, a default scale and both languages for every indicator', () => {
    const ids = INDICATOR_LIBRARY.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const indicator of INDICATOR_LIBRARY) {
      expect(indicator.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(indicator.labelId).toBe(`indicators.${indicator.id}.label`);
      expect(indicator.questionId).toBe(`indicators.${indicator.id}.question`);
      expect(SCALE_PRESETS[indicator.defaultScale]).toBeDefined();
      for (const text of [indicator.defaultQuestion.en, indicator.defaultQuestion['zh-cn']]) {
        expect(text).toContain('{company}');
      }
      expect(indicator.defaultLabel.en.length).toBeGreaterThan(0);
      expect(indicator.defaultQuestion['zh-cn']).toMatch(/[\u4e00-\u9fff]/);
      for (const other of indicator.overlaps) expect(findLibraryIndicator(other)?.overlaps).toContain(indicator.id);
    }
  });

  it('asks recommendation intention on 0–10, like NPS', () => {
    expect(findLibraryIndicator('recommendation-intention')?.defaultScale).toBe('eleven-point');
  });

  it.each([
    ['Haier', 'How likely are you to buy from Haier again?', '您今后再次购买Haier产品的可能性有多大？'],
    ['  ', 'How likely are you to buy from this company again?', '您今后再次购买本公司产品的可能性有多大？'],
    ['A$&B', 'How likely are you to buy from A$&B again?', '您今后再次购买A$&B产品的可能性有多大？'],
  ])('puts the company name %j into the questions', (company, en, zh) => {
    const question = findLibraryIndicator('repurchase-intention')!.defaultQuestion;
    expect(withCompany(question, company)).toEqual({ en, 'zh-cn': zh });
  });

  it('comes from content/indicators/library.json, which its schema accepts as it is', () => {
    expect(check(file)).toBe('ok');
    expect(INDICATOR_LIBRARY.map((i) => i.id)).toEqual(file.map((e: { id: string }) => e.id));
    expect(findLibraryIndicator('share-of-need')?.defaultLabel['zh-cn']).toBe(file[1].label['zh-cn']);
  });

  it('refuses a malformed library file, naming where', () => {
    const copy = () => JSON.parse(JSON.stringify(file));
    const noCompany = copy();
    noCompany[0].question['zh-cn'] = '您多久回来购买一次？';
    expect(check(noCompany)).toMatch(/\{company\} in both languages\n {2}→ at \[0\]\.question/);
    const twice = copy();
    twice[1].id = twice[0].id;
    expect(check(twice)).toMatch(/is used twice\n {2}→ at \[1\]\.id/);
    const dangling = copy();
    dangling[0].overlaps = ['loyalty-feeling'];
    expect(check(dangling)).toMatch(/“loyalty-feeling” is not an indicator/);
    const kind = copy();
    kind[2].kind = 'emotional';
    expect(check(kind)).toMatch(/\[2\]\.kind/);
    const oneLanguage = copy();
    delete oneLanguage[3].label.en;
    expect(check(oneLanguage)).toMatch(/\[3\]\.label\.en/);
  });
});
