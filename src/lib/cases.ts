import { getCollection } from 'astro:content';
import type { Scenario } from '../domain/cases';

/**
 * Cases in the order the course meets them; cases not listed follow, by id. Scenario files
 * carry no position of their own, and the list page should not depend on file names.
 */
const COURSE_ORDER = ['restaurant-seat-change', 'kimura-slippers', 'distributor'];

const rank = (id: string) => {
  const at = COURSE_ORDER.indexOf(id);
  return at < 0 ? COURSE_ORDER.length : at;
};

/** Every scenario in content/cases/, in course order. */
export async function allCases(): Promise<Scenario[]> {
  const entries = await getCollection('cases');
  return entries
    .map((entry) => entry.data as Scenario)
    .sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}
