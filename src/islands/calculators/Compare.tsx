import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldIssue } from '../../domain/result';
import { Frame, H, useCalc, type Calc, type CalcKey, type CalcProps } from './shell';

type Lib = typeof import('../../domain/calculators/compare');
type Figure = import('../../domain/calculators/compare').TeamFigure;

export const COMPARE_FIELDS = /^(teams|teams\.[0-7]\.(name|link))$/;

/** A figure as the calculator shows it: "NPS 35", "45%", "800". */
function show(c: Calc, kind: Figure['kind'], x: number): string {
  return kind === 'nps' ? `NPS ${c.num(x, 1)}` : kind === 'percent' ? `${c.num(x, 1)}%` : c.num(x, 2);
}
/** A difference: "+12.5 points", "−800". */
function gap(c: Calc, kind: Figure['kind'], x: number): string {
  const sign = x > 0 ? '+' : x < 0 ? '−' : '±';
  const size = c.num(Math.abs(x), kind === 'amount' ? 2 : 1);
  return kind === 'amount' ? `${sign}${size}` : c.my('points', { n: `${sign}${size}` });
}

/**
 * Teams side by side: each team's figure for the same calculator, read from the share link its
 * phone produced, on one scale, with the highest and lowest named and each team's gap. The
 * reading and comparing code (every calculator's formulas) loads after the page.
 */
export default function Compare(p: CalcProps) {
  const c = useCalc(p, COMPARE_FIELDS);
  const [lib, setLib] = useState<Lib | null>(null);
  const [name, setName] = useState('');
  const [link, setLink] = useState('');
  const [problems, setProblems] = useState<readonly FieldIssue[]>([]);
  const [added, setAdded] = useState('');
  // The formulas of every comparable calculator load when there are teams to show or one is
  // being added, not with the page.
  const [wanted, setWanted] = useState(false);
  const hasTeams = (Number.parseInt(c.v('teams'), 10) || 0) > 0;
  useEffect(() => {
    if ((wanted || hasTeams) && !lib) import('../../domain/calculators/compare').then(setLib).catch(() => {});
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loads once, when first wanted
  }, [wanted, hasTeams]);
  const want = () => !wanted && setWanted(true);
  // "Add" pressed before the formulas arrived: add as soon as they do.
  const pendingAdd = useRef(false);

  const teams = lib ? lib.teamsOf(c.f) : [];
  const figures = lib ? teams.map((t) => lib.readTeamLink(t.link)) : [];
  const readable = figures.flatMap((r, i) => (r.ok ? [{ team: teams[i]!, i, ...r.value }] : []));
  // One metric on one scale: a hand-edited link of another calculator is listed, not drawn.
  const read = lib ? readable.filter((r) => lib.METRIC[r.tool] === lib.METRIC[readable[0]!.tool]) : [];
  const kind = read[0]?.figure.kind;
  const tool = read[0]?.tool;
  const compared =
    lib && kind && read.length > 0
      ? lib.compareFigures(
          kind,
          read.map((r) => r.figure.value),
        )
      : null;
  const title = (t: string) => c.t(`calc.${t}.title` as CalcKey);
  const teamName = (i: number) => teams[i]?.name.trim() || c.my('teamN', { n: i + 1 });

  const message = (i: FieldIssue | undefined) => {
    if (!i) return '';
    const params: Record<string, string | number> = { ...(i.params as Record<string, string | number> | undefined) };
    if (typeof params['tool'] === 'string') params['tool'] = title(params['tool']);
    if (typeof params['expected'] === 'string') params['expected'] = title(params['expected']);
    if (typeof params['max'] === 'number') params['max'] = c.num(params['max'], 0);
    return c.my(`err.${i.code}`, params);
  };
  const add = () => {
    if (!lib) {
      pendingAdd.current = true;
      want();
      return;
    }
    const checked = lib.checkNewTeam(teams, name, link);
    if (!checked.ok) {
      setProblems(checked.issues);
      setAdded('');
      document.getElementById(c.id(checked.issues[0]?.field === 'name' ? 'new-name' : 'new-link'))?.focus();
      return;
    }
    const next = [
      ...teams,
      { name: checked.value.name || c.my('teamN', { n: teams.length + 1 }), link: checked.value.link },
    ];
    c.replace({ ...lib.teamsFields(next) });
    setProblems([]);
    setName('');
    setLink('');
    setAdded(
      c.my('added', {
        name: next.at(-1)!.name,
        figure: show(c, checked.value.figure.kind, checked.value.figure.value),
      }),
    );
  };
  useEffect(() => {
    if (lib && pendingAdd.current) {
      pendingAdd.current = false;
      add();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- finishes the add that was waiting for the formulas
  }, [lib]);
  const remove = (i: number) => lib && c.replace({ ...lib.teamsFields(teams.filter((_, j) => j !== i)) });
  const problemOf = (field: string) =>
    message(problems.find((x) => x.field === field || (field === 'link' && x.field === 'teams')));

  const highest = compared ? read.filter((_, j) => compared.teams[j]?.highest).map((r) => teamName(r.i)) : [];
  const lowest = compared ? read.filter((_, j) => compared.teams[j]?.lowest).map((r) => teamName(r.i)) : [];
  const top = compared && kind ? Math.max(...read.map((r) => r.figure.value)) : 0;
  const summary =
    compared && kind
      ? highest.length > 0
        ? c.my('highest', { names: highest.join(', '), figure: show(c, kind, top) })
        : c.my('allEqual', { figure: show(c, kind, top) })
      : '';

  const nameId = c.id('new-name');
  const linkId = c.id('new-link');
  const nameError = problemOf('name');
  const linkError = problemOf('link');
  const what =
    lib && compared && kind && tool
      ? c.my('what', { tool: title(tool), figure: c.my(`figure.${lib.METRIC[tool]}`) }) +
        (lowest.length > 0
          ? ' ' +
            c.my('lowestIs', { names: lowest.join(', '), spread: gap(c, kind, compared.spread).replace(/^\+/, '') })
          : '')
      : '';
  return (
    <Frame
      c={c}
      issues={[]}
      summary={summary}
      sheet={
        !hasTeams || teams.length === 0
          ? [c.my('empty')]
          : lib && compared && tool
            ? [
                summary,
                what,
                {
                  caption: c.my('caption'),
                  rows: [
                    [c.my('team'), c.my(`figure.${lib.METRIC[tool]}`), c.my('fromHighest')],
                    ...read.map((r, j) => [
                      teamName(r.i),
                      r.figure.value,
                      compared.teams[j]!.highest || compared.spread === 0 ? '—' : compared.teams[j]!.fromHighest,
                    ]),
                  ],
                },
              ]
            : null
      }
      confirmReset={teams.length > 0 ? c.my('confirmReset', { n: c.num(teams.length, 0) }) : undefined}
      result={
        !hasTeams ? (
          <p class="empty-state">{c.my('empty')}</p>
        ) : !lib ? (
          <p class="muted" role="status">
            {c.my('loading')}
          </p>
        ) : teams.length === 0 ? (
          <p class="empty-state">{c.my('empty')}</p>
        ) : (
          compared &&
          kind &&
          tool && (
            <>
              <p class="calc-big">{summary}</p>
              <p class="calc-formula">{what}</p>
              <figure class="compare-chart">
                <ul aria-label={c.my('chart')}>
                  {read.map((r, j) => {
                    const t = compared.teams[j]!;
                    const zero = lib.scalePercent(compared.scale, 0);
                    const at = lib.scalePercent(compared.scale, t.value);
                    return (
                      <li key={r.i} class={`compare-row team-${r.i}`}>
                        <span class="compare-name">
                          <span class="compare-swatch" aria-hidden="true" />
                          {teamName(r.i)}
                        </span>
                        <svg
                          class="compare-track"
                          viewBox="0 0 100 10"
                          preserveAspectRatio="none"
                          aria-hidden="true"
                          focusable="false"
                        >
                          <rect class="compare-bg" width="100" height="10" />
                          <rect
                            class="compare-bar"
                            x={Math.min(zero, at)}
                            width={Math.max(0.5, Math.abs(at - zero))}
                            height="10"
                          />
                          <rect class="compare-zero" x={zero - 0.2} width="0.4" height="10" />
                        </svg>
                        <span class="compare-value">
                          {show(c, kind, t.value)}
                          {t.highest && <span class="badge badge--success">{c.my('top')}</span>}
                          {t.lowest && <span class="badge badge--warning">{c.my('bottom')}</span>}
                        </span>
                      </li>
                    );
                  })}
                </ul>
                <figcaption>
                  {c.my('scale', { min: show(c, kind, compared.scale.min), max: show(c, kind, compared.scale.max) })}
                </figcaption>
              </figure>
              <div class="table-scroll">
                <table class="calc-table">
                  <caption>{c.my('caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{c.my('team')}</th>
                      <th scope="col">{c.my(`figure.${lib.METRIC[tool]}`)}</th>
                      <th scope="col">{c.my('fromHighest')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {read.map((r, j) => (
                      <tr key={r.i}>
                        <th scope="row">{teamName(r.i)}</th>
                        <td class="calc-num">{show(c, kind, r.figure.value)}</td>
                        <td class="calc-num">
                          {compared.teams[j]!.highest || compared.spread === 0
                            ? '—'
                            : gap(c, kind, compared.teams[j]!.fromHighest)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )
        )
      }
    >
      <H c={c}>{c.my('addHeading')}</H>
      <div class="calc-grid compare-add">
        <div class="calc-field">
          <label for={nameId}>{c.my('name')}</label>
          {nameError && (
            <p id={`${nameId}-e`} class="field-error">
              <span aria-hidden="true">⚠ </span>
              {nameError}
            </p>
          )}
          <input
            id={nameId}
            type="text"
            value={name}
            maxLength={60}
            autoComplete="off"
            disabled={!c.hydrated}
            onFocus={want}
            aria-invalid={nameError ? 'true' : undefined}
            aria-describedby={[`${nameId}-h`, nameError ? `${nameId}-e` : ''].filter(Boolean).join(' ')}
            placeholder={c.my('teamN', { n: teams.length + 1 })}
            onInput={(e) => setName(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <span id={`${nameId}-h`} class="calc-hint">
            {c.my('nameHint')}
          </span>
        </div>
        <div class="calc-field compare-link-field">
          <label for={linkId}>{c.my('link')}</label>
          {linkError && (
            <p id={`${linkId}-e`} class="field-error">
              <span aria-hidden="true">⚠ </span>
              {linkError}
            </p>
          )}
          <input
            id={linkId}
            type="url"
            value={link}
            autoComplete="off"
            spellcheck={false}
            disabled={!c.hydrated}
            onFocus={want}
            aria-invalid={linkError ? 'true' : undefined}
            aria-describedby={[`${linkId}-h`, linkError ? `${linkId}-e` : ''].filter(Boolean).join(' ')}
            onInput={(e) => setLink(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <span id={`${linkId}-h`} class="calc-hint">
            {c.my('linkHint')}
          </span>
        </div>
      </div>
      <p class="button-row">
        <button type="button" disabled={!c.hydrated} onFocus={want} onClick={add}>
          {c.my('add')}
        </button>
      </p>
      <p class="visually-hidden" role="status">
        {added}
      </p>
      {teams.length > 0 && (
        <ul class="compare-teams" aria-label={c.my('teams')}>
          {teams.map((_, i) => {
            const r = figures[i];
            return (
              <li key={i} class={`team-${i}`}>
                <span class="compare-swatch" aria-hidden="true" />
                <strong>{teamName(i)}</strong>
                <span class="muted">
                  {r?.ok
                    ? `${title(r.value.tool)}: ${show(c, r.value.figure.kind, r.value.figure.value)}`
                    : message(r && !r.ok ? r.issues[0] : undefined)}
                </span>
                <button type="button" class="quiet" disabled={!c.hydrated} onClick={() => remove(i)}>
                  {c.my('remove', { name: teamName(i) })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </Frame>
  );
}
