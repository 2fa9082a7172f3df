import { useState } from 'preact/hooks';
import { format, type Locale } from '../../i18n/format';
import type { IndicatorSystem, MeasurementMethod } from '../../domain/indicators/system-schema';
import { MAX_SECTOR } from '../../domain/builder/state';
import { setSector, updateDefinition, updateSystem } from '../../stores/builder';
import type { BuilderStrings } from './strings';

const METHODS: readonly MeasurementMethod[] = ['combined', 'behavioural', 'attitudinal'];
/** Longest definition (as in the system format). */
const MAX_DEFINITION = 2000;

/**
 * Step 1: who counts as a loyal customer of this company, and how loyalty will be measured
 * (behavioural, attitudinal or both — the curriculum's steps 1 and 2).
 */
export default function DefinitionStep({
  system,
  sector,
  locale,
  strings: s,
  hydrated,
}: {
  system: IndicatorSystem;
  sector: string;
  locale: Locale;
  strings: BuilderStrings;
  hydrated: boolean;
}) {
  const [methodNote, setMethodNote] = useState<string | null>(null);
  /** Bumped when a method change is cancelled, so the radios show the saved method again. */
  const [methodKey, setMethodKey] = useState(0);

  const onMethod = async (method: MeasurementMethod) => {
    const [{ changeMethod }, { findLibraryIndicator }] = await Promise.all([
      import('../../domain/builder/edit'),
      import('../../domain/indicators/library'),
    ]);
    const change = changeMethod(system, method);
    const nameOf = (entry: (typeof change.removed)[number]) =>
      entry.source === 'custom' ? entry.name : (findLibraryIndicator(entry.id)?.defaultLabel[locale] ?? entry.id);
    if (change.removed.length > 0) {
      const answers = system.responses ? system.responses.respondents.length : 0;
      const question = [
        format(s['builder.define.methodConfirm'], {
          n: change.removed.length,
          names: change.removed.map(nameOf).join(', '),
        }),
        change.added.length > 0 ? format(s['builder.define.methodAdds'], { n: change.added.length }) : '',
        answers > 0 && change.added.length > 0 ? format(s['builder.define.methodDropsAnswers'], { n: answers }) : '',
        s['builder.continue'],
      ]
        .filter(Boolean)
        .join('\n\n');
      if (!window.confirm(question)) {
        setMethodKey((k) => k + 1);
        return;
      }
    }
    updateSystem(change.system);
    setMethodNote(
      change.removed.length > 0
        ? format(s['builder.define.methodChanged'], { n: change.removed.length, added: change.added.length })
        : null,
    );
  };

  return (
    <div class="builder-step">
      <p class="prose">{s['builder.define.intro']}</p>
      <p class="builder-field">
        <label for="builder-company">{s['builder.define.company']}</label>
        <input
          id="builder-company"
          value={system.company}
          maxLength={120}
          aria-describedby="builder-company-hint"
          disabled={!hydrated}
          onInput={(e) => updateDefinition(system.id, { company: (e.currentTarget as HTMLInputElement).value })}
        />
        <span id="builder-company-hint" class="muted">
          {s['builder.define.companyHint']}
        </span>
      </p>
      <p class="builder-field">
        <label for="builder-sector">{s['builder.define.sector']}</label>
        <input
          id="builder-sector"
          value={sector}
          maxLength={MAX_SECTOR}
          list="builder-sector-examples"
          aria-describedby="builder-sector-hint"
          disabled={!hydrated}
          onInput={(e) => setSector(system.id, (e.currentTarget as HTMLInputElement).value)}
        />
        <datalist id="builder-sector-examples">
          <option value={s['builder.define.sectorAppliance']} />
          <option value={s['builder.define.sectorCar']} />
          <option value={s['builder.define.sectorSupermarket']} />
        </datalist>
        <span id="builder-sector-hint" class="muted">
          {s['builder.define.sectorHint']}
        </span>
      </p>
      <p class="builder-field">
        <label for="builder-definition">{s['builder.define.definition']}</label>
        <textarea
          id="builder-definition"
          rows={4}
          value={system.loyalCustomerDefinition}
          maxLength={MAX_DEFINITION}
          aria-describedby="builder-definition-hint"
          disabled={!hydrated}
          onInput={(e) =>
            updateDefinition(system.id, { loyalCustomerDefinition: (e.currentTarget as HTMLTextAreaElement).value })
          }
        />
        <span id="builder-definition-hint" class="muted">
          {s['builder.define.definitionHint']}
        </span>
      </p>
      <fieldset class="builder-choices" key={methodKey}>
        <legend>{s['builder.define.method']}</legend>
        {METHODS.map((method) => (
          <p key={method} class="builder-choice">
            <input
              type="radio"
              id={`builder-method-${method}`}
              name="builder-method"
              value={method}
              checked={system.method === method}
              aria-describedby={`builder-method-${method}-hint`}
              disabled={!hydrated}
              onChange={() => void onMethod(method)}
            />
            <label for={`builder-method-${method}`}>{s[`builder.method.${method}`]}</label>
            <span id={`builder-method-${method}-hint`} class="muted">
              {s[`builder.method.${method}.hint`]}
            </span>
          </p>
        ))}
      </fieldset>
      <p role="status" aria-live="polite">
        {methodNote}
      </p>
    </div>
  );
}
