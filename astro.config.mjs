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

/**
 * Vite wraps every lazy `import()` in a helper (0.9 KB compressed) that first adds
 * module-preload links for the chunk's own imports. No lazy chunk here carries CSS (Astro puts
 * island styles in the page's stylesheet) and without preload links the helper would only call
 * the import, so it is replaced by exactly that: the browser then fetches a lazy chunk's imports
 * when it reads the chunk, and no page pays for the helper up front.
 * @returns {import('vite').Plugin}
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
    // Should a lazy chunk ever need a stylesheet, Vite lists it for the helper: fail the build
    // rather than ship a chunk whose styles never load.
    writeBundle(_options, bundle) {
      for (const file of Object.values(bundle))
        if (file.type === 'chunk' && file.code.includes('__vite__mapDeps'))
          this.error(`${file.fileName} lazily loads a chunk with CSS, which plain lazy imports do not load`);
    },
  };
}

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
  // Pages sit close to the 20 KB JavaScript budget: every compressed file costs its own
  // overhead, so small modules that always load together share a chunk.
  vite: {
    // A constant, so the normal build drops the package-only code paths entirely.
    define: { 'import.meta.env.PUBLIC_LMS_PACKAGE': JSON.stringify(lmsPackage ? '1' : '') },
    plugins: [plainLazyImports()],
    build: {
      rollupOptions: {
        output: {
          codeSplitting: {
            groups: [
              // Vite's helper for lazy imports, used by the layout's own script on every page: a
              // chunk of its own, so no page loads the hydration helpers just to load something lazily.
              { name: 'preload', test: /preload-helper/, priority: 5 },
              // The saved-data envelope stays a chunk of its own (it is tiny): the lesson header's
              // progress line reads it without loading the hydration helpers.
              { name: 'slot', test: /src\/domain\/storage\/slot\./, priority: 4 },
              // Validation results and the guards every reader of outside data uses, needed nearly
              // everywhere (the lesson header too): a chunk of their own, so that no page loads another
              // feature's chunk for them.
              { name: 'result', test: /src\/domain\/(result|guards)\./, priority: 3 },
              // What every island loads: Preact, the hooks, the saved-data stores, the lazy storage
              // notice, the locale's code (small modules all islands share ride along here rather
              // than cost a request and a compressed file's overhead each).
              {
                name: 'hydrated',
                test: /src\/(islands\/(useHydrated|LazyStorageNotice)|stores\/slot|domain\/locale)\./,
                priority: 2,
              },
              // What every calculator loads to keep its fields on this device, in one chunk rather
              // than three small ones (the progress and data pages read the same store).
              { name: 'calculators', test: /src\/(stores|domain)\/calculators\/?(saved|fields)?\./, priority: 1 },
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
