/**
 * Seeds of the order in which an attempt shows each decision's choices (see `./order`): one
 * unsigned 32-bit integer per attempt. Kept apart from the shuffle so that reading saved runs
 * does not load it.
 */

/** Largest seed (seeds are unsigned 32-bit integers). */
export const MAX_SEED = 0xffff_ffff;

/** Whether a value is a usable seed: an integer from 0 to {@link MAX_SEED}. */
export function isSeed(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_SEED;
}

/** A fresh seed for a new attempt, from the platform's random source. */
export function newSeed(): number {
  const cell = new Uint32Array(1);
  globalThis.crypto.getRandomValues(cell);
  return cell[0] ?? 0;
}
