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
  return (
    <Frame
      c={c}
      issues={[...iceIssues, ...tarpIssues]}
      summary={tarp ? c.my('lost', { lost: m(tarp.baseline.lostSales) }) : ''}
      result={
        <>
          <H c={c} shift={1}>
            {c.my('iceberg')}
          </H>
          {ice && iv ? (
            <>
              <p class="calc-big">
                {c.my('iceLost')}: {iv.lost}
              </p>
              <p class="calc-formula" data-csv>
                {c.my(ice.silentPerComplaint === null ? 'nobodyComplains' : 'split', iv)}
              </p>
              <p class="calc-formula" data-csv>
                {c.my('repurchase', iv)}
              </p>
              {ice.recoveryParadox && (
                <p class="calc-interp" data-csv>
                  {c.my('paradox', iv)}
                </p>
              )}
              <p class="calc-interp" data-csv>
                {c.my(ice.interpretation, iv)}
              </p>
            </>
          ) : (
            <NoResult c={c} issues={iceIssues} />
          )}
          <H c={c} shift={1}>
            {c.my('tarp')}
          </H>
          {tarp && best && tv ? (
            <>
              <p class="calc-big">{c.my('lost', { lost: m(tarp.baseline.lostSales) })}</p>
              <div class="table-scroll">
                <table class="calc-table">
                  <caption>{c.my('tableCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{c.my('scenario')}</th>
                      <th scope="col">{c.my('withProblem')}</th>
                      <th scope="col">{c.my('lostCol')}</th>
                      <th scope="col">{c.my('wonBack')}</th>
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
              <p class="calc-formula" data-csv>
                {c.my('lostFormula', tv)}
              </p>
              {tarp.projects.map((x, i) => (
                <p key={i} class="calc-formula" data-csv>
                  {c.my(`${x.interpretation}`, {
                    name: project(i),
                    base: m(tarp.baseline.lostSales),
                    lost: m(x.lostSales),
                    won: m(Math.abs(x.wonBack)),
                  })}
                </p>
              ))}
              {best.wonBack > 0 && (
                <p class="calc-interp" data-csv>
                  {c.my('best', {
                    name: project(tarp.bestProject),
                    won: m(best.wonBack),
                    share: tarp.baseline.lostSales > 0 ? pc((best.wonBack / tarp.baseline.lostSales) * 100) : '0',
                  })}
                </p>
              )}
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
