import { useRef, useState } from 'preact/hooks';
import { format } from '../../i18n/format';
import type { IndicatorKind, IndicatorSource } from '../../domain/indicators/library';
import { INDICATOR_KINDS, INDICATOR_LIBRARY } from '../../domain/indicators/library';
import {
  customIndicatorId,
  MAX_CUSTOM_NAME,
  MAX_CUSTOM_QUESTION,
  validateCustomIndicator,
} from '../../domain/indicators/custom';
import { MAX_SYSTEM_INDICATORS } from '../../domain/indicators/resolve';
import type { AnswerScale, LoyaltyDirection, ScalePresetId } from '../../domain/indicators/scale';
import { SCALE_PRESETS } from '../../domain/indicators/scale';
import { libraryChoice } from '../../domain/indicators/system';
import { MAX_PAIRWISE_SIZE } from '../../domain/weights/saaty';
import type { IndicatorEntry } from '../../domain/builder/edit';
import { addIndicator, changeScale, methodAllows, moveIndicator, removeIndicator } from '../../domain/builder/edit';
import { issueWhat } from './messages';
import type { BuilderStrings } from './strings';
import type { StepProps } from './Workbench';

const SOURCES: readonly IndicatorSource[] = ['module-e', 'relationship-basic', 'relationship-additional'];
const PRESETS = Object.keys(SCALE_PRESETS) as ScalePresetId[];
const scaleText = (scale: AnswerScale) => `${scale.min}–${scale.max}`;
const presetOf = (scale: AnswerScale): ScalePresetId | undefined =>
  PRESETS.find((p) => SCALE_PRESETS[p].min === scale.min && SCALE_PRESETS[p].max === scale.max);

/** Which way an indicator points, in words (not colour alone): "lower is more loyal" stands out. */
export function Direction({ direction, strings: s }: { direction: LoyaltyDirection; strings: BuilderStrings }) {
  return direction === 'lower-is-more-loyal' ? (
    <strong class="builder-direction-lower">
      <span aria-hidden="true">↓ </span>
      {s['builder.direction.lower']}
    </strong>
  ) : (
    <span>
      <span aria-hidden="true">↑ </span>
      {s['builder.direction.higher']}
    </span>
  );
}

/** Step 2 (the curriculum's step 3, first half): choose indicators from the library or add your own. */
export default function IndicatorsStep({ system, evaluation, locale, strings: s, update, goTo, names }: StepProps) {
  const [note, setNote] = useState<string | null>(null);
  const chosenHeading = useRef<HTMLHeadingElement>(null);
  const n = system.indicators.length;
  const chosen = new Map(system.indicators.map((entry, i) => [entry.id, i]));
  const kinds = INDICATOR_KINDS.filter((k) => methodAllows(system.method, k));
  const pairwise = system.weighting.mode !== 'direct';
  const limit = pairwise ? MAX_PAIRWISE_SIZE : MAX_SYSTEM_INDICATORS;
  const answers = system.responses?.respondents.length ?? 0;
  const confirmDropAnswers = () =>
    answers === 0 || window.confirm(format(s['builder.indicators.dropAnswers'], { n: answers }));

  const add = (entry: IndicatorEntry, name: string): boolean => {
    if (n >= limit) {
      setNote(format(s[pairwise ? 'builder.indicators.pairwiseLimit' : 'builder.indicators.limit'], { max: limit }));
      return false;
    }
    if (!confirmDropAnswers()) return false;
    update(addIndicator(system, entry));
    setNote(format(s['builder.indicators.added'], { name }));
    return true;
  };
  const remove = (index: number, name: string) => {
    update(removeIndicator(system, index));
    setNote(format(s['builder.indicators.removed'], { name }));
  };

  const onScale = (value: string) => {
    const preset = SCALE_PRESETS[value as ScalePresetId];
    if (!preset || !confirmDropAnswers()) return;
    update(changeScale(system, preset));
  };

  return (
    <div class="builder-step">
      <p class="prose">{s['builder.indicators.intro']}</p>
      {system.method !== 'combined' && (
        <p class="notice">
          {format(s['builder.indicators.methodOnly'], { kind: s[`builder.kind.${system.method}`] })}{' '}
          <button type="button" class="secondary" onClick={() => goTo(1)}>
            {s['builder.indicators.changeMethod']}
          </button>
        </p>
      )}
      <p class="builder-field">
        <label for="builder-scale">{s['builder.indicators.scale']}</label>
        <select
          id="builder-scale"
          value={presetOf(system.scale) ?? 'own'}
          aria-describedby="builder-scale-hint"
          onChange={(e) => onScale((e.currentTarget as HTMLSelectElement).value)}
        >
          {!presetOf(system.scale) && <option value="own">{scaleText(system.scale)}</option>}
          {PRESETS.map((p) => (
            <option key={p} value={p}>
              {format(s['builder.indicators.scaleOption'], { min: SCALE_PRESETS[p].min, max: SCALE_PRESETS[p].max })}
            </option>
          ))}
        </select>
        <span id="builder-scale-hint" class="muted">
          {s['builder.indicators.scaleHint']}
        </span>
      </p>

      <h3>{s['builder.indicators.library']}</h3>
      {kinds.map((kind) => (
        <fieldset key={kind} class="builder-library">
          <legend>{s[`builder.kinds.${kind}`]}</legend>
          {SOURCES.map((source) => {
            const items = INDICATOR_LIBRARY.filter((i) => i.kind === kind && i.source === source);
            if (items.length === 0) return null;
            return (
              <div key={source} class="builder-source">
                <h4>{s[`builder.source.${source}`]}</h4>
                <ul class="builder-list">
                  {items.map((item) => {
                    const index = chosen.get(item.id);
                    const isChosen = index !== undefined;
                    const label = item.defaultLabel[locale];
                    const scale = isChosen
                      ? evaluation.indicators[index]!.scale
                      : (libraryChoice(item.id, system.scale).scale ?? system.scale);
                    const overlaps = item.overlaps.filter((o) => chosen.has(o));
                    const id = `builder-lib-${item.id}`;
                    return (
                      <li key={item.id}>
                        <input
                          type="checkbox"
                          id={id}
                          checked={isChosen}
                          disabled={isChosen && n <= 1}
                          aria-describedby={`${id}-meta`}
                          onChange={(e) => {
                            const box = e.currentTarget as HTMLInputElement;
                            if (box.checked) {
                              if (!add(libraryChoice(item.id, system.scale), label)) box.checked = false;
                            } else remove(index!, label);
                          }}
                        />{' '}
                        <label for={id}>{label}</label>
                        <span id={`${id}-meta`} class="builder-meta">
                          <Direction direction={item.direction} strings={s} /> ·{' '}
                          {format(s['builder.indicators.scaleShort'], { scale: scaleText(scale) })}
                          {isChosen && overlaps.length > 0 && (
                            <span class="builder-warn">
                              {' '}
                              · <span aria-hidden="true">⚠ </span>
                              {format(s['builder.indicators.overlap'], {
                                names: overlaps.map((o) => names[chosen.get(o)!] ?? o).join(', '),
                              })}
                            </span>
                          )}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
        </fieldset>
      ))}

      <p role="status" aria-live="polite" class="builder-note">
        {note}
      </p>

      <h3 ref={chosenHeading} tabIndex={-1}>
        {format(s['builder.indicators.chosen'], { n })}
      </h3>
      <ol class="builder-chosen">
        {evaluation.indicators.map((indicator, i) => (
          <li key={indicator.id}>
            <span class="builder-chosen-name">{names[i]}</span>{' '}
            <span class="builder-meta">
              {s[`builder.kind.${indicator.kind}`]} · <Direction direction={indicator.direction} strings={s} /> ·{' '}
              {format(s['builder.indicators.scaleShort'], { scale: scaleText(indicator.scale) })}
              {indicator.source === 'custom' && ` · ${s['builder.source.custom']}`}
            </span>
            <span class="builder-actions">
              <button
                type="button"
                class="secondary small"
                disabled={i === 0}
                onClick={() => update(moveIndicator(system, i, i - 1))}
              >
                {s['builder.up']}
                <span class="visually-hidden"> {names[i]}</span>
              </button>
              <button
                type="button"
                class="secondary small"
                disabled={i === n - 1}
                onClick={() => update(moveIndicator(system, i, i + 1))}
              >
                {s['builder.down']}
                <span class="visually-hidden"> {names[i]}</span>
              </button>
              <button
                type="button"
                class="secondary small"
                disabled={n <= 1}
                onClick={() => {
                  remove(i, names[i]!);
                  chosenHeading.current?.focus();
                }}
              >
                {s['builder.remove']}
                <span class="visually-hidden"> {names[i]}</span>
              </button>
            </span>
          </li>
        ))}
      </ol>

      <CustomIndicatorForm
        kinds={kinds}
        systemScale={system.scale}
        taken={system.indicators.map((i) => i.id)}
        strings={s}
        onAdd={(entry) => add(entry, entry.source === 'custom' ? entry.name : entry.id)}
      />
    </div>
  );
}

type CustomField = 'name' | 'kind' | 'direction' | 'scale' | 'questionEn' | 'questionZh';

/** The analyst's own indicator: name, kind, direction, scale, question in either language. */
function CustomIndicatorForm({
  kinds,
  systemScale,
  taken,
  strings: s,
  onAdd,
}: {
  kinds: readonly IndicatorKind[];
  systemScale: AnswerScale;
  taken: readonly string[];
  strings: BuilderStrings;
  onAdd: (entry: IndicatorEntry) => boolean;
}) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<IndicatorKind>(kinds[0] ?? 'attitudinal');
  const [direction, setDirection] = useState<LoyaltyDirection>('higher-is-more-loyal');
  const [preset, setPreset] = useState<ScalePresetId>(presetOf(systemScale) ?? 'five-point');
  const [questionEn, setQuestionEn] = useState('');
  const [questionZh, setQuestionZh] = useState('');
  const [errors, setErrors] = useState<Partial<Record<CustomField, string>>>({});
  const nameInput = useRef<HTMLInputElement>(null);
  const chosenKind = kinds.includes(kind) ? kind : (kinds[0] ?? kind);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const scale = SCALE_PRESETS[preset];
    const candidate = {
      source: 'custom',
      id: customIndicatorId(name, taken),
      name,
      kind: chosenKind,
      direction,
      scale: { min: scale.min, max: scale.max },
      question: { en: questionEn, 'zh-cn': questionZh },
    };
    const checked = validateCustomIndicator(candidate, 'indicator');
    if (!checked.ok) {
      const next: Partial<Record<CustomField, string>> = {};
      for (const issue of checked.issues) {
        const part = issue.field.replace(/^indicator\.?/, '');
        const field: CustomField = part.startsWith('question.en')
          ? 'questionEn'
          : part.startsWith('question.zh')
            ? 'questionZh'
            : part.startsWith('scale')
              ? 'scale'
              : part === 'kind' || part === 'direction'
                ? part
                : 'name';
        next[field] ??= issueWhat(issue, s);
      }
      setErrors(next);
      nameInput.current?.focus();
      return;
    }
    if (onAdd(checked.value)) {
      setName('');
      setQuestionEn('');
      setQuestionZh('');
      setErrors({});
    }
  };

  const described = (field: CustomField, hint?: string) => ({
    'aria-invalid': errors[field] ? ('true' as const) : undefined,
    'aria-describedby':
      [errors[field] ? `builder-custom-${field}-error` : '', hint ?? ''].filter(Boolean).join(' ') || undefined,
  });
  const error = (field: CustomField) =>
    errors[field] && (
      <span id={`builder-custom-${field}-error`} class="field-error">
        {errors[field]}
      </span>
    );

  return (
    <form class="box builder-form" onSubmit={onSubmit} noValidate>
      <h3>{s['builder.custom.heading']}</h3>
      <p class="muted">{s['builder.custom.intro']}</p>
      <p class="builder-field">
        <label for="builder-custom-name">{s['builder.custom.name']}</label>
        <input
          id="builder-custom-name"
          ref={nameInput}
          value={name}
          maxLength={MAX_CUSTOM_NAME}
          required
          {...described('name')}
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        />
        {error('name')}
      </p>
      <fieldset class="builder-choices">
        <legend>{s['builder.custom.kind']}</legend>
        {kinds.map((k) => (
          <span key={k} class="builder-choice">
            <input
              type="radio"
              id={`builder-custom-kind-${k}`}
              name="builder-custom-kind"
              checked={chosenKind === k}
              onChange={() => setKind(k)}
            />
            <label for={`builder-custom-kind-${k}`}>{s[`builder.kind.${k}`]}</label>
          </span>
        ))}
        {error('kind')}
      </fieldset>
      <fieldset class="builder-choices">
        <legend>{s['builder.custom.direction']}</legend>
        {(['higher-is-more-loyal', 'lower-is-more-loyal'] as const).map((d) => (
          <span key={d} class="builder-choice">
            <input
              type="radio"
              id={`builder-custom-${d}`}
              name="builder-custom-direction"
              checked={direction === d}
              onChange={() => setDirection(d)}
            />
            <label for={`builder-custom-${d}`}>
              {s[d === 'lower-is-more-loyal' ? 'builder.direction.lower' : 'builder.direction.higher']}
            </label>
          </span>
        ))}
        {error('direction')}
      </fieldset>
      <p class="builder-field">
        <label for="builder-custom-scale">{s['builder.custom.scale']}</label>
        <select
          id="builder-custom-scale"
          value={preset}
          {...described('scale')}
          onChange={(e) => setPreset((e.currentTarget as HTMLSelectElement).value as ScalePresetId)}
        >
          {PRESETS.map((p) => (
            <option key={p} value={p}>
              {format(s['builder.indicators.scaleOption'], { min: SCALE_PRESETS[p].min, max: SCALE_PRESETS[p].max })}
            </option>
          ))}
        </select>
        {error('scale')}
      </p>
      <p class="builder-field">
        <label for="builder-custom-question-en">{s['builder.custom.questionEn']}</label>
        <textarea
          id="builder-custom-question-en"
          rows={2}
          lang="en"
          value={questionEn}
          maxLength={MAX_CUSTOM_QUESTION}
          {...described('questionEn', 'builder-custom-question-hint')}
          onInput={(e) => setQuestionEn((e.currentTarget as HTMLTextAreaElement).value)}
        />
        {error('questionEn')}
      </p>
      <p class="builder-field">
        <label for="builder-custom-question-zh">{s['builder.custom.questionZh']}</label>
        <textarea
          id="builder-custom-question-zh"
          rows={2}
          lang="zh-CN"
          value={questionZh}
          maxLength={MAX_CUSTOM_QUESTION}
          {...described('questionZh', 'builder-custom-question-hint')}
          onInput={(e) => setQuestionZh((e.currentTarget as HTMLTextAreaElement).value)}
        />
        {error('questionZh')}
      </p>
      <p id="builder-custom-question-hint" class="muted">
        {s['builder.custom.questionHint']}
      </p>
      <button type="submit">{s['builder.custom.add']}</button>
    </form>
  );
}
