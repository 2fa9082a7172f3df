import { DEFAULT_THRESHOLD_PERCENT, computeSegment, validateSegment } from '../../domain/loyalty/segmentCalculator';
import type { LoyaltySegment } from '../../domain/loyalty/segment';
import { Frame, H, Num, useCalc, type CalcProps } from './shell';

const FIELDS = [
  'attitudeScore',
  'attitudeMax',
  'behaviourScore',
  'behaviourMax',
  'attitudeThresholdPercent',
  'behaviourThresholdPercent',
] as const;
const GRID: readonly (readonly [LoyaltySegment, LoyaltySegment])[] = [
  ['true', 'latent'],
  ['spurious', 'disloyal'],
];

/** The loyalty segment from attitude × behaviour, with what to do about it. */
export default function Segment(p: CalcProps) {
  const c = useCalc(p, new RegExp(`^(${FIELDS.join('|')})$`));
  const raw = Object.fromEntries(FIELDS.map((k) => [k, c.v(k)]));
  const checked = validateSegment(raw);
  const r = checked.ok ? computeSegment(checked.value) : null;
  const name = (s: LoyaltySegment) => c.my(`s.${s}`);
  const axis = (
    which: 'attitude' | 'behaviour',
    score: number,
    max: number,
    percent: number,
    high: boolean,
    line: number,
  ) =>
    c.my(`${which}Line`, {
      score: c.num(score, 4),
      max: c.num(max, 4),
      percent: c.num(percent, 1),
      level: c.t(high ? 'calc.segment.high' : 'calc.segment.low'),
      line: c.num(line, 2),
    });
  const lines = r && [
    axis(
      'attitude',
      r.terms.attitudeScore,
      r.terms.attitudeMax,
      r.attitudePercent,
      r.highAttitude,
      r.terms.attitudeThresholdPercent,
    ),
    axis(
      'behaviour',
      r.terms.behaviourScore,
      r.terms.behaviourMax,
      r.behaviourPercent,
      r.highBehaviour,
      r.terms.behaviourThresholdPercent,
    ),
  ];
  const cellOf = (s: LoyaltySegment) => (s === r?.segment ? `${name(s)} ✓ ${c.my('here')}` : name(s));
  return (
    <Frame
      c={c}
      issues={checked.ok ? [] : checked.issues}
      summary={r ? name(r.segment) : ''}
      sheet={
        r && lines
          ? [
              name(r.segment),
              ...lines,
              c.my(`i.${r.segment}`),
              {
                caption: c.my('grid'),
                rows: [
                  ['', c.my('behaviourHigh'), c.my('behaviourLow')],
                  ...GRID.map((row, i) => [
                    c.t(i === 0 ? 'calc.segment.attitudeHigh' : 'calc.segment.attitudeLow'),
                    ...row.map(cellOf),
                  ]),
                ],
              },
              c.my('strategies'),
              ...r.strategies.map((s) => c.my(`st.${s}`)),
            ]
          : null
      }
      result={
        r &&
        lines && (
          <>
            <p class="calc-big">{name(r.segment)}</p>
            {lines.map((line, i) => (
              <p key={i} class="calc-formula">
                {line}
              </p>
            ))}
            <p class="calc-interp">{c.my(`i.${r.segment}`)}</p>
            <div class="table-scroll">
              <table class="calc-table calc-quadrants">
                <caption>{c.my('grid')}</caption>
                <thead>
                  <tr>
                    <td />
                    <th scope="col">{c.my('behaviourHigh')}</th>
                    <th scope="col">{c.my('behaviourLow')}</th>
                  </tr>
                </thead>
                <tbody>
                  {GRID.map((row, i) => (
                    <tr key={i}>
                      <th scope="row">{c.t(i === 0 ? 'calc.segment.attitudeHigh' : 'calc.segment.attitudeLow')}</th>
                      {row.map((s) => (
                        <td key={s} class={s === r.segment ? 'calc-here' : undefined}>
                          {s === r.segment ? <strong>{name(s)} ✓</strong> : name(s)}
                          {s === r.segment && <span class="visually-hidden"> {c.my('here')}</span>}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <H c={c} shift={1}>
              {c.my('strategies')}
            </H>
            <ul>
              {r.strategies.map((s) => (
                <li key={s}>{c.my(`st.${s}`)}</li>
              ))}
            </ul>
          </>
        )
      }
    >
      <div class="calc-grid">
        <Num c={c} k="attitudeScore" label={c.my('attitudeScore')} />
        <Num c={c} k="attitudeMax" label={c.my('attitudeMax')} />
        <Num c={c} k="behaviourScore" label={c.my('behaviourScore')} />
        <Num c={c} k="behaviourMax" label={c.my('behaviourMax')} />
        <Num
          c={c}
          k="attitudeThresholdPercent"
          label={c.my('attitudeThreshold')}
          placeholder={String(DEFAULT_THRESHOLD_PERCENT)}
          hint={c.my('thresholdHint')}
        />
        <Num
          c={c}
          k="behaviourThresholdPercent"
          label={c.my('behaviourThreshold')}
          placeholder={String(DEFAULT_THRESHOLD_PERCENT)}
          hint={c.my('thresholdHint')}
        />
      </div>
    </Frame>
  );
}
