/**
 * Is this page running under a learning platform? Loaded only by pages of a learning-platform
 * package (the normal site's build leaves the import out). It looks for the SCORM 2004
 * `API_1484_11` or SCORM 1.2 `API` object as the standards describe — up the frames (at most
 * seven parents), then up the chain of the window that opened this one — and for cmi5 launch
 * parameters in the address (or a cmi5 session this tab is already in). Only when it finds one
 * does it load the run-time (SCORM's, or cmi5's with its library); otherwise nothing happens.
 */
import type { ScormApi } from './scorm-api';

export const CMI5_SESSION_KEY = 'ccl:lms-cmi5';

type Found = { readonly standard: 'scorm2004' | 'scorm12'; readonly api: ScormApi };

/** The API object in `win` or one of its parents (ADL's search, 7 parents at most). */
function searchUp(start: Window, name: 'API_1484_11' | 'API'): ScormApi | null {
  let win: Window = start;
  for (let tries = 0; tries <= 7; tries += 1) {
    try {
      const api = (win as unknown as Record<string, unknown>)[name];
      if (typeof api === 'object' && api !== null) return api as ScormApi;
    } catch {
      return null; // a frame of another origin: not our platform's
    }
    if (win.parent === win || win.parent === null) return null;
    win = win.parent;
  }
  return null;
}

export function findScormApi(win: Window): Found | null {
  for (const [standard, name] of [
    ['scorm2004', 'API_1484_11'],
    ['scorm12', 'API'],
  ] as const) {
    let api = searchUp(win, name);
    if (api === null && win.opener) api = searchUp(win.opener as Window, name);
    if (api !== null) return { standard, api };
  }
  return null;
}

function launchedByCmi5(win: Window): boolean {
  const params = new URLSearchParams(win.location.search);
  if (['endpoint', 'fetch', 'actor', 'registration', 'activityId'].some((name) => params.has(name))) return true;
  try {
    return win.sessionStorage.getItem(CMI5_SESSION_KEY) !== null;
  } catch {
    return false;
  }
}

/** Whether the learner is on the way to another page of the package (the session carries on there). */
export interface Leaving {
  within: boolean;
}

/**
 * Watches, from the first moment, for links followed to another page of the package (and forms
 * sent), so that a quick click is not taken for leaving the item.
 */
function trackLeaving(win: Window, root: string): Leaving {
  const leaving: Leaving = { within: false };
  win.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented) return;
    leaving.within =
      link.href.startsWith(root) && (link.target === '' || link.target === '_self') && !link.hasAttribute('download');
  });
  win.addEventListener('submit', () => {
    leaving.within = true;
  });
  return leaving;
}

export async function connectToPlatform(win: Window = window): Promise<void> {
  const scorm = findScormApi(win);
  const cmi5 = scorm === null && launchedByCmi5(win);
  if (scorm === null && !cmi5) return;
  // This chunk sits in `_astro/`: the package root is one folder up.
  const leaving = trackLeaving(win, new URL('../', import.meta.url).href);
  if (scorm !== null) await (await import('./runtime')).startScorm(scorm.standard, scorm.api, leaving);
  else await (await import('./cmi5-runtime')).startCmi5(leaving);
}
