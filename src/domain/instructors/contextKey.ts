/**
 * The sessionStorage key of the assignment a tab is working on (./context.ts describes the
 * value). Alone in its module so that every page's script can look for it without loading the
 * code that reads it.
 */
export const CONTEXT_KEY = 'ccl:assignment';
