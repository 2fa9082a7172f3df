/**
 * Test helpers: what people may type into a calculator field, and a deep check that a result
 * holds no NaN or Infinity anywhere (the product's bar: none is ever displayed).
 */
import fc from 'fast-check';

/** Anything a form may hand over: junk text, blanks, odd numbers (NaN, ±Infinity, huge), and often a small valid number. */
export const typed: fc.Arbitrary<string | number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 120 }).map(String) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '1e400', '-0', '9'.repeat(320), '１２', '3,5', '1,000') },
);

/** True when every number anywhere inside `value` is finite. */
export function finiteEverywhere(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(finiteEverywhere);
  if (value !== null && typeof value === 'object') return Object.values(value).every(finiteEverywhere);
  return true;
}
