/**
 * The assignment a trainee is working on in this tab, so that the pages it sends them to can
 * say so and lead back. The assignment page writes it to sessionStorage (this tab only, gone
 * when the tab closes) under {@link CONTEXT_KEY}:
 *
 *   { "title": "<the assignment's title>", "back": "/assignment/#<fragment>", "paths": ["/lessons/…/", …] }
 *
 * Every page reads it (a few lines in the layout's script) and shows the banner only when its
 * own path is one of `paths`. What is read is checked: a same-site path to an assignment page,
 * a bounded title and list, or nothing is shown.
 */
export { CONTEXT_KEY } from './contextKey';

export interface AssignmentContext {
  readonly title: string;
  /** Path, query and fragment of the assignment page (same site). */
  readonly back: string;
  /** Paths of the item pages. */
  readonly paths: readonly string[];
}

/** The context to show on `pathname`, or null: not there, damaged, or not one of its pages. Never throws. */
export function contextFor(raw: string | null, pathname: string): AssignmentContext | null {
  if (raw === null || raw.length > 20_000) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const { title, back, paths } = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (typeof title !== 'string' || title.length > 120 || typeof back !== 'string' || back.length > 5000) return null;
  if (!/^\/(?!\/)[^\s#?]*assignment\/[?#]/.test(back) || !Array.isArray(paths) || paths.length > 40) return null;
  return paths.includes(pathname) && paths.every((p) => typeof p === 'string') ? { title, back, paths } : null;
}
