/**
 * Every text of a scenario must exist, non-blank, in every language of the site: a learner
 * must never meet an empty line because one translation was forgotten. Issues name the node
 * the text belongs to, so the author can find it.
 */
import type { FieldIssue } from '../result';
import type { Scenario } from './scenario';
import type { LocalizedText } from '../locale';
import { missingLocales } from './text';

/** `missingTranslation` {locale, nodeId?} for every blank or missing text. */
export function checkScenarioTexts(scenario: Scenario): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const check = (text: LocalizedText, field: string, nodeId?: string): void => {
    for (const locale of missingLocales(text)) {
      issues.push({
        field: `${field}.${locale}`,
        code: 'missingTranslation',
        params: nodeId === undefined ? { locale } : { locale, nodeId },
      });
    }
  };
  check(scenario.title, 'title');
  check(scenario.summary, 'summary');
  check(scenario.role, 'role');
  scenario.characters.forEach((c, k) => check(c.name, `characters.${k}.name`));
  check(scenario.originalStory.text, 'originalStory.text');
  check(scenario.originalStory.source, 'originalStory.source');
  check(scenario.reflection.prompt, 'reflection.prompt');
  scenario.reflection.checklist.forEach((item, k) => check(item.text, `reflection.checklist.${k}.text`));
  scenario.nodes.forEach((node, i) => {
    const at = `nodes.${i}`;
    switch (node.type) {
      case 'narration':
        check(node.text, `${at}.text`, node.id);
        break;
      case 'decision':
        check(node.prompt, `${at}.prompt`, node.id);
        node.choices.forEach((c, j) => {
          check(c.text, `${at}.choices.${j}.text`, node.id);
          check(c.feedback, `${at}.choices.${j}.feedback`, node.id);
        });
        break;
      case 'ending':
        check(node.title, `${at}.title`, node.id);
        check(node.text, `${at}.text`, node.id);
        check(node.debrief.text, `${at}.debrief.text`, node.id);
        break;
      case 'outcome':
        break;
    }
  });
  return issues;
}
