/**
 * Every slot the site saves. Export, import and reset on the "Your data" page cover exactly
 * these; a feature that saves something adds its slot definition here.
 */
import { progressSlot } from '../domain/progress';
import { casesSlot } from '../domain/cases/saved';
import { quizzesSlot } from '../domain/quiz/saved';
import { profileSlot } from '../domain/profile';
import { worksheetSlot } from '../domain/worksheet/slot';
import { calculatorsSlot } from '../domain/calculators/saved';
import { builderSlot } from '../domain/builder/state';
import { instructorsSlot } from '../domain/instructors/slot';
import { assignmentsSlot } from '../domain/instructors/drafts';
import type { SlotDefinition } from '../domain/storage/slot';

export const ALL_SLOTS: readonly SlotDefinition<unknown>[] = [
  progressSlot as SlotDefinition<unknown>,
  quizzesSlot as SlotDefinition<unknown>,
  profileSlot as SlotDefinition<unknown>,
  casesSlot as SlotDefinition<unknown>,
  worksheetSlot as SlotDefinition<unknown>,
  calculatorsSlot as SlotDefinition<unknown>,
  builderSlot as SlotDefinition<unknown>,
  instructorsSlot as SlotDefinition<unknown>,
  assignmentsSlot as SlotDefinition<unknown>,
];
