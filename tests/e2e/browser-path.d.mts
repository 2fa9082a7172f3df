/** The Chromium executable for the browser tests (see browser-path.mjs). */
export function chromiumPath(): string;
