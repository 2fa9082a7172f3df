import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calculatorsEn } from '../../../src/i18n/features/calculators';
import { issueKey } from '../../../src/i18n/issues';
import { CALCULATOR_NAMES, presetFields, presetNames } from '../../../src/lib/calculators';
import { SEGMENTS } from '../../../src/domain/loyalty/segment';
import { SEGMENT_STRATEGIES } from '../../../src/domain/loyalty/segmentStrategy';
import { SATISFACTION_LEVELS } from '../../../src/domain/service/expectedDefections';
import { SERVICE_CRITERIA } from '../../../src/domain/service/serviceScorecard';
import { IGNORED_REASONS } from '../../../src/domain/loyalty/npsResponses';

const keys = new Set(Object.keys(calculatorsEn));
const islands = 'src/islands/calculators';
const sources = readdirSync(islands).map((f) => [f, readFileSync(join(islands, f), 'utf8')] as const);
const NAME_OF: Record<string, string> = {
  'Attitudinal.tsx': 'attitudinal',
  'Defections.tsx': 'defections',
  'DeliveredValue.tsx': 'delivered-value',
  'Ladder.tsx': 'ladder',
  'LifetimeValue.tsx': 'lifetime-value',
  'Nps.tsx': 'nps',
  'NpsResponses.tsx': 'nps',
  'Recommendation.tsx': 'recommendation',
  'Recovery.tsx': 'recovery',
  'Scorecard.tsx': 'scorecard',
  'Segment.tsx': 'segment',
};

describe('calculator strings', () => {
  it('every literal key an island uses exists', () => {
    const missing: string[] = [];
    for (const [file, text] of sources) {
      for (const m of text.matchAll(/['`](calc\.[a-z-]+\.[A-Za-z.]+)['`]/g))
        if (!keys.has(m[1]!)) missing.push(`${file}: ${m[1]}`);
      const name = NAME_OF[file];
      if (name)
        for (const m of text.matchAll(/c\.my\('([A-Za-z.]+)'/g))
          if (!keys.has(`calc.${name}.${m[1]}`)) missing.push(`${file}: calc.${name}.${m[1]}`);
    }
    expect(missing).toEqual([]);
  });

  it('every computed key family is complete', () => {
    const expected = [
      ...CALCULATOR_NAMES.flatMap((n) => [`calc.${n}.title`, `calc.${n}.intro`]),
      ...SEGMENTS.flatMap((s) => [`calc.segment.s.${s}`, `calc.segment.i.${s}`]),
      ...Object.values(SEGMENT_STRATEGIES)
        .flat()
        .map((s) => `calc.segment.st.${s}`),
      ...SATISFACTION_LEVELS.flatMap((l) => [`calc.defections.l.${l}`, `calc.defections.i.${l}`]),
      ...SERVICE_CRITERIA.map((c) => `calc.scorecard.c.${c}`),
      ...['strong', 'adequate', 'weak'].map((b) => `calc.scorecard.${b}`),
      ...IGNORED_REASONS.flatMap((r) => [`calc.nps.why.${r}`, `calc.nps.because.${r}`]),
      ...[
        'morePromoters',
        'moreDetractors',
        'balanced',
        'intervalAboveZero',
        'intervalBelowZero',
        'intervalIncludesZero',
      ].map((k) => `calc.nps.${k}`),
      ...['belowBand', 'withinBand', 'aboveBand', 'notComparable'].map((k) => `calc.lifetime-value.${k}`),
      ...['inviteComplaints', 'fixResolutionFirst', 'winsBack', 'losesMore', 'noChange'].map(
        (k) => `calc.recovery.${k}`,
      ),
      ...['noText', 'other'].map((k) => `calc.err.${k}`),
    ];
    expect(expected.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('every issue code the formulas report has a message', () => {
    const NOT_CODES = new Set([
      '',
      'column',
      'confidence',
      'empty',
      'items',
      'responses',
      'retentionPercent',
      'total',
      'weights',
      'outOfRange',
    ]);
    const dirs = ['src/domain/loyalty', 'src/domain/value', 'src/domain/service'];
    const files = [...dirs.flatMap((d) => readdirSync(d).map((f) => join(d, f))), 'src/domain/numbers.ts'];
    const codes = new Set<string>();
    for (const file of files) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (/\bcode\b\s*[:=]/.test(line))
          for (const m of line.matchAll(/'([A-Za-z]*)'/g)) if (!NOT_CODES.has(m[1]!)) codes.add(m[1]!);
      }
    }
    expect(codes.size).toBeGreaterThan(20);
    // A code is worded by the shared dictionary (i18n/issues.ts) or by the calculators' own words.
    const shared = (code: string) => issueKey({ field: 'x', code, params: { value: 'x', min: 0, max: 1 } }) !== null;
    expect([...codes].filter((code) => !shared(code) && !keys.has(`calc.err.${code}`))).toEqual([]);
    expect([...codes].filter(shared).sort()).toEqual([
      'notANumber',
      'notAllowed',
      'notAnInteger',
      'notPositive',
      'required',
    ]);
  });

  it('every calculator has a worked example, and an unknown preset fails naming the page', () => {
    for (const name of CALCULATOR_NAMES) expect(presetNames(name)).toContain('worked-example');
    expect(() => presetFields('nps', 'made-up', 'en', '/lessons/x/')).toThrow(
      '/lessons/x/ asks calculator "nps" for an unknown preset "made-up". Known: worked-example.',
    );
  });
});
