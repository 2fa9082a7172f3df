import { useState } from 'preact/hooks';
import { MAX_FRAGMENT_LENGTH, type AssignmentItem, type ItemKind } from '../domain/instructors/assignment';
import { encodeAssignment } from '../domain/instructors/link';
import type { FieldIssue } from '../domain/result';
import { format } from '../i18n/format';
import AssignmentQr, { QR_KEYS } from './instructors/AssignmentQr';
import type { CatalogueItem } from './instructors/types';
import { useHydrated } from './useHydrated';

export const BUILDER_KEYS = [
  ...QR_KEYS,
  'inst.field.title',
  'inst.field.instructions',
  'inst.field.due',
  'inst.field.dueHint',
  'inst.field.classCode',
  'inst.field.classCodeHint',
  'inst.group.cases',
  'inst.group.calculators',
  'inst.group.selfChecks',
  'inst.group.assessments',
  'inst.preset.label',
  'inst.preset.none',
  'inst.preset.workedExample',
  'inst.create',
  'inst.created',
  'inst.link.label',
  'inst.link.copy',
  'inst.link.copied',
  'inst.link.length',
  'inst.print',
  'inst.handout.heading',
  'inst.handout.open',
  'inst.err.required',
  'inst.err.tooLong',
  'inst.err.badDate',
  'inst.err.badClassCode',
  'inst.err.noItems',
  'inst.err.tooMany',
  'inst.err.linkTooLong',
  'inst.err.fixAbove',
  'inst.dueOn',
  'inst.noDue',
  'inst.classCode',
] as const;
type Strings = Record<(typeof BUILDER_KEYS)[number], string>;

const GROUPS: readonly { kinds: readonly ItemKind[]; key: keyof Strings }[] = [
  { kinds: ['case', 'worksheet'], key: 'inst.group.cases' },
  { kinds: ['calculator'], key: 'inst.group.calculators' },
  { kinds: ['selfCheck'], key: 'inst.group.selfChecks' },
  { kinds: ['assessment'], key: 'inst.group.assessments' },
];
const FIELDS = ['title', 'instructions', 'due', 'classCode', 'items'] as const;
type Field = (typeof FIELDS)[number];
const keyOf = (item: Pick<CatalogueItem, 'kind' | 'id'>) => `${item.kind}:${item.id}`;

function message(issue: FieldIssue, strings: Strings): string {
  const p = issue.params ?? {};
  switch (issue.code) {
    case 'required':
      return strings['inst.err.required'];
    case 'tooLong':
      return issue.field === 'link' ? format(strings['inst.err.linkTooLong'], p) : format(strings['inst.err.tooLong'], p);
    case 'badDate':
      return strings['inst.err.badDate'];
    case 'badClassCode':
      return strings['inst.err.badClassCode'];
    case 'tooMany':
      return format(strings['inst.err.tooMany'], p);
    default:
      return strings['inst.err.noItems'];
  }
}

/** The instructor's form: choose items, describe the assignment, get a link, a QR code and a handout. */
export default function AssignmentBuilder({ strings, catalogue, assignmentPath }: { strings: Strings; catalogue: readonly CatalogueItem[]; assignmentPath: string }) {
  const hydrated = useHydrated();
  const [title, setTitle] = useState('');
  const [instructions, setInstructions] = useState('');
  const [due, setDue] = useState('');
  const [classCode, setClassCode] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [presets, setPresets] = useState<Readonly<Record<string, boolean>>>({});
  const [errors, setErrors] = useState<Partial<Record<Field | 'link', string>>>({});
  const [link, setLink] = useState('');
  const [copied, setCopied] = useState(false);

  const items: AssignmentItem[] = catalogue
    .filter((c) => chosen.has(keyOf(c)))
    .map((c) => (c.kind === 'calculator' && presets[keyOf(c)] === true ? { kind: c.kind, id: c.id, preset: 'worked-example' } : { kind: c.kind, id: c.id }));
  const labelOf = (item: AssignmentItem) => catalogue.find((c) => keyOf(c) === keyOf(item))?.label ?? item.id;

  const create = (event: Event) => {
    event.preventDefault();
    const encoded = encodeAssignment({ v: 1, title, instructions, due, classCode, items });
    if (!encoded.ok) {
      const next: Partial<Record<Field | 'link', string>> = {};
      for (const issue of encoded.issues) {
        const field = (issue.field.split('.')[0] ?? '') as Field | 'link';
        next[field] ??= message(issue, strings);
      }
      setErrors(next);
      setLink('');
      const first = [...FIELDS, 'link'].find((f) => f in next);
      document.getElementById(`inst-${first === 'items' ? 'items-0' : first}`)?.focus();
      return;
    }
    setErrors({});
    setCopied(false);
    setLink(`${window.location.origin}${assignmentPath}#${encoded.value}`);
    requestAnimationFrame(() => document.getElementById('inst-link')?.focus());
  };

  const field = (name: Field, label: string, input: (props: Record<string, unknown>) => preact.JSX.Element, hint?: string) => {
    const describedBy = [hint ? `inst-${name}-hint` : '', errors[name] ? `inst-${name}-error` : ''].filter(Boolean).join(' ');
    return (
      <p class="inst-field">
        <label for={`inst-${name}`}>{label}</label>
        {hint && <span id={`inst-${name}-hint`} class="muted">{hint}</span>}
        {input({ id: `inst-${name}`, 'aria-invalid': errors[name] ? 'true' : undefined, 'aria-describedby': describedBy || undefined })}
        {errors[name] && <span id={`inst-${name}-error`} class="field-error">{errors[name]}</span>}
      </p>
    );
  };

  let index = 0;
  return (
    <div class="inst-builder">
      <form class="box no-print" onSubmit={create} noValidate>
        {Object.keys(errors).length > 0 && <p class="notice" role="alert">{strings['inst.err.fixAbove']}</p>}
        {field('title', strings['inst.field.title'], (p) => (
          <input {...p} type="text" maxLength={120} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        ))}
        {field('instructions', strings['inst.field.instructions'], (p) => (
          <textarea {...p} rows={4} maxLength={1500} value={instructions} onInput={(e) => setInstructions(e.currentTarget.value)} />
        ))}
        {field('due', strings['inst.field.due'], (p) => <input {...p} type="date" value={due} onInput={(e) => setDue(e.currentTarget.value)} />, strings['inst.field.dueHint'])}
        {field('classCode', strings['inst.field.classCode'], (p) => (
          <input {...p} type="text" maxLength={40} autoComplete="off" value={classCode} onInput={(e) => setClassCode(e.currentTarget.value.trim())} />
        ), strings['inst.field.classCodeHint'])}
        {GROUPS.map((group) => (
          <fieldset key={group.key} aria-describedby={errors.items ? 'inst-items-error' : undefined}>
            <legend>{strings[group.key]}</legend>
            <ul class="inst-choices">
              {catalogue
                .filter((c) => group.kinds.includes(c.kind))
                .map((c) => {
                  const id = `inst-items-${index++}`;
                  const key = keyOf(c);
                  return (
                    <li key={key}>
                      <input
                        type="checkbox"
                        id={id}
                        checked={chosen.has(key)}
                        aria-invalid={errors.items ? 'true' : undefined}
                        onChange={(e) => {
                          const next = new Set(chosen);
                          if (e.currentTarget.checked) next.add(key);
                          else next.delete(key);
                          setChosen(next);
                        }}
                      />
                      <label for={id}>{c.label}</label>
                      {c.hasPreset && chosen.has(key) && (
                        <select
                          aria-label={format(strings['inst.preset.label'], { name: c.label })}
                          value={presets[key] ? 'worked-example' : ''}
                          onChange={(e) => setPresets({ ...presets, [key]: e.currentTarget.value === 'worked-example' })}
                        >
                          <option value="">{strings['inst.preset.none']}</option>
                          <option value="worked-example">{strings['inst.preset.workedExample']}</option>
                        </select>
                      )}
                    </li>
                  );
                })}
            </ul>
          </fieldset>
        ))}
        {errors.items && <p id="inst-items-error" class="field-error">{errors.items}</p>}
        {errors.link && <p id="inst-link-error" class="field-error" role="alert">{errors.link}</p>}
        <button type="submit" disabled={!hydrated}>{strings['inst.create']}</button>
      </form>
      <div role="status" class="visually-hidden">{link ? strings['inst.created'] : ''}</div>
      {link && (
        <section class="box inst-handout" aria-labelledby="inst-handout-heading">
          <h2 id="inst-handout-heading">{strings['inst.handout.heading']}: {title.trim()}</h2>
          <p>{format(strings['inst.classCode'], { code: classCode })} · {due ? format(strings['inst.dueOn'], { date: due }) : strings['inst.noDue']}</p>
          {instructions && <p class="inst-instructions">{instructions}</p>}
          <ul>
            {items.map((item) => <li key={keyOf(item)}>{labelOf(item)}</li>)}
          </ul>
          <p>{strings['inst.handout.open']}</p>
          <p class="no-print">
            <label for="inst-link">{strings['inst.link.label']}</label>
            <input id="inst-link" type="text" readOnly value={link} aria-describedby="inst-link-length" onFocus={(e) => e.currentTarget.select()} />
            <span id="inst-link-length" class="muted">{format(strings['inst.link.length'], { length: link.length - link.indexOf('#') - 1, max: MAX_FRAGMENT_LENGTH })}</span>
          </p>
          <p class="inst-link-print print-only">{link}</p>
          <AssignmentQr link={link} strings={strings} hydrated={hydrated} />
          <p class="no-print">
            <button type="button" class="secondary" onClick={async () => {
              try {
                await navigator.clipboard.writeText(link);
                setCopied(true);
              } catch {
                document.getElementById('inst-link')?.focus();
              }
            }}>{strings['inst.link.copy']}</button>{' '}
            <button type="button" class="secondary" onClick={() => window.print()}>{strings['inst.print']}</button>
          </p>
          <p role="status" aria-live="polite">{copied ? strings['inst.link.copied'] : ''}</p>
        </section>
      )}
    </div>
  );
}
