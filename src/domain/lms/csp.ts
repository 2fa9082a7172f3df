/**
 * The cmi5 package's one exception to "nothing leaves the browser": its pages may connect to
 * the platform's xAPI endpoint. The endpoint is only known at launch, so it is set when the
 * package is built (LMS_CMI5_ENDPOINT) and added to the pages' Content-Security-Policy
 * `connect-src`; every other directive stays as strict as the normal site's.
 */

/**
 * The sources to add to `connect-src` for an endpoint setting: its origin, or none when unset.
 * A value that is not an http(s) URL is refused with a message naming it.
 */
export function cmi5ConnectSources(endpoint: string | undefined): string[] {
  if (endpoint === undefined || endpoint.trim() === '') return [];
  let url: URL;
  try {
    url = new URL(endpoint.trim());
  } catch {
    throw new Error(
      `LMS_CMI5_ENDPOINT is not a URL: "${endpoint}". Give the endpoint's address, e.g. https://lrs.example.com/xapi/.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`LMS_CMI5_ENDPOINT must be an http or https address, not "${url.protocol}".`);
  return [url.origin];
}

/** The page with `sources` added to the connect-src of its Content-Security-Policy meta tag. */
export function withConnectSources(html: string, sources: readonly string[]): string {
  if (sources.length === 0) return html;
  return html.replace(
    /(<meta http-equiv="content-security-policy" content="[^"]*?connect-src 'self')/i,
    `$1 ${sources.join(' ')}`,
  );
}
