/**
 * Teams side by side: each team's headline figure for the same calculator, read from the share
 * link its phone produced (the calculator's own share-link reader and formulas, nothing new),
 * then the comparison — one scale for all, who is highest and lowest, each team's gap to the
 * highest.
 *
 * The comparison's state is calculator fields (`teams`, `teams.<i>.name`, `teams.<i>.link`), so
 * it is saved, shared and reset like a calculator.
 */
import { fail, ok, type Validated } from '../result';
import { attitudinalInput, computeAttitudinalLoyalty, validateAttitudinalLoyalty } from '../loyalty/attitudinalLoyalty';
import {
  computeRepeatPurchaseRate,
  computeShareOfWallet,
  validateRepeatPurchase,
  validateShareOfWallet,
} from '../loyalty/behaviouralLoyalty';
import { computeNps, computeNpsFromDistribution, validateNpsCounts } from '../loyalty/netPromoterScore';
import { parseNpsResponses } from '../loyalty/npsResponses';
import { readRoomTally } from '../loyalty/roomTally';
import { computeDeliveredValue, deliveredValueInput, validateDeliveredValue } from '../value/deliveredValue';
import { computeScorecard, scorecardInput, validateScorecard } from '../service/serviceScorecard';
import type { CalcFields } from './fields';
import { SHARE_FIELDS } from './share-fields';
import { decodeShare } from './share';

/** The calculators whose links can be compared, in the order they are offered. */
export const COMPARE_TOOLS = [
  'nps',
  'room-tally',
  'share-of-wallet',
  'repeat-purchase',
  'attitudinal',
  'delivered-value',
  'scorecard',
] as const;
export type CompareTool = (typeof COMPARE_TOOLS)[number];

/** What a figure measures: NPS −100…100, a percentage 0…100, or an amount of money (any sign). */
export type FigureKind = 'nps' | 'percent' | 'amount';

/** Most teams on one comparison (the accessible palette has eight colours). */
export const MAX_TEAMS = 8;
/** Longest team name, in characters. */
export const MAX_TEAM_NAME = 40;

export interface TeamFigure {
  readonly tool: CompareTool;
  readonly kind: FigureKind;
  /** The headline figure. */
  readonly value: number;
  /** How many answers an NPS rests on; the offer's name for delivered value. */
  readonly n?: number;
  readonly offer?: string;
}

/** What the figure of each tool is; tools with the same metric can sit side by side. */
export const METRIC: Readonly<Record<CompareTool, string>> = {
  nps: 'nps',
  'room-tally': 'nps',
  'share-of-wallet': 'share-of-wallet',
  'repeat-purchase': 'repeat-purchase',
  attitudinal: 'attitudinal',
  'delivered-value': 'delivered-value',
  scorecard: 'scorecard',
};

/**
 * The headline figure of `tool` from its fields: NPS; share of wallet or repeat-purchase rate
 * (%); attitudinal score as % of its attainable maximum (teams may weigh their questions
 * differently); delivered value of the first offer; the scorecard's total (%).
 * Fails with `noResult` when the fields do not give one.
 */
export function teamFigure(tool: CompareTool, f: CalcFields): Validated<TeamFigure> {
  const none = fail<TeamFigure>({ field: 'link', code: 'noResult' });
  switch (tool) {
    case 'nps': {
      // The score does not depend on the confidence level; the interval is the calculator's business.
      if (f['mode'] === 'responses') {
        const read = parseNpsResponses(f['responses'] ?? '', f['column'] ? { columnNumber: Number(f['column']) } : {});
        if (!read.ok) return none;
        const r = computeNpsFromDistribution(read.value.distribution);
        return ok({ tool, kind: 'nps', value: r.nps, n: r.n });
      }
      const checked = validateNpsCounts({
        promoters: f['promoters'],
        passives: f['passives'],
        detractors: f['detractors'],
      });
      if (!checked.ok) return none;
      const r = computeNps(checked.value);
      return ok({ tool, kind: 'nps', value: r.nps, n: r.n });
    }
    case 'room-tally': {
      const read = readRoomTally(f);
      if (!read.ok || read.value.n === 0) return none;
      const r = computeNps(read.value.counts);
      return ok({ tool, kind: 'nps', value: r.nps, n: r.n });
    }
    case 'share-of-wallet': {
      const checked = validateShareOfWallet({ brandSpend: f['brandSpend'], categorySpend: f['categorySpend'] });
      return checked.ok ? ok({ tool, kind: 'percent', value: computeShareOfWallet(checked.value).percent }) : none;
    }
    case 'repeat-purchase': {
      const checked = validateRepeatPurchase({
        brandPurchases: f['brandPurchases'],
        categoryPurchases: f['categoryPurchases'],
      });
      return checked.ok ? ok({ tool, kind: 'percent', value: computeRepeatPurchaseRate(checked.value).percent }) : none;
    }
    case 'attitudinal': {
      const checked = validateAttitudinalLoyalty(attitudinalInput(f));
      return checked.ok
        ? ok({ tool, kind: 'percent', value: computeAttitudinalLoyalty(checked.value).percentOfMaximum })
        : none;
    }
    case 'delivered-value': {
      const checked = validateDeliveredValue(deliveredValueInput(f));
      const first = checked.ok ? computeDeliveredValue(checked.value).offers[0] : undefined;
      if (!first) return none;
      const offer = (f['offers.0.name'] ?? '').trim().slice(0, 80);
      return ok({ tool, kind: 'amount', value: first.deliveredValue, ...(offer ? { offer } : {}) });
    }
    case 'scorecard': {
      const checked = validateScorecard(scorecardInput(f));
      return checked.ok ? ok({ tool, kind: 'percent', value: computeScorecard(checked.value).totalPercent }) : none;
    }
  }
}

/**
 * Reads a pasted share link: a whole address (any site: phones may have opened the site under
 * another host name), or only its query (`nps=…`). The link must carry exactly one comparable
 * calculator, read strictly by the calculator's own share-link reader, and give a figure.
 *
 * Issues on field `link`: `required` (blank), `notALink`, `noTool` (no calculator in it),
 * `twoTools`, the share reader's `tooLong` / `unknownField` / `empty`, `noResult`.
 */
export function readTeamLink(text: string): Validated<{ tool: CompareTool; fields: CalcFields; figure: TeamFigure }> {
  const trimmed = text.trim();
  if (trimmed === '') return fail({ field: 'link', code: 'required' });
  let query: URLSearchParams;
  if (/^https?:\/\//i.test(trimmed)) {
    try {
      query = new URL(trimmed).searchParams;
    } catch {
      return fail({ field: 'link', code: 'notALink' });
    }
  } else if (/^\??[a-z-]+=/.test(trimmed)) {
    query = new URLSearchParams(trimmed.replace(/^\?/, '').split('#')[0]);
  } else {
    return fail({ field: 'link', code: 'notALink' });
  }
  const present = COMPARE_TOOLS.filter((tool) => query.has(tool));
  if (present.length === 0) return fail({ field: 'link', code: 'noTool' });
  if (present.length > 1) return fail({ field: 'link', code: 'twoTools' });
  const tool = present[0]!;
  const read = decodeShare(query.get(tool) ?? '', SHARE_FIELDS[tool]);
  if (!read.ok) return read;
  const figure = teamFigure(tool, read.value);
  return figure.ok ? ok({ tool, fields: read.value, figure: figure.value }) : figure;
}

export interface ComparedTeam {
  readonly value: number;
  /** This team's figure minus the highest (0 for the highest, negative for the rest). */
  readonly fromHighest: number;
  readonly highest: boolean;
  readonly lowest: boolean;
}

export interface Comparison {
  readonly teams: readonly ComparedTeam[];
  /** Highest minus lowest. */
  readonly spread: number;
  /** The common scale every bar is drawn on, including 0. */
  readonly scale: { readonly min: number; readonly max: number };
}

/**
 * Compares figures of one kind: NPS on −100…100, percentages on 0…100 (wider if a figure lies
 * outside), amounts on 0 to the largest (or the smallest, when negative). Ties are all highest
 * (or lowest); with one team, or all equal, no one is highest or lowest.
 */
export function compareFigures(kind: FigureKind, values: readonly number[]): Comparison {
  const hi = Math.max(...values);
  const lo = Math.min(...values);
  const distinct = values.length > 1 && hi !== lo;
  const base =
    kind === 'nps' ? { min: -100, max: 100 } : kind === 'percent' ? { min: 0, max: 100 } : { min: 0, max: 0 };
  const scale = { min: Math.min(base.min, lo, 0), max: Math.max(base.max, hi, 0) };
  if (scale.max === scale.min) scale.max = scale.min + 1;
  return {
    teams: values.map((value) => ({
      value,
      fromHighest: value - hi,
      highest: distinct && value === hi,
      lowest: distinct && value === lo,
    })),
    spread: values.length > 0 ? hi - lo : 0,
    scale,
  };
}

/** Where `value` sits on `scale`, from 0 to 100 (%). */
export const scalePercent = (scale: Comparison['scale'], value: number): number =>
  ((value - scale.min) / (scale.max - scale.min)) * 100;

export interface Team {
  readonly name: string;
  readonly link: string;
}

/** The teams held in a comparison's fields (a team without a link is left out). */
export function teamsOf(f: CalcFields): Team[] {
  const n = Math.min(MAX_TEAMS, Math.max(0, Number.parseInt(f['teams'] ?? '0', 10) || 0));
  const out: Team[] = [];
  for (let i = 0; i < n; i++) {
    const link = f[`teams.${i}.link`] ?? '';
    if (link.trim() !== '') out.push({ name: (f[`teams.${i}.name`] ?? '').slice(0, MAX_TEAM_NAME), link });
  }
  return out;
}

/** The fields that hold `teams`. */
export function teamsFields(teams: readonly Team[]): CalcFields {
  const out: Record<string, string> = { teams: String(teams.length) };
  teams.forEach((t, i) => {
    out[`teams.${i}.name`] = t.name;
    out[`teams.${i}.link`] = t.link;
  });
  return out;
}

/**
 * Checks a new team before it is added: a name (blank takes "Team <n>" in the island), not one
 * already used, room for it, and a link that gives a figure for the same metric as the teams
 * already there. Issues: `tooMany` {max} on `teams`; `duplicateName` {name} / `nameTooLong` {max} on
 * `name`; the link's issues on `link`, or `otherTool` {tool, expected}.
 */
export function checkNewTeam(
  existing: readonly Team[],
  name: string,
  link: string,
): Validated<{ name: string; link: string; tool: CompareTool; figure: TeamFigure }> {
  if (existing.length >= MAX_TEAMS) return fail({ field: 'teams', code: 'tooMany', params: { max: MAX_TEAMS } });
  const trimmed = name.trim();
  if (trimmed.length > MAX_TEAM_NAME)
    return fail({ field: 'name', code: 'nameTooLong', params: { max: MAX_TEAM_NAME } });
  if (trimmed !== '' && existing.some((t) => t.name.trim().toLowerCase() === trimmed.toLowerCase())) {
    return fail({ field: 'name', code: 'duplicateName', params: { name: trimmed } });
  }
  const read = readTeamLink(link);
  if (!read.ok) return read;
  const first = existing.map((t) => readTeamLink(t.link)).find((r) => r.ok);
  if (first?.ok && METRIC[first.value.tool] !== METRIC[read.value.tool]) {
    return fail({ field: 'link', code: 'otherTool', params: { tool: read.value.tool, expected: first.value.tool } });
  }
  return ok({ name: trimmed, link: link.trim(), tool: read.value.tool, figure: read.value.figure });
}
