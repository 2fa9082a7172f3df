import { NAME_MAX, profileSlot } from '../domain/profile';
import { slotStore } from './slot';

export const profile = slotStore(profileSlot);
export const $profile = profile.$value;
export const setLearnerName = (name: string) => profile.set({ name: name.slice(0, NAME_MAX) });
