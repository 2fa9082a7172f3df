import { instructorsSlot, MAX_SAVED_FILES, MAX_SAVED_TEXT, type SavedClassFile } from '../domain/instructors/slot';
import { slotStore } from './slot';

/** The class kept on this device by the class dashboard (see domain/instructors/slot.ts). */
export const savedClass = slotStore(instructorsSlot);
export const $savedClass = savedClass.$value;

/** Keep these files as the saved class; returns how many were too large to keep. */
export function saveClass(files: readonly SavedClassFile[]): number {
  const fitting = files.filter((f) => f.text.length <= MAX_SAVED_TEXT).slice(0, MAX_SAVED_FILES);
  savedClass.set({ files: fitting.map((f) => ({ fileName: f.fileName.slice(0, 200), text: f.text })) });
  return files.length - fitting.length;
}

export const forgetClass = () => savedClass.set(instructorsSlot.initial());
