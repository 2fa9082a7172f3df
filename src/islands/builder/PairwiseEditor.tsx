import { useMemo } from 'preact/hooks';
import { format } from '../../i18n/format';
import type { PairwiseAnalysis } from '../../domain/weights/ahp';
import { analysePairwise } from '../../domain/weights/ahp';
import { upperTrianglePairs } from '../../domain/weights/matrix';
import { nearestSaatyValue, SAATY_SCALE, saatyNotation } from '../../domain/weights/saaty';
import { setJudgement } from '../../domain/builder/edit';
import type { Locale } from '../../domain/locale';
import { formatFixed, formatShare } from '../../i18n/numbers';
import type { BuilderKey, BuilderStrings } from './strings';

type Matrix = readonly (readonly number[])[];

/** UI keys of Saaty's 17 values, in `SAATY_SCALE` order (1/9 … 1 … 9). */
const PAIR_KEYS: readonly BuilderKey[] = [
  'builder.pair.b9',
  'builder.pair.b8',
  'builder.pair.b7',
  'builder.pair.b6',
  'builder.pair.b5',
  'builder.pair.b4',
  'builder.pair.b3',
  'builder.pair.b2',
  'builder.pair.equal',
  'builder.pair.a2',
  'builder.pair.a3',
  'builder.pair.a4',
  'builder.pair.a5',
  'builder.pair.a6',
  'builder.pair.a7',
  'builder.pair.a8',
  'builder.pair.a9',
];

/** Position of a judgement on Saaty's scale, or -1 when it is not one of the 17 values. */
export const scaleIndex = (value: number) => SAATY_SCALE.findIndex((v) => Math.abs(v - value) <= 1e-6 * v);

/** A judgement in words: "9 — A is extremely more important"; off-scale values as a plain number. */
export function judgementText(value: number, s: BuilderStrings): string {
  const k = scaleIndex(value);
  return k >= 0 ? s[PAIR_KEYS[k]!] : format(s['builder.pair.other'], { value: saatyNotation(value) });
}

/** 1-based number of pair (row, column) in the order the pairs are listed. */
export const pairNumber = (n: number, row: number, column: number) =>
  upperTrianglePairs(n).findIndex(([i, j]) => i === row && j === column) + 1;

/** The slider of one pair, for focusing it from elsewhere. */
export const pairSelectId = (prefix: string, row: number, column: number) => `${prefix}-pair-${row}-${column}`;

/** Slider positions: A's side on the left (9 … 2), equal in the middle, B's side on the right. */
const LAST = SAATY_SCALE.length - 1;
/** Ticks written under a slider: the odd values, each with its word ("moderately"). */
const TICKS: readonly [number, BuilderKey][] = [
  [9, 'builder.pair.word.9'],
  [7, 'builder.pair.word.7'],
  [5, 'builder.pair.word.5'],
  [3, 'builder.pair.word.3'],
  [1, 'builder.pair.word.1'],
  [3, 'builder.pair.word.3'],
  [5, 'builder.pair.word.5'],
  [7, 'builder.pair.word.7'],
  [9, 'builder.pair.word.9'],
];

/**
 * One pair's judgement as a slider over Saaty's 17 values, readable on a projector: A's name
 * at the left end, B's at the right, the odd values with their words underneath, and the
 * judgement in words beside it (also the slider's spoken value). Arrow keys move one step,
 * Home and End go to the extremes.
 */
function PairSlider({
  id,
  value,
  a,
  b,
  label,
  worst,
  strings: s,
  onPick,
}: {
  id: string;
  value: number;
  a: string;
  b: string;
  label: string;
  worst: boolean;
  strings: BuilderStrings;
  onPick: (value: number) => void;
}) {
  const index = scaleIndex(value);
  const position = LAST - (index >= 0 ? index : scaleIndex(nearestSaatyValue(value)));
  const words = judgementText(value, s);
  return (
    <li class={worst ? 'pair-worst' : undefined}>
      <label for={id}>
        {label}
        {worst && <span class="badge badge--warning">{s['builder.pairwise.worstBadge']}</span>}
      </label>
      <div class="pair-slider">
        <span class="pair-end" aria-hidden="true">
          <b>A</b> {a}
        </span>
        <input
          id={id}
          type="range"
          min={0}
          max={LAST}
          step={1}
          value={position}
          aria-valuetext={words}
          aria-describedby={`${id}-words`}
          onInput={(e) => {
            const picked = SAATY_SCALE[LAST - Number(e.currentTarget.value)];
            if (picked !== undefined) onPick(picked);
          }}
        />
        <span class="pair-end pair-end-b" aria-hidden="true">
          <b>B</b> {b}
        </span>
        <span class="pair-ticks" aria-hidden="true">
          {TICKS.map(([n, key], k) => (
            <span key={k}>
              <b>{n}</b>
              {s[key]}
            </span>
          ))}
        </span>
      </div>
      <output id={`${id}-words`} for={id} class="pair-words">
        {words}
      </output>
    </li>
  );
}

/**
 * Pairwise comparison on Saaty's 1–9 scale: one labelled slider per pair of indicators, and
 * beside them the weights and the consistency check — the consistency ratio and the least
 * consistent judgement always in view, with the revision that lowers CR most when it is above
 * 0.10.
 */
export function PairwiseEditor({
  matrix,
  names,
  idPrefix,
  strings: s,
  locale,
  onChange,
}: {
  matrix: Matrix;
  names: readonly string[];
  idPrefix: string;
  strings: BuilderStrings;
  locale: Locale;
  onChange: (matrix: number[][]) => void;
}) {
  const n = matrix.length;
  const pairs = upperTrianglePairs(n);
  const analysis = useMemo(() => analysePairwise(matrix), [matrix]);
  const apply = (row: number, column: number, value: number) => {
    onChange(setJudgement(matrix, row, column, value));
    setTimeout(() => document.getElementById(pairSelectId(idPrefix, row, column))?.focus(), 0);
  };
  const worst = analysis.ok ? analysis.value.mostInconsistent : null;
  return (
    <div class="builder-pairwise">
      {n < 2 ? (
        <p>{s['builder.pairwise.single']}</p>
      ) : (
        <ol class="builder-pairs">
          {pairs.map(([i, j], k) => (
            <PairSlider
              key={`${i}-${j}`}
              id={pairSelectId(idPrefix, i, j)}
              value={matrix[i]![j]!}
              a={names[i]!}
              b={names[j]!}
              label={format(s['builder.pairwise.pair'], { n: k + 1, total: pairs.length, a: names[i]!, b: names[j]! })}
              worst={worst !== null && worst.row === i && worst.column === j}
              strings={s}
              onPick={(v) => onChange(setJudgement(matrix, i, j, v))}
            />
          ))}
        </ol>
      )}
      {analysis.ok && (
        <ConsistencyReport
          analysis={analysis.value}
          names={names}
          strings={s}
          locale={locale}
          onApply={apply}
          idPrefix={idPrefix}
          alwaysNameWorst
        />
      )}
    </div>
  );
}

/** Weights, λmax, CI, RI, CR and the verdict; with `onApply`, the fix for the worst judgement. */
export function ConsistencyReport({
  analysis,
  names,
  strings: s,
  locale,
  onApply,
  idPrefix,
  alwaysNameWorst = false,
}: {
  analysis: PairwiseAnalysis;
  names: readonly string[];
  strings: BuilderStrings;
  locale: Locale;
  onApply?: (row: number, column: number, value: number) => void;
  idPrefix: string;
  /** Name the least consistent judgement even when CR is acceptable (beside the judgements). */
  alwaysNameWorst?: boolean;
}) {
  const worst = analysis.mostInconsistent;
  const n = analysis.size;
  const cr = formatFixed(analysis.consistencyRatio, locale, 3);
  const best = worst?.bestRevision;
  const improves = worst && best && Math.abs(best.value - worst.judgement) > 1e-9 * best.value;
  return (
    <div class="builder-consistency">
      <div class="table-scroll">
        <table class="builder-table">
          <caption>{s['builder.weights.derived']}</caption>
          <thead>
            <tr>
              <th scope="col">{s['builder.weights.indicator']}</th>
              <th scope="col">{s['builder.weights.weight']}</th>
            </tr>
          </thead>
          <tbody>
            {analysis.weights.map((w, i) => (
              <tr key={i}>
                <th scope="row">{names[i]}</th>
                <td class="num">{formatShare(w, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl class="builder-stats">
        <div>
          <dt>{s['builder.pairwise.lambdaMax']}</dt>
          <dd>{formatFixed(analysis.lambdaMax, locale, 3)}</dd>
        </div>
        <div>
          <dt>{s['builder.pairwise.ci']}</dt>
          <dd>{formatFixed(analysis.consistencyIndex, locale, 3)}</dd>
        </div>
        <div>
          <dt>{s['builder.pairwise.ri']}</dt>
          <dd>{formatFixed(analysis.randomIndex, locale, 2)}</dd>
        </div>
        <div>
          <dt>{s['builder.pairwise.cr']}</dt>
          <dd>{cr}</dd>
        </div>
      </dl>
      <p role="status" class={analysis.acceptable ? 'ok' : 'bad'} id={`${idPrefix}-verdict`}>
        <span aria-hidden="true">{analysis.acceptable ? '✓ ' : '✗ '}</span>
        {n <= 2
          ? s['builder.pairwise.alwaysConsistent']
          : format(s[analysis.acceptable ? 'builder.pairwise.acceptable' : 'builder.pairwise.notAcceptable'], { cr })}
      </p>
      {analysis.acceptable && alwaysNameWorst && worst && (
        <p class="builder-worst">
          {format(s['builder.pairwise.leastConsistent'], {
            n: pairNumber(n, worst.row, worst.column),
            a: names[worst.row]!,
            b: names[worst.column]!,
            chosen: judgementText(worst.judgement, s),
          })}
        </p>
      )}
      {!analysis.acceptable && worst && best && (
        <div class="notice builder-fix">
          <p>
            {format(s['builder.pairwise.inconsistent'], {
              n: pairNumber(n, worst.row, worst.column),
              a: names[worst.row]!,
              b: names[worst.column]!,
              chosen: judgementText(worst.judgement, s),
            })}{' '}
            {improves
              ? format(s['builder.pairwise.suggestion'], {
                  suggested: judgementText(best.value, s),
                  cr: formatFixed(best.consistencyRatio, locale, 3),
                })
              : s['builder.pairwise.noSingleFix']}
          </p>
          {improves && onApply && (
            <button type="button" onClick={() => onApply(worst.row, worst.column, best.value)}>
              {format(s['builder.pairwise.apply'], {
                n: pairNumber(n, worst.row, worst.column),
                value: saatyNotation(best.value),
              })}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
