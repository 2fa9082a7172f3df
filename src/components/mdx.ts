/**
 * Everything a lesson may embed, by the name authors write in MDX. Lessons import nothing:
 * the lesson page passes these to the MDX content, so `<SelfCheck id="…" />` just works.
 *
 * - `<SelfCheck id="bank-id" />` — a question bank from content/quizzes/
 * - `<SelfCheck id="bank-id" inline />` — a one- or two-question quick check between sections (not counted)
 * - `<Calculator name="nps" preset="worked-example" />` — a calculator (names in lib/calculators.ts)
 * - `<CaseLink id="restaurant-seat-change" />` — a card linking to a case exercise
 * - `<BuilderLink />` — a card linking to the indicator-system builder
 * - `<Term id="share-of-wallet">share of wallet</Term>` — inline link to the glossary
 * - Markdown tables render through Table.astro (a scroll region)
 */
import BuilderLink from './BuilderLink.astro';
import Calculator from './Calculator.astro';
import CaseLink from './CaseLink.astro';
import SelfCheck from './SelfCheck.astro';
import Table from './Table.astro';
import Term from './Term.astro';

/** `table` replaces the HTML element Markdown tables render to. */
export const mdxComponents = { SelfCheck, Calculator, CaseLink, BuilderLink, Term, table: Table };
