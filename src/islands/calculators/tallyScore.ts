/**
 * What the room tally loads once the first hand is counted: the NPS counts calculator's own
 * functions and result lines (a module of its own, so that loading it lazily does not turn the shared score
 * module into a namespace object for every page that imports it).
 */
export { computeNps, computeNpsFromDistribution } from '../../domain/loyalty/netPromoterScore';
export { NpsLines, npsFigures } from './NpsLines';
