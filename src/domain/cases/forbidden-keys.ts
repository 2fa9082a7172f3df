/**
 * Keys that must never be read out of an imported file.
 *
 * `JSON.parse('{"__proto__": …}')` creates an own property named `__proto__`; copying it into a
 * fresh object with `obj[key] = value` would replace that object's prototype, and validators
 * that build records that way silently drop the key instead of reporting it. So imported data
 * is scanned first and such keys are refused with an issue naming where they were found.
 */
import type { FieldIssue } from '../result';

export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/**
 * `forbiddenKey` {key} issues for every forbidden own key, at most `maxDepth` levels deep and
 * over at most `maxNodes` objects (imported records are shallow; the limits keep a hostile file
 * from costing time). Never throws.
 */
export function findForbiddenKeys(value: unknown, maxDepth = 8, maxNodes = 100_000): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<object>();
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (stack.length > 0 && seen.size < maxNodes) {
    const item = stack.pop();
    if (!item || typeof item.value !== 'object' || item.value === null || seen.has(item.value)) continue;
    seen.add(item.value);
    let keys: string[];
    try {
      keys = Object.keys(item.value);
    } catch {
      continue;
    }
    for (const key of keys) {
      const path = item.path === '' ? key : `${item.path}.${key}`;
      if (FORBIDDEN_KEYS.includes(key)) {
        issues.push({ field: path, code: 'forbiddenKey', params: { key } });
        continue;
      }
      if (item.depth + 1 >= maxDepth) continue;
      let child: unknown;
      try {
        child = (item.value as Record<string, unknown>)[key];
      } catch {
        continue;
      }
      stack.push({ value: child, path, depth: item.depth + 1 });
    }
  }
  return issues;
}
