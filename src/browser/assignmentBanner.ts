import { CONTEXT_KEY } from '../domain/instructors/contextKey';

/**
 * On a page an assignment sent the trainee to (in this tab), shows the banner with the
 * assignment's title and a link back to it. Every page runs this: it only looks for the
 * assignment in sessionStorage, and loads the code that checks and shows it when one is there.
 */
export function showAssignmentBanner(): void {
  let raw: string | null;
  try {
    raw = sessionStorage.getItem(CONTEXT_KEY);
  } catch {
    return;
  }
  if (raw)
    import('./assignmentBannerShow').then(
      (m) => m.showBanner(raw),
      () => {},
    );
}
