/**
 * The shared guards for data from outside (files, links, storage): the one place the checks that
 * every reader starts with are written.
 */

/** A plain JSON object (not null, not an array). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own property of a record, never one inherited from Object.prototype ("constructor", "__proto__"). */
export const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

/** Whether an object has no keys but those listed (as a strict schema requires). */
export const onlyKeys = (record: Readonly<Record<string, unknown>>, keys: readonly string[]): boolean =>
  Object.keys(record).every((key) => keys.includes(key));
