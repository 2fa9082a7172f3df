import {
  computeComplaintIceberg,
  DEFAULT_COMPLAINT_PERCENT,
  TARP_REPURCHASE_PERCENT,
  validateComplaintIceberg,
} from '../../domain/service/complaintIceberg';
import {
  computeTarpSensitivity,
  MAX_PROJECTS,
  validateTarpSensitivity,
  type ScenarioResult,
} from '../../domain/service/tarpSensitivity';
import { count, Frame, H, NoResult, Num, useCalc, type Calc, type CalcProps } from './shell';

const RATES = ['resolvedPercent', 'noProblemPercent', 'unresolvedPercent', 'silentPercent'] as const;
const SCENARIO = ['problemPercent', 'complaintPercent', 'resolutionPercent'] as const;

/** The complaint iceberg and the TARP sensitivity table: what hearing and resolving complaints is worth. */
export default function Recovery(p: CalcProps) {
  const c = useCalc(
    p,
    /^(resolvedPercent|noProblemPercent|unresolvedPercent|silentPercent|dissatisfied|complaintPercent|resolutionPercent|customers|projects|(baseline|projects\.[0-3])\.(problemPercent|complaintPercent|resolutionPercent))$/,
  );
  const rates = Object.fromEntries(RATES.map((k) => [k, c.v(k)]));
  const iceChecked = validateComplaintIceberg({
    ...rates,
    dissatisfied: c.v('dissatisfied'),
    complaintPercent: c.v('complaintPercent'),
    resolutionPercent: c.v('resolutionPercent'),
  });
  const ice = iceChecked.ok ? computeComplaintIceberg(iceChecked.value) : null;
  const n = count(c.v('projects'), 1, MAX_PROJECTS);
  const indexes = Array.from({ length: n }, (_, i) => i);
  const scenario = (prefix: string) => Object.fromEntries(SCENARIO.map((k) => [k, c.v(prefix + k)]));
  const tarpChecked = validateTarpSensitivity({
    customers: c.v('customers'),
    rates,
    baseline: scenario('baseline.'),
    projects: indexes.map((i) => scenario(`projects.${i}.`)),
  });
  const tarp = tarpChecked.ok ? computeTarpSensitivity(tarpChecked.value) : null;
  const tarpIssues = tarpChecked.ok
    ? []
    : tarpChecked.issues.map((i) => ({ ...i, field: i.field.replace(/^rates\./, '') }));
  const iceIssues = iceChecked.ok ? [] : iceChecked.issues;
  const project = (i: number) => c.my('project', { letter: 'ABCD'[i] ?? '' });
  const m = (x: number) => c.num(x, 0);
  const pc = (x: number) => c.num(x, 1);
  const best = tarp?.projects[tarp.bestProject];
  const o = ice?.outcomes;
  const iv = ice &&
    o && {
      ...c.nums({
        n: ice.terms.dissatisfied,
        complainers: o.complainers,
        silent: o.silent,
        resolved: o.resolved,
        unresolved: o.unresolved,
        rr: ice.terms.resolvedPercent,
        ur: ice.terms.unresolvedPercent,
        sr: ice.terms.silentPercent,
        nr: ice.terms.noProblemPercent,
        total: o.repurchases.total,
        without: o.repurchasesWithoutProblem,
        lost: o.lostSales,
        resolve: ice.valueOfResolvingOne,
        hear: ice.valueOfHearingOne,
      }),
      ratio: c.num(ice.silentPerComplaint ?? 0, 1),
    };
  const b = tarp?.baseline;
  const tv = tarpChecked.ok &&
    b && {
      ...c.nums(
        {
          with: b.customersWithProblem,
          silent: b.outcomes.silent,
          resolved: b.outcomes.resolved,
          unresolved: b.outcomes.unresolved,
          lost: b.lostSales,
        },
        0,
      ),
      ...c.nums(
        {
          np: tarpChecked.value.rates.noProblemPercent,
          sr: tarpChecked.value.rates.silentPercent,
          rr: tarpChecked.value.rates.resolvedPercent,
          ur: tarpChecked.value.rates.unresolvedPercent,
        },
        1,
      ),
    };
  const rateFields = (
    <fieldset class="calc-group">
      <legend>{c.my('rates')}</legend>
      <div class="calc-grid">
        <Num
          c={c}
          k="resolvedPercent"
          label={c.my('resolvedRate')}
          placeholder={String(TARP_REPURCHASE_PERCENT.resolved)}
          hint={c.my('tarpDefault')}
        />
        <Num
          c={c}
          k="noProblemPercent"
          label={c.my('noProblemRate')}
          placeholder={String(TARP_REPURCHASE_PERCENT.noProblem)}
          hint={c.my('tarpDefault')}
        />
        <Num c={c} k="unresolvedPercent" label={c.my('unresolvedRate')} />
        <Num c={c} k="silentPercent" label={c.my('silentRate')} />
      </div>
    </fieldset>
  );
  const complaintHint = c.my('complaintHint', { value: pc(DEFAULT_COMPLAINT_PERCENT) });
  /** A line of the result as a paragraph of the given kind (formula or interpretation). */
  const paragraph = (kind: string) => (line: string, i: number) => (
    <p key={i} class={kind}>
      {line}
    </p>
  );
  const why = (issues: typeof iceIssues) => c.t(c.onlyBlank(issues) ? 'calc.ui.incomplete' : 'calc.ui.invalid');
  const head = [c.my('scenario'), c.my('withProblem'), c.my('lostCol'), c.my('wonBack')];
  const iceLines = ice &&
    iv && {
      lost: `${c.my('iceLost')}: ${iv.lost}`,
      formulas: [c.my(ice.silentPerComplaint === null ? 'nobodyComplains' : 'split', iv), c.my('repurchase', iv)],
      interps: [...(ice.recoveryParadox ? [c.my('paradox', iv)] : []), c.my(ice.interpretation, iv)],
    };
  const tarpLines = tarp &&
    best &&
    tv && {
      lost: c.my('lost', { lost: m(tarp.baseline.lostSales) }),
      formulas: [
        c.my('lostFormula', tv),
        ...tarp.projects.map((x, i) =>
          c.my(`${x.interpretation}`, {
            name: project(i),
            base: m(tarp.baseline.lostSales),
            lost: m(x.lostSales),
            won: m(Math.abs(x.wonBack)),
          }),
        ),
      ],
      interps:
        best.wonBack > 0
          ? [
              c.my('best', {
                name: project(tarp.bestProject),
                won: m(best.wonBack),
                share: tarp.baseline.lostSales > 0 ? pc((best.wonBack / tarp.baseline.lostSales) * 100) : '0',
              }),
            ]
          : [],
    };
  return (
    <Frame
      c={c}
      issues={[...iceIssues, ...tarpIssues]}
      summary={tarp ? c.my('lost', { lost: m(tarp.baseline.lostSales) }) : ''}
      sheet={[
        c.my('iceberg'),
        ...(o && iceLines
          ? [{ label: c.my('iceLost'), value: o.lostSales }, ...iceLines.formulas, ...iceLines.interps]
          : [why(iceIssues)]),
        c.my('tarp'),
        ...(tarp && tarpLines
          ? [
              tarpLines.lost,
              {
                caption: c.my('tableCaption'),
                rows: [
                  head,
                  [c.my('baseline'), tarp.baseline.customersWithProblem, tarp.baseline.lostSales, '—'],
                  ...tarp.projects.map((x, i) => [project(i), x.customersWithProblem, x.lostSales, x.wonBack]),
                ],
              },
              ...tarpLines.formulas,
              ...tarpLines.interps,
            ]
          : [why(tarpIssues)]),
      ]}
      result={
        <>
          <H c={c} shift={1}>
            {c.my('iceberg')}
          </H>
          {iceLines ? (
            <>
              <p class="calc-big">{iceLines.lost}</p>
              {iceLines.formulas.map(paragraph('calc-formula'))}
              {iceLines.interps.map(paragraph('calc-interp'))}
            </>
          ) : (
            <NoResult c={c} issues={iceIssues} />
          )}
          <H c={c} shift={1}>
            {c.my('tarp')}
          </H>
          {tarp && tarpLines ? (
            <>
              <p class="calc-big">{tarpLines.lost}</p>
              <div class="table-scroll">
                <table class="calc-table">
                  <caption>{c.my('tableCaption')}</caption>
                  <thead>
                    <tr>
                      {head.map((text) => (
                        <th scope="col" key={text}>
                          {text}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    <Row c={c} name={c.my('baseline')} s={tarp.baseline} won="—" />
                    {tarp.projects.map((x, i) => (
                      <Row key={i} c={c} name={project(i)} s={x} won={m(x.wonBack)} />
                    ))}
                  </tbody>
                </table>
              </div>
              {tarpLines.formulas.map(paragraph('calc-formula'))}
              {tarpLines.interps.map(paragraph('calc-interp'))}
            </>
          ) : (
            <NoResult c={c} issues={tarpIssues} />
          )}
        </>
      }
    >
      {rateFields}
      <fieldset class="calc-group">
        <legend>{c.my('iceberg')}</legend>
        <div class="calc-grid">
          <Num c={c} k="dissatisfied" label={c.my('dissatisfied')} />
          <Num
            c={c}
            k="complaintPercent"
            label={c.my('complaintRate')}
            placeholder={pc(DEFAULT_COMPLAINT_PERCENT)}
            hint={complaintHint}
          />
          <Num c={c} k="resolutionPercent" label={c.my('resolutionRate')} />
        </div>
      </fieldset>
      <fieldset class="calc-group">
        <legend>{c.my('tarp')}</legend>
        <div class="calc-grid">
          <Num c={c} k="customers" label={c.my('customers')} />
        </div>
        {[['baseline.', c.my('baseline')] as const, ...indexes.map((i) => [`projects.${i}.`, project(i)] as const)].map(
          ([prefix, label]) => (
            <fieldset class="calc-group" key={prefix}>
              <legend>{label}</legend>
              <div class="calc-grid">
                <Num c={c} k={`${prefix}problemPercent`} label={c.my('problemRate')} sr={label} />
                <Num
                  c={c}
                  k={`${prefix}complaintPercent`}
                  label={c.my('complaintRate')}
                  sr={label}
                  placeholder={pc(DEFAULT_COMPLAINT_PERCENT)}
                  hint={complaintHint}
                />
                <Num c={c} k={`${prefix}resolutionPercent`} label={c.my('resolutionRate')} sr={label} />
              </div>
            </fieldset>
          ),
        )}
      </fieldset>
    </Frame>
  );
}

function Row({ c, name, s, won }: { c: Calc; name: string; s: ScenarioResult; won: string }) {
  return (
    <tr>
      <th scope="row">{name}</th>
      <td class="calc-num">{c.num(s.customersWithProblem, 0)}</td>
      <td class="calc-num">{c.num(s.lostSales, 0)}</td>
      <td class="calc-num">{won}</td>
    </tr>
  );
}
