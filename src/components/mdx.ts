/**
 * Everything a lesson may embed, by the name authors write in MDX. Lessons import nothing:
 * the lesson page passes these to the MDX content, so `<SelfCheck id="…" />` just works.
 */
export const mdxComponents = {};
