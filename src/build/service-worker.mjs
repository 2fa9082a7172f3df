// Generates dist/sw.js after `astro build` and Pagefind: precaches every page, asset and the
// search index so the whole site works offline after the first visit.
import { generateSW } from 'workbox-build';

const { count, size, warnings } = await generateSW({
  globDirectory: 'dist',
  globPatterns: ['**/*.{html,css,js,svg,webmanifest,json,pf_meta,pf_index,pf_fragment,pagefind,png,ico,txt}'],
  // Pagefind's ready-made UI bundles are not used: the search page has its own.
  globIgnores: ['sw.js', 'pagefind/pagefind-*ui*', 'pagefind/pagefind-highlight.js'],
  swDest: 'dist/sw.js',
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  // Pagefind asks for pagefind-entry.json?ts=<now>; pages may carry ?q= or share parameters.
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
});
for (const warning of warnings) console.warn(warning);
console.log(`service worker: ${count} files precached (${(size / 1024).toFixed(0)} KiB)`);
