/**
 * The field names each calculator accepts from a share link. Each pattern lives beside its
 * formula (so a calculator page loads only its own); this map gathers them for the team
 * comparison. tests/unit/calculators/share-fields.test.ts
 * checks them against the formulas' own lists of criteria and cost parts.
 */
import { NPS_FIELDS } from '../loyalty/netPromoterScore';
import { ROOM_TALLY_FIELDS } from '../loyalty/roomTally';
import { REPEAT_PURCHASE_FIELDS, SHARE_OF_WALLET_FIELDS } from '../loyalty/behaviouralLoyalty';
import { ATTITUDINAL_FIELDS } from '../loyalty/attitudinalLoyalty';
import { DELIVERED_VALUE_FIELDS } from '../value/deliveredValue';
import { SCORECARD_FIELDS } from '../service/serviceScorecard';

export const SHARE_FIELDS = {
  'repeat-purchase': REPEAT_PURCHASE_FIELDS,
  'share-of-wallet': SHARE_OF_WALLET_FIELDS,
  nps: NPS_FIELDS,
  'room-tally': ROOM_TALLY_FIELDS,
  attitudinal: ATTITUDINAL_FIELDS,
  'delivered-value': DELIVERED_VALUE_FIELDS,
  scorecard: SCORECARD_FIELDS,
} as const;
