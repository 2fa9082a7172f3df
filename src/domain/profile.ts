/**
 * The learner's name for the printable record of completion, slot "profile" (version 1):
 * { "name": "<up to 100 characters>" }. It is typed by the learner and never leaves the browser
 * except in files the learner exports.
 */
import { fail, ok, type Validated } from './result';
import type { SlotDefinition } from './storage/slot';

export interface Profile {
  readonly name: string;
}

export const NAME_MAX = 100;

export function validateProfile(data: unknown): Validated<Profile> {
  const name = (data as { name?: unknown } | null)?.name;
  if (typeof name !== 'string') return fail({ field: 'name', code: 'required' });
  if (name.length > NAME_MAX) return fail({ field: 'name', code: 'tooLong', params: { max: NAME_MAX } });
  return ok({ name });
}

export const profileSlot: SlotDefinition<Profile> = {
  name: 'profile',
  version: 1,
  initial: () => ({ name: '' }),
  validate: validateProfile,
};
