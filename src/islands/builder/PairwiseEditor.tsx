import { useMemo } from 'preact/hooks';
import { format } from '../../i18n/format';
import type { PairwiseAnalysis } from '../../domain/weights/ahp';
import { analysePairwise } from '../../domain/weights/ahp';
import { upperTrianglePairs } from '../../domain/weights/matrix';
import { SAATY_SCALE, saatyNotation } from '../../domain/weights/saaty';
import { setJudgement } from '../../domain/builder/edit';
import { fixed, percent } from './format';
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

/** The select of one pair, for focusing it from elsewhere. */
export const pairSelectId = (prefix: string, row: number, column: number) => `${prefix}-pair-${row}-${column}`;

/**
 * Pairwise comparison on Saaty's 1–9 scale: one labelled select per pair of indicators, then
 * the weights and the consistency check, naming the least consistent judgement when the
 * consistency ratio is above 0.10 and offering the revision that lowers it most.
 */
export function PairwiseEditor({
  matrix,
  names,
  idPrefix,
  strings: s,
  onChange,
}: {
  matrix: Matrix;
  names: readonly string[];
  idPrefix: string;
  strings: BuilderStrings;
  onChange: (matrix: number[][]) => void;
}) {
  const n = matrix.length;
  const pairs = upperTrianglePairs(n);
  const analysis = useMemo(() => analysePairwise(matrix), [matrix]);
  const apply = (row: number, column: number, value: number) => {
    onChange(setJudgement(matrix, row, column, value));
    setTimeout(() => document.getElementById(pairSelectId(idPrefix, row, column))?.focus(), 0);
  };
  return (
    <div class="builder-pairwise">
      {n < 2 ? (
        <p>{s['builder.pairwise.single']}</p>
      ) : (
        <ol class="builder-pairs">
          {pairs.map(([i, j], k) => {
            const value = matrix[i]![j]!;
            const index = scaleIndex(value);
            const id = pairSelectId(idPrefix, i, j);
            return (
              <li key={`${i}-${j}`}>
                <label for={id}>
                  {format(s['builder.pairwise.pair'], { n: k + 1, total: pairs.length, a: names[i]!, b: names[j]! })}
                </label>
                <select
                  id={id}
                  value={index >= 0 ? String(index) : 'other'}
                  onChange={(e) => {
                    const v = SAATY_SCALE[Number((e.currentTarget as HTMLSelectElement).value)];
                    if (v !== undefined) onChange(setJudgement(matrix, i, j, v));
                  }}
                >
                  {index < 0 && <option value="other">{judgementText(value, s)}</option>}
                  {PAIR_KEYS.map((_, v) => PAIR_KEYS.length - 1 - v).map((v) => (
                    <option key={v} value={String(v)}>
                      {s[PAIR_KEYS[v]!]}
                    </option>
                  ))}
                </select>
              </li>
            );
          })}
        </ol>
      )}
      {analysis.ok && (
        <ConsistencyReport analysis={analysis.value} names={names} strings={s} onApply={apply} idPrefix={idPrefix} />
      )}
    </div>
  );
}

/** Weights, λmax, CI, RI, CR and the verdict; with `onApply`, the fix for the worst judgement. */
export function ConsistencyReport({
  analysis,
  names,
  strings: s,
  onApply,
  idPrefix,
}: {
  analysis: PairwiseAnalysis;
  names: readonly string[];
  strings: BuilderStrings;
  onApply?: (row: number, column: number, value: number) => void;
  idPrefix: string;
}) {
  const worst = analysis.mostInconsistent;
  const n = analysis.size;
  const cr = fixed(analysis.consistencyRatio, 3);
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
                <td class="num">{percent(w)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl class="builder-stats">
        <div>
          <dt>{s['builder.pairwise.lambdaMax']}</dt>
          <dd>{fixed(analysis.lambdaMax, 3)}</dd>
        </div>
        <div>
          <dt>{s['builder.pairwise.ci']}</dt>
          <dd>{fixed(analysis.consistencyIndex, 3)}</dd>
        </div>
        <div>
          <dt>{s['builder.pairwise.ri']}</dt>
          <dd>{fixed(analysis.randomIndex, 2)}</dd>
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
                  cr: fixed(best.consistencyRatio, 3),
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
