import {
  computeScorecard,
  SCORECARD_BANDS,
  SERVICE_CRITERIA,
  validateScorecard,
  type ServiceCriterion,
} from '../../domain/service/serviceScorecard';
import { SCORECARD_FIELDS, scorecardInput } from '../../domain/service/serviceScorecard';
import { Choice, Frame, Num, useCalc, type CalcProps } from './shell';
import { Meter } from './Meter';

/** The after-sales service scorecard on the six criteria, timeliness from promised vs actual hours. */
export default function Scorecard(p: CalcProps) {
  const c = useCalc(p, SCORECARD_FIELDS);
  const name = (k: ServiceCriterion) => c.my(`c.${k}`);
  const f = (k: ServiceCriterion, part: string) => c.v(`criteria.${k}.${part}`);
  const checked = validateScorecard(scorecardInput(c.f));
  const r = checked.ok ? computeScorecard(checked.value) : null;
  const n = (x: number, d = 2) => c.num(x, d);
  const total = r ? n(r.totalPercent, 1) : '';
  const scale = r ? n(r.scaleMax, 4) : '';
  const mark = (k: ServiceCriterion) => (r?.weakest.includes(k) ? `${name(k)} ⚑ ${c.my('weakestMark')}` : name(k));
  const head = [c.my('criterion'), c.my('weightShare'), c.my('rating', { scale }), c.my('points')];
  const lines = r && {
    sources: r.criteria.flatMap((x) =>
      x.source.kind === 'hours' && x.timeliness
        ? [
            c.t(x.timeliness.onTime ? 'calc.scorecard.onTime' : 'calc.scorecard.late', {
              promised: n(x.source.promisedHours),
              actual: n(x.source.actualHours),
              late: n(x.timeliness.latenessHours),
              percent: n(x.timeliness.latenessPercent, 1),
              scale,
              rating: n(x.rating),
            }),
          ]
        : x.source.kind === 'firstTimeFix'
          ? [c.my('ftfLine', { percent: n(x.source.firstTimeFixPercent, 2), scale, rating: n(x.rating) })]
          : [],
    ),
    formula: c.my('formula', {
      terms: r.criteria.map((x) => `${n(x.weight, 4)} × ${n(x.rating)}`).join(' + '),
      weights: n(r.weightSum, 4),
      scale,
      total,
    }),
    interp:
      c.my(`${r.interpretation}`, { strong: SCORECARD_BANDS.strong, adequate: SCORECARD_BANDS.adequate }) +
      ' ' +
      c.my('weakest', { names: r.weakest.map(name).join(', ') }),
  };
  return (
    <Frame
      c={c}
      issues={checked.ok ? [] : checked.issues}
      summary={r ? `${c.my('total')}: ${total}%` : ''}
      sheet={
        r && lines
          ? [
              { label: c.t('calc.ui.csvPercent', { label: c.my('total') }), value: r.totalPercent },
              {
                caption: c.my('caption'),
                rows: [
                  head,
                  ...r.criteria.map((x) => [mark(x.criterion), x.normalisedWeight * 100, x.rating, x.contribution]),
                ],
              },
              ...lines.sources,
              lines.formula,
              lines.interp,
            ]
          : null
      }
      result={
        r &&
        lines && (
          <>
            <p class="calc-big">{total}%</p>
            <Meter percent={r.totalPercent} />
            <div class="table-scroll">
              <table class="calc-table">
                <caption>{c.my('caption')}</caption>
                <thead>
                  <tr>
                    {head.map((text) => (
                      <th scope="col" key={text}>
                        {text}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {r.criteria.map((x) => (
                    <tr key={x.criterion} class={r.weakest.includes(x.criterion) ? 'calc-here calc-weak' : undefined}>
                      <th scope="row">
                        {name(x.criterion)}
                        {r.weakest.includes(x.criterion) && <strong> ⚑ {c.my('weakestMark')}</strong>}
                      </th>
                      <td class="calc-num">{n(x.normalisedWeight * 100, 1)}%</td>
                      <td class="calc-num">{n(x.rating)}</td>
                      <td class="calc-num">{n(x.contribution, 1)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {lines.sources.map((line, i) => (
              <p key={i} class="calc-formula">
                {line}
              </p>
            ))}
            <p class="calc-formula">{lines.formula}</p>
            <p class="calc-interp">{lines.interp}</p>
          </>
        )
      }
    >
      <div class="calc-grid">
        <Num c={c} k="scaleMax" label={c.my('scaleMax')} hint={c.my('scaleHint')} />
      </div>
      <div class="calc-criteria">
        {SERVICE_CRITERIA.map((k) => {
          const source = f(k, 'source');
          return (
            <fieldset class="calc-group" key={k}>
              <legend>{name(k)}</legend>
              <Num c={c} k={`criteria.${k}.weight`} label={c.my('weight')} sr={name(k)} />
              {k === 'technicalSkill' || k === 'timeliness' ? (
                <Choice
                  c={c}
                  k={`criteria.${k}.source`}
                  label={c.my('from')}
                  sr={name(k)}
                  options={[
                    ['rating', c.my('fromRating')],
                    k === 'timeliness' ? ['hours', c.my('fromHours')] : ['firstTimeFix', c.my('fromFtf')],
                  ]}
                />
              ) : null}
              {k === 'timeliness' && source === 'hours' ? (
                <>
                  <Num c={c} k={`criteria.${k}.promisedHours`} label={c.my('promised')} />
                  <Num c={c} k={`criteria.${k}.actualHours`} label={c.my('actual')} />
                </>
              ) : k === 'technicalSkill' && source === 'firstTimeFix' ? (
                <Num c={c} k={`criteria.${k}.firstTimeFixPercent`} label={c.my('ftf')} />
              ) : (
                <Num c={c} k={`criteria.${k}.rating`} label={c.my('ratingField')} sr={name(k)} />
              )}
            </fieldset>
          );
        })}
      </div>
    </Frame>
  );
}
