import { initialWorksheet, type Rating, type Score, type Worksheet } from '../../../src/domain/worksheet';

/** A filled-in worksheet: two plan rows, one checklist item, a complete self-rating, all answers. */
export function filledWorksheet(): Worksheet {
  const ws = initialWorksheet();
  return {
    plan: [
      {
        id: 'p1',
        need: 'Members lack export know-how',
        measure: 'Monthly trade-news email tailored by industry',
        form: 'familyService',
        channel: 'email',
        timing: 'Monthly',
        cost: 0,
        currency: 'CNY',
      },
      {
        id: 'p2',
        need: 'More buyer enquiries',
        measure: 'Review each new member’s product page within a week',
        form: 'personalisedService',
        channel: 'phone',
        timing: 'First week',
        cost: 1200.5,
        currency: 'CNY',
      },
    ],
    checklist: [
      { id: 'c1', action: 'Draft the first trade-news email', owner: 'Li Wei', due: '2026-12-01', done: false },
    ],
    ratings: [selfRating([4, 3, 5, 2, 4])],
    answers: {
      ...ws.answers,
      qualityProduct: 'A platform that brings buyers',
      humanisedCare: 'Call new members',
      needsFirst: 'Enquiries',
      targetedService: 'Coaching',
      formsOfCare: 'Family-style service',
      competitors: 'Other B2B sites',
    },
  };
}

/** A rating with the five scores in criterion order (null = not rated). */
export function rating(id: string, by: 'self' | 'peer', scores: readonly (Score | null)[], rater = ''): Rating {
  const [
    needsAnalysis = null,
    commonAndIndividual = null,
    tiedToOffer = null,
    creativePleasant = null,
    lowCost = null,
  ] = scores;
  return {
    id,
    by,
    rater,
    scores: { needsAnalysis, commonAndIndividual, tiedToOffer, creativePleasant, lowCost },
    comments: { needsAnalysis: '', commonAndIndividual: '', tiedToOffer: '', creativePleasant: '', lowCost: '' },
  };
}

export const selfRating = (scores: readonly (Score | null)[]) => rating('s1', 'self', scores);
