import { describe, expect, it } from 'vitest';
import { findScormApi } from '../../../src/browser/lms/detect';

/** The page in a chain of `depth` fake parent windows; `apis[n]` puts objects on the window n steps up (0: the page). */
function chain(depth: number, apis: Record<number, Record<string, unknown>> = {}, opener?: Window): Window {
  let top: Record<string, unknown> | null = null;
  let child: Record<string, unknown> | null = null;
  for (let i = depth; i >= 0; i -= 1) {
    const win: Record<string, unknown> = { ...apis[i] };
    win['parent'] = top ?? win;
    top = win;
    child = win;
  }
  if (opener) child!['opener'] = opener;
  return child as unknown as Window;
}

describe('finding the SCORM API', () => {
  const api2004 = { Initialize: () => 'true' };
  const api12 = { LMSInitialize: () => 'true' };

  it('finds SCORM 2004 first, then 1.2, in the window or up to seven parents', () => {
    expect(findScormApi(chain(0, { 0: { API_1484_11: api2004 } }))).toEqual({ standard: 'scorm2004', api: api2004 });
    expect(findScormApi(chain(3, { 3: { API: api12 } }))).toEqual({ standard: 'scorm12', api: api12 });
    expect(findScormApi(chain(7, { 7: { API: api12, API_1484_11: api2004 } }))?.standard).toBe('scorm2004');
  });

  it('gives up beyond seven parents, and without any API', () => {
    expect(findScormApi(chain(8, { 8: { API: api12 } }))).toBeNull();
    expect(findScormApi(chain(2))).toBeNull();
  });

  it('looks up the opener’s chain when the frames have none', () => {
    const opener = chain(1, { 1: { API_1484_11: api2004 } });
    expect(findScormApi(chain(1, {}, opener))).toEqual({ standard: 'scorm2004', api: api2004 });
  });

  it('stops at a window of another origin (reading it throws)', () => {
    const foreign = new Proxy(
      {},
      {
        get: () => {
          throw new DOMException('Blocked a frame', 'SecurityError');
        },
      },
    );
    const win = { parent: foreign } as unknown as Window;
    expect(findScormApi(win)).toBeNull();
  });
});
