// Page weight of the built site: for each HTML page, the gzipped bytes of the HTML, the CSS
// it links and all the JavaScript it loads (scripts, island components and renderers, and
// every module they import statically). Pagefind's own files are counted
// separately: they load only when a search is made.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

export function htmlPages(dist) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) out.push(full);
    }
  };
  walk(dist);
  return out.sort();
}

function localFile(dist, base, ref, fromFile) {
  if (/^(https?:)?\/\//.test(ref) || ref.startsWith('data:')) return null;
  const clean = ref.split(/[?#]/)[0];
  if (clean.startsWith('/')) return join(dist, clean.slice(base.length - 1));
  return resolve(dirname(fromFile), clean);
}

/**
 * The JS module graph the page loads: static imports only. Dynamic imports load on demand
 * (Preact signals only when a prop is a signal, Pagefind only when searching).
 */
function moduleClosure(files) {
  const seen = new Set();
  const queue = [...files];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const m of text.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      const ref = m[1];
      if (ref && !ref.includes('pagefind')) queue.push(resolve(dirname(file), ref));
    }
  }
  return [...seen];
}

export function weighPage(dist, file, base = '/') {
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) =>
    localFile(dist, base, m[1], file),
  );
  const jsRoots = [
    ...[...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]),
    ...[...text.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]),
  ]
    .map((ref) => localFile(dist, base, ref, file))
    .filter(Boolean);
  const inlineJs = [
    ...text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((m) => m[1])
    .join('\n');
  const inlineModules = [...inlineJs.matchAll(/["'](\/[^"']+\.js)["']/g)]
    .map((m) => localFile(dist, base, m[1], file))
    .filter((f) => f && !f.includes('pagefind'));
  const js = moduleClosure([...jsRoots, ...inlineModules]);
  const sum = (files) => files.filter(Boolean).reduce((n, f) => n + gz(readFileSync(f)), 0);
  const jsBytes = sum(js) + (inlineJs.trim() ? gz(Buffer.from(inlineJs)) : 0);
  const result = {
    page: '/' + relative(dist, file).replace(/index\.html$/, ''),
    html: gz(html),
    css: sum(css),
    js: jsBytes,
    islands: (text.match(/<astro-island/g) ?? []).length,
  };
  result.total = result.html + result.css + result.js;
  return result;
}

export function weighSite(dist = 'dist', base = process.env.BASE_PATH ?? '/') {
  return htmlPages(dist).map((file) => weighPage(dist, file, base));
}
