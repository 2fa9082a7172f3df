import {
  computeRecommendationLoyalty,
  HIGH_SHARE_OF_MAXIMUM_PERCENT,
  validateRecommendationLoyalty,
} from '../../domain/loyalty/recommendationLoyalty';
import { Frame, Num, useCalc, type CalcProps } from './shell';
import { Meter } from './Meter';

/** Recommendation-based loyalty: score × weight × 100 ÷ scale top, with its attainable maximum. */
export default function Recommendation(p: CalcProps) {
  const c = useCalc(p, /^(score|weight|scaleMax)$/);
  const checked = validateRecommendationLoyalty({
    score: c.v('score'),
    weight: c.v('weight'),
    scaleMax: c.v('scaleMax'),
  });
  const r = checked.ok ? computeRecommendationLoyalty(checked.value) : null;
  const value = r ? c.num(r.value) : '';
  const share = r ? c.num(r.percentOfMaximum, 1) : '';
  const lines = r && {
    formula: c.my('formula', {
      score: c.num(r.terms.score, 4),
      weight: c.num(r.terms.weight, 4),
      scaleMax: c.num(r.terms.scaleMax, 4),
      value,
    }),
    max: c.my('max', { weight: c.num(r.terms.weight, 4), max: c.num(r.maximum), value, share }),
    interp: c.t(r.interpretation === 'highRecommendation' ? 'calc.recommendation.high' : 'calc.recommendation.low', {
      share,
    }),
  };
  return (
    <Frame
      c={c}
      issues={checked.ok ? [] : checked.issues}
      summary={r ? `${c.my('title')}: ${value}` : ''}
      sheet={r && lines ? [{ label: c.my('title'), value: r.value }, lines.formula, lines.max, lines.interp] : null}
      result={
        r &&
        lines && (
          <>
            <p class="calc-big">{value}</p>
            <Meter percent={r.percentOfMaximum} line={HIGH_SHARE_OF_MAXIMUM_PERCENT} />
            <p class="calc-formula">{lines.formula}</p>
            <p class="calc-formula">{lines.max}</p>
            <p class="calc-interp">{lines.interp}</p>
          </>
        )
      }
    >
      <div class="calc-grid">
        <Num c={c} k="score" label={c.my('score')} />
        <Num c={c} k="scaleMax" label={c.my('scaleMax')} />
        <Num c={c} k="weight" label={c.my('weight')} hint={c.t('calc.ui.weightHint')} />
      </div>
    </Frame>
  );
}
