/**
 * Every slot the site saves. Export, import and reset on the "Your data" page cover exactly
 * these; a feature that saves something adds its slot definition here.
 */
import { progressSlot } from '../domain/progress';
import type { SlotDefinition } from '../domain/storage/slot';

export const ALL_SLOTS: readonly SlotDefinition<unknown>[] = [progressSlot as SlotDefinition<unknown>];
