/**
 * Icons from the Lucide set (ISC licence), inlined as SVG markup at build time: no icon font and
 * nothing fetched at run time. Only Astro components use this (it reads files in Node).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const cache = new Map<string, string>();

/** The inner markup (paths) of a Lucide icon, e.g. `menu`; an unknown name fails the build. */
export function iconBody(name: string): string {
  let body = cache.get(name);
  if (body === undefined) {
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Not an icon name: "${name}"`);
    const file = join(process.cwd(), 'node_modules', 'lucide-static', 'icons', `${name}.svg`);
    const svg = readFileSync(file, 'utf8');
    body = svg
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/^[\s\S]*?<svg[^>]*>/, '')
      .replace(/<\/svg>\s*$/, '')
      .replace(/\s*\n\s*/g, '')
      .trim();
    cache.set(name, body);
  }
  return body;
}
