/**
 * The lesson header's progress line: how many of the lesson's sections the reader has reached
 * on this visit, and whether the lesson's own self-check has been passed.
 *
 * Rules:
 * - A section counts as **read** once its heading has been on screen or scrolled above it
 *   (the heading's top is above the bottom of the viewport). Reading only goes forward: a
 *   section stays read when the reader scrolls back up.
 * - The self-check is **done** when its best saved attempt passes (see `./checkStatus.ts`, which
 *   the page loads only when there is a saved attempt to look at).
 */

/** Whether a heading whose top is at `top` (px from the viewport's top) has been reached. */
export const headingReached = (top: number, viewportHeight: number): boolean => top < viewportHeight;

export interface ReadingState {
  readonly read: number;
  readonly sections: number;
  /** read ÷ sections, 0–1 (0 for a lesson without sections). */
  readonly share: number;
  /** null when the lesson has no self-check of its own. */
  readonly checkDone: boolean | null;
}

export function readingState(
  readIds: ReadonlySet<string>,
  sectionIds: readonly string[],
  checkDone: boolean | null,
): ReadingState {
  const read = sectionIds.filter((id) => readIds.has(id)).length;
  return {
    read,
    sections: sectionIds.length,
    share: sectionIds.length === 0 ? 0 : read / sectionIds.length,
    checkDone,
  };
}
