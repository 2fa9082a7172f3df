import {
  ATTITUDINAL_FIELDS,
  attitudinalInput,
  computeAttitudinalLoyalty,
  MAX_ATTITUDE_ITEMS,
  validateAttitudinalLoyalty,
} from '../../domain/loyalty/attitudinalLoyalty';
import { HIGH_SHARE_OF_MAXIMUM_PERCENT } from '../../domain/loyalty/recommendationLoyalty';
import { Frame, Num, useCalc, type CalcProps } from './shell';
import { Meter } from './Meter';

/** The weighted attitudinal-loyalty score, with the maximum its weights allow. */
export default function Attitudinal(p: CalcProps) {
  const c = useCalc(p, ATTITUDINAL_FIELDS);
  const raw = attitudinalInput(c.f);
  const n = raw.items?.length ?? 1;
  const indexes = Array.from({ length: n }, (_, i) => i);
  const checked = validateAttitudinalLoyalty(raw);
  const r = checked.ok ? computeAttitudinalLoyalty(checked.value) : null;
  const score = r ? c.num(r.score) : '';
  const share = r ? c.num(r.percentOfMaximum, 1) : '';
  const max = r ? c.num(r.maximum) : '';
  const tail = r && { weight: c.num(r.terms.dimensionWeight, 4), scale: c.num(r.terms.scaleMax, 4) };
  const lines = r && [
    c.my('formula', {
      ...tail,
      sum: r.terms.items.map((i) => `${c.num(i.score, 4)} × ${c.num(i.weight, 4)}`).join(' + '),
      score,
    }),
    c.my('max', {
      ...tail,
      sum: r.terms.items.map((i) => `${c.num(r.terms.scaleMax, 4)} × ${c.num(i.weight, 4)}`).join(' + '),
      max,
    }),
    c.my('share', { score, max, share }),
  ];
  const interp =
    r && c.t(r.interpretation === 'highAttitude' ? 'calc.attitudinal.high' : 'calc.attitudinal.low', { share });
  return (
    <Frame
      c={c}
      issues={checked.ok ? [] : checked.issues}
      summary={r ? `${c.my('title')}: ${score} / ${max}` : ''}
      sheet={r && lines ? [{ label: c.my('title'), value: r.score }, ...lines, interp ?? ''] : null}
      result={
        r &&
        lines && (
          <>
            <p class="calc-big">
              {score} <span class="calc-of">{c.my('of', { max })}</span>
            </p>
            <Meter percent={r.percentOfMaximum} line={HIGH_SHARE_OF_MAXIMUM_PERCENT} />
            {lines.map((line) => (
              <p class="calc-formula" key={line}>
                {line}
              </p>
            ))}
            <p class="calc-interp">{interp}</p>
          </>
        )
      }
    >
      <div class="calc-grid">
        <Num c={c} k="scaleMax" label={c.my('scaleMax')} />
        <Num c={c} k="dimensionWeight" label={c.my('dimensionWeight')} hint={c.t('calc.ui.weightHint')} />
      </div>
      {indexes.map((i) => (
        <fieldset class="calc-group" key={i}>
          <legend>{c.my('question', { n: i + 1 })}</legend>
          <div class="calc-grid">
            <Num c={c} k={`items.${i}.score`} label={c.my('score', { n: i + 1 })} />
            <Num c={c} k={`items.${i}.weight`} label={c.my('weight', { n: i + 1 })} />
          </div>
        </fieldset>
      ))}
      <p class="calc-rows">
        <button
          type="button"
          class="secondary"
          disabled={!c.hydrated || n >= MAX_ATTITUDE_ITEMS}
          onClick={() => c.set('items', String(n + 1))}
        >
          {c.my('add')}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={!c.hydrated || n <= 1}
          onClick={() =>
            c.patch({ items: String(n - 1), [`items.${n - 1}.score`]: undefined, [`items.${n - 1}.weight`]: undefined })
          }
        >
          {c.my('remove')}
        </button>
      </p>
    </Frame>
  );
}
