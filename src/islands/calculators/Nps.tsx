import { useEffect, useMemo, useState } from 'preact/hooks';
import { MAX_FIELD_TEXT } from '../../domain/calculators/fields';
import {
  computeNps,
  computeNpsFromDistribution,
  validateNpsCounts,
  type NpsResult,
} from '../../domain/loyalty/netPromoterScore';
import { CONFIDENCE_LEVELS } from '../../domain/loyalty/npsInterval';
import type { FieldIssue } from '../../domain/result';
import { NPS_FIELDS } from '../../domain/loyalty/netPromoterScore';
import { Choice, Frame, Num, useCalc, type CalcProps } from './shell';
import { NpsLines, npsFigures, npsLines, npsSheet } from './NpsLines';

type Responses = typeof import('./NpsResponses');

/** Net Promoter Score from three counts or from pasted/uploaded 0–10 answers, with its confidence interval. */
export default function Nps(p: CalcProps) {
  const c = useCalc(p, NPS_FIELDS);
  const responsesMode = c.v('mode') === 'responses';
  // The reader of pasted answers (with its CSV parser) loads only when someone chooses that mode.
  const [lib, setLib] = useState<Responses | null>(null);
  useEffect(() => {
    if (responsesMode && !lib) import('./NpsResponses').then((m) => setLib(m)).catch(() => {});
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loads once, when the mode is first chosen
  }, [responsesMode]);
  const text = c.v('responses');
  const column = c.v('column');
  const parsed = useMemo(
    () => (lib && responsesMode ? lib.read(text, column) : null),
    [lib, responsesMode, text, column],
  );

  const level = CONFIDENCE_LEVELS.find((l) => String(l) === (c.v('confidence') || '0.95'));
  let issues: readonly FieldIssue[] =
    level === undefined ? [{ field: 'confidence', code: 'notAllowed', params: { value: c.v('confidence') } }] : [];
  let r: NpsResult | null = null;
  if (!responsesMode) {
    const checked = validateNpsCounts({
      promoters: c.v('promoters'),
      passives: c.v('passives'),
      detractors: c.v('detractors'),
      confidence: level ?? c.v('confidence'),
    });
    if (checked.ok) r = computeNps(checked.value, { confidence: checked.value.confidence });
    else issues = checked.issues;
  } else if (parsed) {
    if (!parsed.result.ok) issues = [...issues, ...parsed.result.issues];
    else if (level !== undefined)
      r = computeNpsFromDistribution(parsed.result.value.distribution, { confidence: level });
  }

  const v = r && npsFigures(c, r);
  const lines = r && v && npsLines(c, r, v);
  return (
    <Frame
      c={c}
      issues={issues}
      summary={v ? `NPS ${v.nps}` : ''}
      sheet={
        r && lines
          ? [...npsSheet(r, lines), ...(lib && r.distribution ? [lib.distributionSheet(c, r.distribution, r.n)] : [])]
          : null
      }
      share={responsesMode && lib && r ? (f) => lib.shareAsCounts(c, f, r) : undefined}
      views={
        r?.distribution && lib ? ['summary', 'formula', 'interval', 'distribution'] : ['summary', 'formula', 'interval']
      }
      result={
        r &&
        v &&
        lines && (
          <>
            <p class="calc-big">
              NPS {v.nps}
              {/* How many answers were read, beside the score, so a wrong reading shows at a glance. */}
              {responsesMode && <span class="calc-of"> {c.my('fromAnswers', { n: v.n })}</span>}
            </p>
            <NpsLines lines={lines} />
            {lib && r.distribution && (
              <div data-view="distribution">
                <lib.Distribution c={c} distribution={r.distribution} n={r.n} />
              </div>
            )}
          </>
        )
      }
    >
      <div class="calc-grid">
        <Choice
          c={c}
          k="mode"
          label={c.my('mode')}
          options={[
            ['counts', c.my('modeCounts')],
            ['responses', c.my('modeResponses')],
          ]}
        />
        <Choice
          c={c}
          k="confidence"
          label={c.my('confidence')}
          options={CONFIDENCE_LEVELS.map((l) => [String(l), `${l * 100}%`] as const)}
        />
      </div>
      {responsesMode ? (
        lib ? (
          <lib.ResponsesFields c={c} parsed={parsed} notSaved={text.length > MAX_FIELD_TEXT} />
        ) : (
          <p class="muted" role="status">
            {c.my('loading')}
          </p>
        )
      ) : (
        <div class="calc-grid">
          <Num c={c} k="promoters" label={c.my('promotersField')} />
          <Num c={c} k="passives" label={c.my('passivesField')} />
          <Num c={c} k="detractors" label={c.my('detractorsField')} />
        </div>
      )}
    </Frame>
  );
}
