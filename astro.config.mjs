// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

// BASE_PATH lets the same build be served under a sub-path, e.g. BASE_PATH=/training/.
const base = process.env.BASE_PATH ?? '/';
// SITE_URL is the address the site is served from; hreflang alternates must be absolute URLs.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

/**
 * Vite wraps every lazy `import()` in a helper (0.9 KB compressed) that first adds
 * module-preload links for the chunk's own imports. No lazy chunk here carries CSS (Astro puts
 * island styles in the page's stylesheet) and without preload links the helper would only call
 * the import, so it is replaced by exactly that: the browser then fetches a lazy chunk's imports
 * when it reads the chunk, and no page pays for the helper up front.
 */
function plainLazyImports() {
  return {
    name: 'plain-lazy-imports',
    // Astro's own build settings come after the project's, so the option is set here.
    config(config) {
      config.build = { ...config.build, modulePreload: false };
    },
    transform: (_code, id) =>
      id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : undefined,
  };
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  integrations: [mdx(), preact()],
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'zh-cn'],
    routing: { prefixDefaultLocale: false },
  },
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // The lazy storage notice's loader travels with the hydration helpers every island loads,
  // rather than as a chunk of its own (pages sit close to the 20 KB JavaScript budget).
  vite: {
    plugins: [plainLazyImports()],
    build: {
      rollupOptions: {
        output: {
          codeSplitting: {
            groups: [
              // The saved-data envelope stays a chunk of its own (it is tiny): the lesson header's
              // progress line reads it without loading the hydration helpers.
              // Vite's helper for lazy imports, used by the layout's own script on every page: a
              // chunk of its own, so no page loads the hydration helpers just to load something lazily.
              { name: 'preload', test: /preload-helper/, priority: 3 },
              { name: 'slot', test: /src\/domain\/storage\/slot\./, priority: 2 },
              { name: 'hydrated', test: /src\/islands\/(useHydrated|LazyStorageNotice)\./, priority: 1 },
            ],
          },
        },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
