/**
 * The field names each calculator accepts from a share link. Each pattern lives beside its
 * formula (so a calculator page loads only its own) or, for the calculators with rows, here;
 * this map gathers them for the team comparison. tests/unit/calculators/share-fields.test.ts
 * checks them against the formulas' own lists of criteria and cost parts.
 */
import { NPS_FIELDS } from '../loyalty/netPromoterScore';
import { ROOM_TALLY_FIELDS } from '../loyalty/roomTally';
import { REPEAT_PURCHASE_FIELDS, SHARE_OF_WALLET_FIELDS } from '../loyalty/behaviouralLoyalty';

export { NPS_FIELDS, REPEAT_PURCHASE_FIELDS, ROOM_TALLY_FIELDS, SHARE_OF_WALLET_FIELDS };
export const ATTITUDINAL_FIELDS = /^(items|items\.\d{1,2}\.(score|weight)|dimensionWeight|scaleMax)$/;
export const DELIVERED_VALUE_FIELDS =
  /^(offers|offers\.[0-5]\.(name|productValue|serviceValue|personnelValue|imageValue|monetaryCost|timeCost|mentalCost|physicalCost))$/;
export const SCORECARD_FIELDS =
  /^(scaleMax|criteria\.(technicalSkill|serviceCharges|timeliness|attitude|partsSupply|facilities)\.(weight|rating|source|promisedHours|actualHours|firstTimeFixPercent))$/;

export const SHARE_FIELDS = {
  'repeat-purchase': REPEAT_PURCHASE_FIELDS,
  'share-of-wallet': SHARE_OF_WALLET_FIELDS,
  nps: NPS_FIELDS,
  'room-tally': ROOM_TALLY_FIELDS,
  attitudinal: ATTITUDINAL_FIELDS,
  'delivered-value': DELIVERED_VALUE_FIELDS,
  scorecard: SCORECARD_FIELDS,
} as const;
