import {
  computeDeliveredValue,
  COST_PARTS,
  DELIVERED_VALUE_FIELDS,
  DELIVERED_VALUE_PARTS as PARTS,
  deliveredValueInput,
  MAX_OFFERS,
  MIN_OFFERS,
  validateDeliveredValue,
  VALUE_PARTS,
} from '../../domain/value/deliveredValue';
import { FieldBox, Frame, Num, useCalc, type CalcProps, type FieldProps } from './shell';

/** Customer delivered value (Kotler) of 2–6 offers side by side: which wins, and what would change it. */
export default function DeliveredValue(p: CalcProps) {
  const c = useCalc(p, DELIVERED_VALUE_FIELDS);
  const raw = deliveredValueInput(c.f);
  const n = raw.offers?.length ?? MIN_OFFERS;
  const indexes = Array.from({ length: n }, (_, i) => i);
  const name = (i: number) =>
    c.v(`offers.${i}.name`).trim().slice(0, 80) || c.my('offer', { letter: 'ABCDEF'[i] ?? '' });
  const checked = validateDeliveredValue(raw);
  const r = checked.ok ? computeDeliveredValue(checked.value) : null;
  const m = (x: number) => c.num(x, 2);
  const label = (k: string) => c.my(`${k}`);
  const winners = r ? r.winners.map(name).join(', ') : '';
  const change = r?.whatWouldChangeIt;
  const head = [c.my('offerCol'), c.my('totalValue'), c.my('totalCost'), c.my('delivered')];
  const lines = r && {
    formulas: r.offers.map((o, i) =>
      c.my('formula', {
        name: name(i),
        value: VALUE_PARTS.map((k) => m(o.terms[k])).join(' + '),
        cost: COST_PARTS.map((k) => m(o.terms[k])).join(' + '),
        tv: m(o.totalValue),
        tc: m(o.totalCost),
        dv: m(o.deliveredValue),
      }),
    ),
    interp: c.t(r.interpretation === 'tie' ? 'calc.delivered-value.tie' : 'calc.delivered-value.single', {
      name: winners,
    }),
    changes: (change?.runnersUp ?? []).map(
      (u) =>
        c.my('change', { winner: winners, name: name(u.index), gap: m(change?.gap ?? 0) }) +
        (u.costCutCanCloseGap
          ? ''
          : ' ' + c.my('costCannot', { name: name(u.index), cost: m(r.offers[u.index]?.totalCost ?? 0) })),
    ),
  };
  return (
    <Frame
      c={c}
      issues={checked.ok ? [] : checked.issues}
      summary={r ? `${c.my('best')}: ${winners}` : ''}
      sheet={
        r && lines
          ? [
              { label: c.my('best'), value: winners },
              {
                caption: c.my('caption'),
                rows: [
                  head,
                  ...r.offers.map((o, i) => [
                    r.winners.includes(i) ? `${name(i)} ✓ ${c.my('bestMark')}` : name(i),
                    o.totalValue,
                    o.totalCost,
                    o.deliveredValue,
                  ]),
                ],
              },
              ...lines.formulas,
              lines.interp,
              ...lines.changes,
            ]
          : null
      }
      result={
        r &&
        lines && (
          <>
            <p class="calc-big">
              {c.my('best')}: {winners}
            </p>
            <div class="table-scroll">
              <table class="calc-table">
                <caption>{c.my('caption')}</caption>
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
                  {r.offers.map((o, i) => (
                    <tr key={i} class={r.winners.includes(i) ? 'calc-here' : undefined}>
                      <th scope="row">
                        {name(i)}
                        {r.winners.includes(i) && <strong> ✓ {c.my('bestMark')}</strong>}
                      </th>
                      <td class="calc-num">{m(o.totalValue)}</td>
                      <td class="calc-num">{m(o.totalCost)}</td>
                      <td class="calc-num">{m(o.deliveredValue)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {lines.formulas.map((line) => (
              <p key={line} class="calc-formula">
                {line}
              </p>
            ))}
            <p class="calc-interp">{lines.interp}</p>
            {lines.changes.map((line) => (
              <p key={line} class="calc-interp">
                {line}
              </p>
            ))}
          </>
        )
      }
    >
      {indexes.map((i) => (
        <fieldset class="calc-group" key={i}>
          <legend>{name(i)}</legend>
          <Text c={c} k={`offers.${i}.name`} label={c.my('name')} sr={name(i)} hint={c.t('calc.ui.optional')} />
          <p class="calc-subhead">{c.my('valueParts')}</p>
          <div class="calc-grid">
            {VALUE_PARTS.map((k) => (
              <Num key={k} c={c} k={`offers.${i}.${k}`} label={label(k)} sr={name(i)} />
            ))}
          </div>
          <p class="calc-subhead">{c.my('costParts')}</p>
          <div class="calc-grid">
            {COST_PARTS.map((k) => (
              <Num key={k} c={c} k={`offers.${i}.${k}`} label={label(k)} sr={name(i)} />
            ))}
          </div>
        </fieldset>
      ))}
      <p class="calc-rows">
        <button
          type="button"
          class="secondary"
          disabled={!c.hydrated || n >= MAX_OFFERS}
          onClick={() => c.set('offers', String(n + 1))}
        >
          {c.my('add')}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={!c.hydrated || n <= MIN_OFFERS}
          onClick={() =>
            c.patch(
              Object.fromEntries([
                ['offers', String(n - 1)],
                ...['name', ...PARTS].map((k) => [`offers.${n - 1}.${k}`, undefined]),
              ]),
            )
          }
        >
          {c.my('remove')}
        </button>
      </p>
    </Frame>
  );
}

/** A text field (an offer's name, not a number). */
function Text(props: FieldProps) {
  const { c, k } = props;
  return (
    <FieldBox {...props} csv={{ text: c.v(k), verbatim: true }}>
      {(a) => (
        <input
          {...a}
          type="text"
          autoComplete="off"
          value={c.v(k)}
          onInput={(ev) => c.set(k, ev.currentTarget.value)}
        />
      )}
    </FieldBox>
  );
}
