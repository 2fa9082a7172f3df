/**
 * A message phrase as a sentence of its own, in the language's punctuation. Kept apart from the
 * shared issue words (./issues.ts) so a page that needs only this carries only this.
 */
import type { Locale } from './format';

/** "a value is needed" → "A value is needed."; "不能为空" → "不能为空。" (a finished sentence is left as it is). */
export function asSentence(phrase: string, locale: Locale): string {
  if (phrase === '') return phrase;
  if (locale === 'zh-cn') return /[。！？]$/.test(phrase) ? phrase : `${phrase}。`;
  const capital = phrase.charAt(0).toUpperCase() + phrase.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
