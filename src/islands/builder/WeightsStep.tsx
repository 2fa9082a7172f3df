import { useState } from 'preact/hooks';
import { format } from '../../i18n/format';
import { formatShare, NO_NUMBER } from '../../i18n/numbers';
import type { Locale } from '../../domain/locale';
import type { FieldIssue } from '../../domain/result';
import { parseUserNumber } from '../../domain/numbers';
import { directWeights } from '../../domain/weights/direct';
import { MAX_PAIRWISE_SIZE } from '../../domain/weights/saaty';
import type { SystemWeighting } from '../../domain/indicators/system-schema';
import type { WeightingMode } from '../../domain/builder/edit';
import { startWeighting } from '../../domain/builder/edit';
import { issueWhat } from './messages';
import { PairwiseEditor } from './PairwiseEditor';
import GroupWeights from './GroupWeights';
import type { BuilderStrings } from './strings';
import type { StepProps } from './Workbench';

const MODES: readonly WeightingMode[] = ['direct', 'pairwise', 'group'];

/**
 * Weightings the user switched away from during this visit, by system and mode, so that
 * switching back restores them (only the weighting in use is saved).
 */
const earlier = new Map<string, SystemWeighting>();
const earlierKey = (systemId: string, mode: WeightingMode, n: number) => `${systemId}|${mode}|${n}`;

/** Step 3 (the curriculum's step 3, second half): weight the indicators. */
export default function WeightsStep({ system, evaluation, strings: s, locale, update, names }: StepProps) {
  const weighting = system.weighting;
  const n = system.indicators.length;
  const weights = evaluation.weights.weights;

  const setWeighting = (next: SystemWeighting) => update({ ...system, weighting: next });
  const switchTo = (mode: WeightingMode) => {
    if (mode === weighting.mode) return;
    earlier.set(earlierKey(system.id, weighting.mode, n), weighting);
    setWeighting(
      earlier.get(earlierKey(system.id, mode, n)) ??
        startWeighting(mode, weights, format(s['builder.group.defaultName'], { n: 1 })),
    );
  };

  return (
    <div class="builder-step">
      <p class="prose">{s['builder.weights.intro']}</p>
      <fieldset class="builder-choices">
        <legend>{s['builder.weights.mode']}</legend>
        {MODES.map((mode) => {
          const blocked = mode !== 'direct' && n > MAX_PAIRWISE_SIZE;
          return (
            <p key={mode} class="builder-choice">
              <input
                type="radio"
                id={`builder-weighting-${mode}`}
                name="builder-weighting"
                checked={weighting.mode === mode}
                disabled={blocked}
                aria-describedby={`builder-weighting-${mode}-hint`}
                onChange={() => switchTo(mode)}
              />
              <label for={`builder-weighting-${mode}`}>{s[`builder.weights.mode.${mode}`]}</label>
              <span id={`builder-weighting-${mode}-hint`} class="muted">
                {blocked
                  ? format(s['builder.weights.tooManyForPairwise'], { max: MAX_PAIRWISE_SIZE })
                  : s[`builder.weights.mode.${mode}.hint`]}
              </span>
            </p>
          );
        })}
        <p class="muted">{s['builder.weights.switchKeeps']}</p>
      </fieldset>
      {weighting.mode === 'direct' && (
        <DirectWeights
          key={system.indicators.map((i) => i.id).join('|')}
          raw={weighting.raw}
          names={names}
          strings={s}
          locale={locale}
          onSave={(raw) => setWeighting({ mode: 'direct', raw })}
        />
      )}
      {weighting.mode === 'pairwise' && (
        <>
          <p class="prose">{s['builder.pairwise.intro']}</p>
          <PairwiseEditor
            matrix={weighting.matrix}
            names={names}
            idPrefix="builder-ahp"
            strings={s}
            locale={locale}
            onChange={(matrix) => setWeighting({ mode: 'pairwise', matrix })}
          />
        </>
      )}
      {weighting.mode === 'group' && evaluation.weights.mode === 'group' && (
        <GroupWeights
          weighting={weighting}
          analysis={evaluation.weights.analysis}
          names={names}
          strings={s}
          locale={locale}
          onChange={setWeighting}
        />
      )}
    </div>
  );
}

/** Direct entry: any non-negative numbers, normalised to percentages as you type. */
function DirectWeights({
  raw,
  names,
  strings: s,
  locale,
  onSave,
}: {
  raw: readonly number[];
  names: readonly string[];
  strings: BuilderStrings;
  locale: Locale;
  onSave: (raw: number[]) => void;
}) {
  const [drafts, setDrafts] = useState<string[]>(() => raw.map((x) => String(x)));
  const parsed = drafts.map((d) => parseUserNumber(d));
  const errors: (FieldIssue | null)[] = parsed.map((p, i) =>
    p.ok ? null : { field: `weights.${i}`, code: p.code, params: { value: drafts[i]! } },
  );
  const values = parsed.map((p) => (p.ok ? p.value : Number.NaN));
  const result = errors.every((e) => e === null) ? directWeights(values) : null;
  let overall: FieldIssue | null = null;
  if (result && !result.ok) {
    for (const issue of result.issues) {
      const m = /^weights\.(\d+)$/.exec(issue.field);
      // A negative weight is the mistake people make; the huge upper limit only guards against slips.
      const negative = issue.code === 'outOfRange' && Number(issue.params?.['value']) < 0;
      if (m) errors[Number(m[1])] = negative ? { field: issue.field, code: 'outOfRange', params: { min: 0 } } : issue;
      else overall = issue;
    }
  }
  const percentages = result?.ok ? result.value.percentages : null;

  const edit = (i: number, text: string) => {
    const next = drafts.map((d, k) => (k === i ? text : d));
    setDrafts(next);
    const numbers = next.map((d) => parseUserNumber(d));
    if (numbers.every((p) => p.ok)) {
      const candidate = numbers.map((p) => (p.ok ? p.value : 0));
      if (directWeights(candidate).ok) onSave(candidate);
    }
  };
  const equal = () => {
    setDrafts(raw.map(() => '1'));
    onSave(raw.map(() => 1));
  };

  return (
    <div class="builder-direct">
      <p class="muted">{s['builder.direct.intro']}</p>
      <div class="table-scroll">
        <table class="builder-table">
          <caption>{s['builder.direct.caption']}</caption>
          <thead>
            <tr>
              <th scope="col">{s['builder.weights.indicator']}</th>
              <th scope="col">{s['builder.direct.raw']}</th>
              <th scope="col">{s['builder.weights.weight']}</th>
            </tr>
          </thead>
          <tbody>
            {names.map((name, i) => {
              const id = `builder-direct-${i}`;
              const error = errors[i];
              return (
                <tr key={i}>
                  <th scope="row">
                    <label for={id}>{name}</label>
                  </th>
                  <td>
                    <input
                      id={id}
                      class="builder-number"
                      inputMode="decimal"
                      value={drafts[i]}
                      aria-invalid={error ? 'true' : undefined}
                      aria-describedby={error ? `${id}-error` : undefined}
                      onInput={(e) => edit(i, (e.currentTarget as HTMLInputElement).value)}
                    />
                    {error && (
                      <span id={`${id}-error`} class="field-error">
                        {issueWhat(error, s)}
                      </span>
                    )}
                  </td>
                  <td class="num">
                    <output for={id}>{percentages ? formatShare(percentages[i]! / 100, locale) : NO_NUMBER}</output>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p role="status" aria-live="polite" class={overall ? 'bad' : 'muted'}>
        {overall ? issueWhat(overall, s) : percentages ? s['builder.direct.sum'] : s['builder.direct.fix']}
      </p>
      <button type="button" class="secondary" onClick={equal}>
        {s['builder.direct.equal']}
      </button>
    </div>
  );
}
