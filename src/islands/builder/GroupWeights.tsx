import { useState } from 'preact/hooks';
import { format } from '../../i18n/format';
import type { FieldIssue } from '../../domain/result';
import type { GroupAnalysis } from '../../domain/weights/group';
import { MAX_PARTICIPANT_NAME, MAX_PARTICIPANTS } from '../../domain/weights/group';
import { saatyNotation } from '../../domain/weights/saaty';
import type { SystemWeighting } from '../../domain/indicators/system-schema';
import { addParticipant, removeParticipant, updateParticipant } from '../../domain/builder/edit';
import type { Locale } from '../../domain/locale';
import { formatFixed } from '../../i18n/numbers';
import { issueWhat } from './messages';
import { ConsistencyReport, PairwiseEditor, pairNumber } from './PairwiseEditor';
import type { BuilderStrings } from './strings';

type GroupWeighting = SystemWeighting & { mode: 'group' };

/** Geometric spread at or above which participants clearly disagree on a pair (a factor of 2). */
const WIDE_SPREAD = 2;

/**
 * Group weighting: each participant fills in their own comparisons; the group matrix is the
 * element-wise geometric mean. Shows the group's weights and consistency, how far apart the
 * participants are on each pair, and each participant's own consistency.
 */
export default function GroupWeights({
  weighting,
  analysis,
  names,
  strings: s,
  locale,
  onChange,
}: {
  weighting: GroupWeighting;
  analysis: GroupAnalysis;
  names: readonly string[];
  strings: BuilderStrings;
  locale: Locale;
  onChange: (weighting: SystemWeighting) => void;
}) {
  const participants = weighting.matrices;
  const [current, setCurrent] = useState(0);
  const k = Math.min(current, participants.length - 1);
  const participant = participants[k]!;
  const [draft, setDraft] = useState<{ k: number; text: string } | null>(null);
  const nameText = draft && draft.k === k ? draft.text : participant.participant;
  const n = names.length;

  const nameIssue = (text: string): FieldIssue | null => {
    const clean = text.trim();
    if (clean === '') return { field: 'participant', code: 'required' };
    if (clean.length > MAX_PARTICIPANT_NAME)
      return { field: 'participant', code: 'tooLong', params: { max: MAX_PARTICIPANT_NAME } };
    const first = participants.findIndex((p, i) => i !== k && p.participant.trim() === clean);
    return first >= 0 ? { field: 'participant', code: 'duplicate', params: { value: clean, first: first + 1 } } : null;
  };
  const issue = nameIssue(nameText);

  const rename = (text: string) => {
    setDraft({ k, text });
    if (!nameIssue(text)) onChange(updateParticipant(weighting, k, { participant: text.trim() }));
  };
  const add = () => {
    const taken = new Set(participants.map((p) => p.participant));
    let m = participants.length + 1;
    while (taken.has(format(s['builder.group.defaultName'], { n: m }))) m++;
    onChange(addParticipant(weighting, format(s['builder.group.defaultName'], { n: m }), n));
    setCurrent(participants.length);
    setDraft(null);
    setTimeout(() => document.getElementById('builder-group-name')?.focus(), 0);
  };
  const remove = () => {
    if (!window.confirm(format(s['builder.group.removeConfirm'], { name: participant.participant }))) return;
    onChange(removeParticipant(weighting, k));
    setCurrent(Math.max(0, k - 1));
    setDraft(null);
  };

  return (
    <div class="builder-group">
      <p class="prose">{s['builder.group.intro']}</p>
      <div class="builder-actions">
        <p class="builder-field">
          <label for="builder-group-select">{s['builder.group.editing']}</label>
          <select
            id="builder-group-select"
            value={String(k)}
            onChange={(e) => {
              setCurrent(Number((e.currentTarget as HTMLSelectElement).value));
              setDraft(null);
            }}
          >
            {participants.map((p, i) => (
              <option key={i} value={String(i)}>
                {p.participant}
              </option>
            ))}
          </select>
        </p>
        <button type="button" class="secondary" disabled={participants.length >= MAX_PARTICIPANTS} onClick={add}>
          {s['builder.group.add']}
        </button>
        <button type="button" class="secondary" disabled={participants.length <= 1} onClick={remove}>
          {s['builder.group.remove']}
        </button>
      </div>
      <p class="builder-field">
        <label for="builder-group-name">{s['builder.group.name']}</label>
        <input
          id="builder-group-name"
          value={nameText}
          maxLength={MAX_PARTICIPANT_NAME}
          aria-invalid={issue ? 'true' : undefined}
          aria-describedby={issue ? 'builder-group-name-error' : undefined}
          onInput={(e) => rename((e.currentTarget as HTMLInputElement).value)}
        />
        {issue && (
          <span id="builder-group-name-error" class="field-error">
            {issueWhat(issue, s)}
          </span>
        )}
      </p>
      <h3>{format(s['builder.group.judgementsOf'], { name: participant.participant })}</h3>
      <PairwiseEditor
        key={k}
        matrix={participant.matrix}
        names={names}
        idPrefix={`builder-p${k}`}
        strings={s}
        locale={locale}
        onChange={(matrix) => onChange(updateParticipant(weighting, k, { matrix }))}
      />

      <h3>{format(s['builder.group.result'], { n: analysis.participants })}</h3>
      <ConsistencyReport analysis={analysis.group} names={names} strings={s} locale={locale} idPrefix="builder-group" />

      {n > 1 && (
        <div class="table-scroll">
          <table class="builder-table">
            <caption>{s['builder.group.dispersion']}</caption>
            <thead>
              <tr>
                <th scope="col">{s['builder.group.pair']}</th>
                <th scope="col">{s['builder.group.mean']}</th>
                <th scope="col">{s['builder.group.spread']}</th>
                <th scope="col">{s['builder.group.range']}</th>
              </tr>
            </thead>
            <tbody>
              {analysis.dispersion.map((d) => (
                <tr key={`${d.row}-${d.column}`}>
                  <th scope="row">
                    {format(s['builder.group.pairName'], {
                      n: pairNumber(n, d.row, d.column),
                      a: names[d.row]!,
                      b: names[d.column]!,
                    })}
                  </th>
                  <td class="num">{saatyNotation(d.geometricMean)}</td>
                  <td class="num">
                    {formatFixed(d.geometricSd, locale, 2)}
                    {d.geometricSd >= WIDE_SPREAD && (
                      <span class="builder-warn">
                        {' '}
                        <span aria-hidden="true">⚠ </span>
                        {s['builder.group.disagree']}
                      </span>
                    )}
                  </td>
                  <td class="num">
                    {saatyNotation(d.min)} – {saatyNotation(d.max)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="muted">{s['builder.group.spreadHelp']}</p>

      <div class="table-scroll">
        <table class="builder-table">
          <caption>{s['builder.group.participants']}</caption>
          <thead>
            <tr>
              <th scope="col">{s['builder.group.participant']}</th>
              <th scope="col">{s['builder.pairwise.cr']}</th>
              <th scope="col">{s['builder.group.consistent']}</th>
              <th scope="col">{s['builder.group.distance']}</th>
              <th scope="col">{s['builder.group.weightDistance']}</th>
            </tr>
          </thead>
          <tbody>
            {analysis.participantReports.map((p) => (
              <tr key={p.participant}>
                <th scope="row">{p.participant}</th>
                <td class="num">{formatFixed(p.consistencyRatio, locale, 3)}</td>
                <td class={p.acceptable ? 'ok' : 'bad'}>
                  {p.acceptable ? `✓ ${s['builder.yes']}` : `✗ ${s['builder.no']}`}
                </td>
                <td class="num">{formatFixed(p.distanceFromGroup, locale, 2)}</td>
                <td class="num">{formatFixed(p.weightDistance * 100, locale, 1)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
