/**
 * Generating the loyalty questionnaire from an indicator system (step 4 of the six
 * measurement steps: the questionnaire is usually run together with the satisfaction survey).
 *
 * Each chosen indicator becomes one item, in the system's order (or behavioural items first,
 * facts before attitudes, when asked). Indicators where a lower answer means more loyalty
 * (selection time, price sensitivity) are asked in their natural direction and flagged
 * `reverseScored`: respondents answer what they do, the scoring mirrors the answer.
 */
import type { AnchorSet, IndicatorKind } from './library';
import type { LocalizedText } from '../locale';
import { anchorLabelIds, withCompany } from './library';
import type { ResolvedIndicator } from './resolve';
import type { AnswerScale } from './scale';

/** One question of the questionnaire. */
export interface QuestionnaireItem {
  /** `q1`, `q2`, … in questionnaire order. */
  readonly id: string;
  /** 1-based position. */
  readonly number: number;
  readonly indicatorId: string;
  readonly kind: IndicatorKind;
  /** The indicator's short name per language (used as an alternative CSV column header). */
  readonly label: LocalizedText;
  /** The question per language, with the company's name filled in. */
  readonly question: LocalizedText;
  /** UI key of the localised question, null for custom indicators. */
  readonly questionId: string | null;
  readonly scale: AnswerScale;
  readonly anchors: AnchorSet;
  /** UI keys of the labels at the two ends of the scale. */
  readonly anchorLabelIds: { readonly min: string; readonly max: string };
  /** True when a lower answer means more loyalty; scoring mirrors the answer. */
  readonly reverseScored: boolean;
  /** The indicator's weight in the composite (0–1), for the indicator-system detail. */
  readonly weight: number;
}

/** A generated questionnaire. */
export interface Questionnaire {
  readonly company: string;
  /** The company's own definition of the loyal customer (step 1), shown to the analyst. */
  readonly loyalCustomerDefinition: string;
  readonly items: readonly QuestionnaireItem[];
}

/** Item order: as the system lists its indicators, or behavioural items first. */
export type QuestionnaireOrder = 'as-listed' | 'behavioural-first';

/** What the questionnaire is generated from. */
export interface QuestionnaireInput {
  readonly indicators: readonly ResolvedIndicator[];
  /** One weight per indicator, same order. */
  readonly weights: readonly number[];
  readonly company: string;
  readonly loyalCustomerDefinition?: string;
  readonly order?: QuestionnaireOrder;
}

/** Builds the ordered list of items. Pure; inputs are assumed validated. */
export function buildQuestionnaire(input: QuestionnaireInput): Questionnaire {
  const indexed = input.indicators.map((indicator, index) => ({ indicator, weight: input.weights[index] ?? 0 }));
  const ordered =
    input.order === 'behavioural-first'
      ? [
          ...indexed.filter((x) => x.indicator.kind === 'behavioural'),
          ...indexed.filter((x) => x.indicator.kind === 'attitudinal'),
        ]
      : indexed;
  const items = ordered.map(({ indicator, weight }, k): QuestionnaireItem => ({
    id: `q${k + 1}`,
    number: k + 1,
    indicatorId: indicator.id,
    kind: indicator.kind,
    label: indicator.label,
    question: withCompany(indicator.question, input.company),
    questionId: indicator.questionId,
    scale: indicator.scale,
    anchors: indicator.anchors,
    anchorLabelIds: anchorLabelIds(indicator.anchors),
    reverseScored: indicator.direction === 'lower-is-more-loyal',
    weight,
  }));
  return {
    company: input.company.trim(),
    loyalCustomerDefinition: (input.loyalCustomerDefinition ?? '').trim(),
    items,
  };
}
