// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

// PUBLIC_LMS_PACKAGE=1 (set by `npm run build:lms`) builds the site for the learning-platform
// packages: into dist-lms/site, under a placeholder base that the packaging step
// (src/build/lms.ts) turns into relative URLs, so a package works at whatever path a platform
// serves it from.
const lmsPackage = process.env.PUBLIC_LMS_PACKAGE === '1';
// BASE_PATH lets the same build be served under a sub-path, e.g. BASE_PATH=/training/.
const base = lmsPackage ? '/__lms_base__/' : (process.env.BASE_PATH ?? '/');
// SITE_URL is the address the site is served from; hreflang alternates must be absolute URLs.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  outDir: lmsPackage ? './dist-lms/site' : './dist',
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
    // A constant, so the normal build drops the package-only code paths entirely.
    define: { 'import.meta.env.PUBLIC_LMS_PACKAGE': JSON.stringify(lmsPackage ? '1' : '') },
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
