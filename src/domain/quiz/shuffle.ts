/**
 * Deterministic shuffling: the same seed always gives the same order, so an attempt that is
 * reloaded (or reviewed by an instructor from a results file) shows questions and options
 * exactly as the learner saw them. Only the seed needs saving.
 *
 * mulberry32 (Tommy Ettinger's 32-bit generator) is small, fast and well distributed for
 * this use; it is not for anything secret. Fisher–Yates (Knuth's Algorithm P) gives every
 * permutation the same chance given a uniform generator.
 */

/** A generator of numbers in [0, 1) from a 32-bit seed (non-integers and NaN are folded in). */
export function mulberry32(seed: number): () => number {
  let state = toUint32(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A new array with the items in a seeded random order; the input is left untouched. */
export function shuffleSeeded<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  const random = mulberry32(seed);
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    // i and j are both within bounds, so the reads are defined.
    const a = result[i] as T;
    result[i] = result[j] as T;
    result[j] = a;
  }
  return result;
}

/**
 * A seed for one part of an attempt (e.g. one question's options), from the attempt's seed
 * and a label, by FNV-1a over the label. Deriving per-question seeds from question ids keeps
 * each question's option order stable even if questions are added or moved in the bank.
 */
export function deriveSeed(seed: number, label: string): number {
  let hash = 0x811c9dc5 ^ toUint32(seed);
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Any number as an unsigned 32-bit integer (NaN and ±Infinity become 0). */
function toUint32(n: number): number {
  return Number.isFinite(n) ? Math.trunc(n) >>> 0 : 0;
}
