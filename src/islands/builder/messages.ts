/**
 * Turns the engine's issues (a code, params and a field path — see src/domain/result.ts) into
 * messages that say where and what: "Row 5, column “repurchase-intention”: “abc” is not a
 * number". Every code the indicator and weighting engine emits has a message; an unknown
 * code still gets a generic one that names the place.
 */
import { format } from '../../i18n/format';
import type { FieldIssue } from '../../domain/result';
import type { BuilderKey, BuilderStrings } from './strings';
import { quoted } from './format';
import { fileIssueText } from '../../i18n/fileIssue';
import { issuePhrase } from '../../i18n/issues';

/** Codes with one fixed template `builder.issue.<code>`. */
const SIMPLE_CODES = new Set([
  'invalid',
  'tooFew',
  'tooMany',
  'invalidValue',
  'invalidFormat',
  'unknownIndicator',
  'minNotBelowMax',
  'wrongLength',
  'sizeMismatch',
  'diagonalNotOne',
  'notReciprocal',
  'notOnSaatyScale',
  'allZero',
  'tooManyForPairwise',
  'missingIndicator',
  'missing',
  'duplicateRespondent',
  'fieldCount',
  'moreIssues',
  'emptyFile',
  'fileTooLarge',
  'noDataRows',
  'tooManyRows',
  'missingRespondentColumn',
  'missingColumn',
  'unknownColumn',
  'emptyHeader',
  'duplicateColumn',
  'ambiguousColumn',
  'invalidJson',
  'notAnIndicatorSystem',
  'newerVersion',
  'unreadable',
  'unknownSystem',
  'writeFailed',
]);

/** Path segments with a name of their own. */
const PART: Readonly<Record<string, BuilderKey>> = {
  format: 'builder.path.format',
  formatVersion: 'builder.path.formatVersion',
  id: 'builder.path.id',
  name: 'builder.path.name',
  company: 'builder.path.company',
  loyalCustomerDefinition: 'builder.path.definition',
  method: 'builder.path.method',
  indicators: 'builder.path.indicators',
  source: 'builder.path.source',
  kind: 'builder.path.kind',
  direction: 'builder.path.direction',
  scale: 'builder.path.scale',
  min: 'builder.path.min',
  max: 'builder.path.max',
  question: 'builder.path.question',
  en: 'builder.path.en',
  'zh-cn': 'builder.path.zh',
  weighting: 'builder.path.weighting',
  mode: 'builder.path.mode',
  raw: 'builder.path.raw',
  weights: 'builder.path.weights',
  matrices: 'builder.path.participants',
  participants: 'builder.path.participants',
  participant: 'builder.path.participantName',
  normalisation: 'builder.path.normalisation',
  thresholds: 'builder.path.thresholds',
  attitude: 'builder.path.attitude',
  behaviour: 'builder.path.behaviour',
  responses: 'builder.path.responses',
  indicatorIds: 'builder.path.columns',
  respondents: 'builder.path.respondents',
  answers: 'builder.path.answers',
  systems: 'builder.path.systems',
};

/** List segments whose next segment is a 0-based index: shown as "Indicator 4". */
const ITEM: Readonly<Record<string, BuilderKey>> = {
  indicators: 'builder.path.indicator',
  raw: 'builder.path.weight',
  weights: 'builder.path.weight',
  matrices: 'builder.path.participant',
  participants: 'builder.path.participant',
  respondents: 'builder.path.respondent',
  answers: 'builder.path.answer',
  indicatorIds: 'builder.path.column',
  judgements: 'builder.path.judgement',
  systems: 'builder.path.system',
};

const isIndex = (segment: string | undefined): segment is string => segment !== undefined && /^\d+$/.test(segment);

/** A dotted path (`weighting.matrices.1.matrix.2.0`) in words: "Weights › Participant 2 › row 3, column 1". */
function pathInWords(field: string, s: BuilderStrings): string {
  const segments = field.split('.');
  const parts: string[] = [];
  for (let k = 0; k < segments.length; k++) {
    const segment = segments[k]!;
    const next = segments[k + 1];
    if (segment === 'matrix') {
      if (isIndex(next) && isIndex(segments[k + 2])) {
        parts.push(format(s['builder.path.cell'], { row: Number(next) + 1, column: Number(segments[k + 2]) + 1 }));
        k += 2;
      } else if (isIndex(next)) {
        parts.push(format(s['builder.path.row'], { row: Number(next) + 1 }));
        k++;
      } else parts.push(s['builder.path.matrix']);
      continue;
    }
    const item = ITEM[segment];
    if (item && isIndex(next)) {
      parts.push(format(s[item], { n: Number(next) + 1 }));
      k++;
      continue;
    }
    const part = Object.prototype.hasOwnProperty.call(PART, segment) ? PART[segment] : undefined;
    parts.push(part ? s[part] : segment);
  }
  const words = parts.join(' › ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Where an issue is, in words. */
export function issueWhere(field: string, s: BuilderStrings): string {
  if (field === '' || field === '(root)' || field === 'file') return s['builder.where.file'];
  if (field === 'header') return s['builder.where.header'];
  if (field === 'table') return s['builder.where.table'];
  let m = /^row (\d+), column "([\s\S]*)"$/.exec(field);
  if (m) return format(s['builder.where.cell'], { row: m[1]!, column: m[2]! });
  m = /^row (\d+)$/.exec(field);
  if (m) return format(s['builder.where.row'], { row: m[1]! });
  m = /^column (\d+)$/.exec(field);
  if (m) return format(s['builder.where.column'], { position: m[1]! });
  return pathInWords(field, s);
}

/** Optional names the messages can use instead of ids. */
export interface IssueNames {
  /** The indicator's name in the page's language, for an indicator id. */
  readonly indicator?: (id: string) => string | undefined;
}

/** What is wrong, in words (without the place). */
export function issueWhat(issue: FieldIssue, s: BuilderStrings, names: IssueNames = {}): string {
  // Issues of the shared file check have their words in the file check's strings.
  const fileText = fileIssueText(issue, s);
  if (fileText !== null) return fileText;
  // The problems every form shares have their words in the shared dictionary (i18n/issues.ts).
  const shared = issuePhrase(issue, s, quoted);
  if (shared !== null) return shared;
  const raw = issue.params ?? {};
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(raw)) params[key] = quoted(value);
  const has = (key: string) => Object.prototype.hasOwnProperty.call(raw, key);
  const say = (key: BuilderKey) => format(s[key], params);
  // Indicator ids are shown with the indicator's name; respondent ids (also `id`) are not.
  const namesIndicator =
    issue.code === 'unknownIndicator' || issue.code === 'missingIndicator' || issue.code === 'missingColumn';
  for (const key of namesIndicator ? (['id', 'indicatorId'] as const) : []) {
    const id = raw[key];
    const name = typeof id === 'string' ? names.indicator?.(id) : undefined;
    if (name !== undefined && name !== id) params[key] = `${name} (${id})`;
  }
  switch (issue.code) {
    case 'duplicate':
      return say(has('first') ? 'builder.issue.duplicate.first' : 'builder.issue.duplicate');
    case 'invalidType': {
      const expected = String(raw['expected'] ?? '');
      const key = `builder.type.${expected}` as BuilderKey;
      params['expected'] = Object.prototype.hasOwnProperty.call(s, key) ? s[key] : expected;
      return say('builder.issue.invalidType');
    }
    case 'invalidValue':
      params['allowed'] = String(raw['allowed'] ?? '')
        .split('|')
        .join(', ');
      return say('builder.issue.invalidValue');
    case 'malformedCsv': {
      const reason = String(raw['reason'] ?? '');
      const key = `builder.csvReason.${reason}` as BuilderKey;
      if (Object.prototype.hasOwnProperty.call(s, key)) params['reason'] = s[key];
      return say('builder.issue.malformedCsv');
    }
    case 'kindNotInMethod':
      params['kind'] = kindWord(String(raw['kind']), s);
      params['method'] = kindWord(String(raw['method']), s);
      return say('builder.issue.kindNotInMethod');
    default:
      return SIMPLE_CODES.has(issue.code)
        ? say(`builder.issue.${issue.code}` as BuilderKey)
        : format(s['builder.issue.unknown'], { code: issue.code });
  }
}

function kindWord(kind: string, s: BuilderStrings): string {
  return kind === 'behavioural'
    ? s['builder.kind.behavioural']
    : kind === 'attitudinal'
      ? s['builder.kind.attitudinal']
      : kind;
}

/** The full message: "<where>: <what>". */
export function issueMessage(issue: FieldIssue, s: BuilderStrings, names: IssueNames = {}): string {
  return format(s['builder.issue.at'], { where: issueWhere(issue.field, s), what: issueWhat(issue, s, names) });
}
