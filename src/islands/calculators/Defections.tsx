import {
  computeExpectedDefections,
  SATISFACTION_LEVELS,
  validateExpectedDefections,
  type Range,
  type RawExpectedDefections,
} from '../../domain/service/expectedDefections';
import { Choice, Frame, H, Num, useCalc, type CalcProps } from './shell';

/** Expected defections from a satisfaction distribution at Kotler's loss rates, and what moving customers up saves. */
export default function Defections(p: CalcProps) {
  const c = useCalc(p, new RegExp(`^(${SATISFACTION_LEVELS.join('|')}|move|move\\.from|move\\.count)$`));
  const level = (l: string) => c.my(`l.${l}`);
  const mode = c.v('move');
  const raw: Record<string, unknown> = Object.fromEntries(SATISFACTION_LEVELS.map((l) => [l, c.v(l)]));
  raw['move'] = mode === 'all' ? 'all' : mode === 'some' ? { from: c.v('move.from'), count: c.v('move.count') } : null;
  const checked = validateExpectedDefections(raw as RawExpectedDefections);
  const r = checked.ok ? computeExpectedDefections(checked.value) : null;
  const range = (x: Range, d = 2) =>
    Math.abs(x.high - x.low) < 1e-9 ? c.num(x.low, d) : `${c.num(x.low, d)}–${c.num(x.high, d)}`;
  const total = r ? range(r.before.expected, 1) : '';
  /** A range as a spreadsheet cell: its number when both ends agree, else the range as written. */
  const cell = (x: Range, d = 2) => (Math.abs(x.high - x.low) < 1e-9 ? x.low : range(x, d));
  const head = [c.my('level'), c.my('customers'), c.my('rate'), c.my('leave')];
  const lines = r && {
    formula: c.my('formula', { terms: r.before.levels.map((l) => range(l.expected)).join(' + '), total }),
    interp: c.my(`i.${r.interpretation}`),
    after: r.after && r.saved ? c.my('after', { after: range(r.after.expected, 1), saved: range(r.saved) }) : null,
  };
  return (
    <Frame
      c={c}
      issues={checked.ok ? [] : checked.issues}
      summary={r ? `${c.my('expected')}: ${total}` : ''}
      sheet={
        r && lines
          ? [
              { label: c.my('expected'), value: cell(r.before.expected, 1) },
              {
                caption: c.my('caption'),
                rows: [
                  head,
                  ...r.before.levels.map((l) => [
                    level(l.level),
                    l.customers,
                    cell(l.ratePercent, 0),
                    cell(l.expected),
                  ]),
                ],
              },
              lines.formula,
              lines.interp,
              ...(lines.after ? [c.my('afterHeading'), lines.after] : []),
            ]
          : null
      }
      result={
        r &&
        lines && (
          <>
            <p class="calc-big">
              {total}{' '}
              <span class="calc-of">
                {c.my('ofCustomers', {
                  n: c.num(r.before.customers, 0),
                  percent: range(r.before.percentOfCustomers, 1),
                })}
              </span>
            </p>
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
                  {r.before.levels.map((l) => (
                    <tr key={l.level} class={l.level === r.interpretation ? 'calc-here' : undefined}>
                      <th scope="row">{level(l.level)}</th>
                      <td class="calc-num">{c.num(l.customers, 0)}</td>
                      <td class="calc-num">{range(l.ratePercent, 0)}%</td>
                      <td class="calc-num">{range(l.expected)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p class="calc-formula">{lines.formula}</p>
            <p class="calc-interp">{lines.interp}</p>
            {lines.after && (
              <>
                <H c={c} shift={1}>
                  {c.my('afterHeading')}
                </H>
                <p class="calc-formula">{lines.after}</p>
              </>
            )}
          </>
        )
      }
    >
      <div class="calc-grid">
        {SATISFACTION_LEVELS.map((l) => (
          <Num key={l} c={c} k={l} label={c.my('count', { level: level(l) })} />
        ))}
      </div>
      <fieldset class="calc-group">
        <legend>{c.my('moveLegend')}</legend>
        <div class="calc-grid">
          <Choice
            c={c}
            k="move"
            label={c.my('move')}
            options={[
              ['', c.my('moveNone')],
              ['all', c.my('moveAll')],
              ['some', c.my('moveSome')],
            ]}
          />
          {mode === 'some' && (
            <>
              <Choice
                c={c}
                k="move.from"
                label={c.my('from')}
                options={[
                  ['', c.t('calc.ui.choose')],
                  ...SATISFACTION_LEVELS.slice(0, -1).map((l) => [l, level(l)] as const),
                ]}
              />
              <Num c={c} k="move.count" label={c.my('howMany')} />
            </>
          )}
        </div>
      </fieldset>
    </Frame>
  );
}
