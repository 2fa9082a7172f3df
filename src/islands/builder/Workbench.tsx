import { useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../i18n';
import { format } from '../../i18n/format';
import type { FieldIssue } from '../../domain/result';
import type { SystemEvaluation } from '../../domain/indicators/evaluate';
import { evaluateIndicatorSystem } from '../../domain/indicators/evaluate';
import type { QuestionnaireOrder } from '../../domain/indicators/questionnaire';
import type { IndicatorSystem } from '../../domain/indicators/system-schema';
import { parseIndicatorSystem, serialiseIndicatorSystem } from '../../domain/indicators/system';
import { deleteSystem, updateSystem } from '../../stores/builder';
import { datedName, downloadText } from '../../browser/download';
import { issueMessage } from './messages';
import type { BuilderStrings } from './strings';
import IndicatorsStep from './IndicatorsStep';
import WeightsStep from './WeightsStep';
import QuestionnaireStep from './QuestionnaireStep';
import DataStep from './DataStep';
import ResultsStep from './ResultsStep';
import { fileStem } from './SystemManager';

export interface WorkbenchProps {
  readonly step: number;
  readonly system: IndicatorSystem;
  readonly sector: string;
  readonly locale: Locale;
  readonly strings: BuilderStrings;
  readonly goTo: (step: number) => void;
}

/** What every step of the workbench receives. */
export interface StepProps {
  readonly system: IndicatorSystem;
  readonly sector: string;
  readonly evaluation: SystemEvaluation;
  readonly locale: Locale;
  readonly strings: BuilderStrings;
  /** Saves a changed system. */
  readonly update: (system: IndicatorSystem) => void;
  readonly goTo: (step: number) => void;
  /** Indicator names in the page's language, in the system's order. */
  readonly names: readonly string[];
  /** An indicator's name by id (for messages that quote ids). */
  readonly nameOf: (id: string) => string | undefined;
  readonly order: QuestionnaireOrder;
  readonly setOrder: (order: QuestionnaireOrder) => void;
}

/**
 * Steps 2–6. Checks the open system with the engine's `parseIndicatorSystem` (saved data is
 * only lightly checked when read) and evaluates it: resolved indicators, weights, the
 * questionnaire and, once answers are in, every respondent's scores.
 */
export default function Workbench({ step, system, sector, locale, strings: s, goTo }: WorkbenchProps) {
  const [order, setOrder] = useState<QuestionnaireOrder>('as-listed');
  const checked = useMemo(() => parseIndicatorSystem(system), [system]);
  const evaluated = useMemo(
    () => (checked.ok ? evaluateIndicatorSystem(system, order) : null),
    [checked, system, order],
  );
  if (!checked.ok) return <Damaged system={system} issues={checked.issues} strings={s} />;
  if (!evaluated || !evaluated.ok) return <Damaged system={system} issues={evaluated?.issues ?? []} strings={s} />;
  const evaluation = evaluated.value;
  const names = evaluation.indicators.map((i) => i.label[locale]);
  const byId = new Map(evaluation.indicators.map((i) => [i.id, i.label[locale]]));
  const props: StepProps = {
    system,
    sector,
    evaluation,
    locale,
    strings: s,
    update: updateSystem,
    goTo,
    names,
    nameOf: (id) => byId.get(id),
    order,
    setOrder,
  };
  switch (step) {
    case 2:
      return <IndicatorsStep {...props} />;
    case 3:
      return <WeightsStep {...props} />;
    case 4:
      return <QuestionnaireStep {...props} />;
    case 5:
      return <DataStep {...props} />;
    default:
      return <ResultsStep {...props} />;
  }
}

/** A saved system the engine cannot read: its problems, and what can be done — never a silent loss. */
function Damaged({
  system,
  issues,
  strings: s,
}: {
  system: IndicatorSystem;
  issues: readonly FieldIssue[];
  strings: BuilderStrings;
}) {
  const onDelete = () => {
    if (window.confirm(format(s['builder.systems.deleteConfirm'], { name: system.name }))) deleteSystem(system.id);
  };
  return (
    <div class="notice" role="alert">
      <p>{format(s['builder.damaged.intro'], { name: system.name, n: issues.length })}</p>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>{issueMessage(issue, s)}</li>
        ))}
      </ul>
      <p>{s['builder.damaged.help']}</p>
      <div class="builder-actions">
        <button
          type="button"
          class="secondary"
          onClick={() => downloadText(datedName(fileStem(system.name), 'json'), serialiseIndicatorSystem(system))}
        >
          {s['builder.damaged.download']}
        </button>
        <button type="button" class="danger" onClick={onDelete}>
          {s['builder.systems.delete']}
        </button>
      </div>
    </div>
  );
}
