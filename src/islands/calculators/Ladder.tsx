import {
  computeRelationshipLadder,
  LADDER_PER_HUNDRED,
  validateRelationshipLadder,
} from '../../domain/value/relationshipLadder';
import { Frame, Num, useCalc, type CalcProps } from './shell';
import { Meter } from './Meter';

/** The relationship ladder: of N people met, about how many become acquaintances, friends, confidants. */
export default function Ladder(p: CalcProps) {
  const c = useCalc(p, /^contacts$/);
  const checked = validateRelationshipLadder({ contacts: c.v('contacts') });
  const r = checked.ok ? computeRelationshipLadder(checked.value) : null;
  const n = (x: number) => c.num(x, 1);
  const confidants = r ? `${n(r.confidants.low)}–${n(r.confidants.high)}` : '';
  const per = LADDER_PER_HUNDRED;
  const rungs = r
    ? ([
        ['calc.ladder.passersBy', n(r.contacts), 100],
        ['calc.ladder.acquaintances', n(r.acquaintances), per.acquaintances],
        ['calc.ladder.friends', n(r.friends), per.friends],
        ['calc.ladder.confidants', confidants, per.confidants.high],
      ] as const)
    : [];
  const chain = r ? [n(r.contacts), n(r.acquaintances), n(r.friends), confidants].join(' → ') : '';
  const lines = r && [
    c.my('formula', {
      contacts: n(r.contacts),
      a: n(r.acquaintances),
      f: n(r.friends),
      c: confidants,
      ra: per.acquaintances,
      rf: per.friends,
      rc: `${per.confidants.low}–${per.confidants.high}`,
    }),
    c.t(r.interpretation === 'expectConfidant' ? 'calc.ladder.expect' : 'calc.ladder.unlikely', {
      n: n(r.contacts),
      c: confidants,
      stay: n(r.remainPassersBy),
    }),
  ];
  return (
    <Frame
      c={c}
      issues={checked.ok ? [] : checked.issues}
      summary={chain}
      sheet={
        r && lines
          ? [
              chain,
              {
                caption: c.my('caption'),
                rows: [
                  [c.my('rung'), c.my('people')],
                  [c.t('calc.ladder.passersBy'), r.contacts],
                  [c.t('calc.ladder.acquaintances'), r.acquaintances],
                  [c.t('calc.ladder.friends'), r.friends],
                  [c.t('calc.ladder.confidants'), confidants],
                ],
              },
              ...lines,
            ]
          : null
      }
      result={
        r &&
        lines && (
          <>
            <p class="calc-big">{chain}</p>
            <div class="table-scroll">
              <table class="calc-table">
                <caption>{c.my('caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{c.my('rung')}</th>
                    <th scope="col">{c.my('people')}</th>
                    <th scope="col">
                      <span class="visually-hidden">{c.my('bar')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rungs.map(([k, value, percent]) => (
                    <tr key={k}>
                      <th scope="row">{c.t(k)}</th>
                      <td class="calc-num">{value}</td>
                      <td class="calc-bar-cell">
                        <Meter percent={percent} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p class="calc-formula">{lines[0]}</p>
            <p class="calc-interp">{lines[1]}</p>
          </>
        )
      }
    >
      <div class="calc-grid">
        <Num c={c} k="contacts" label={c.my('contacts')} hint={c.my('contactsHint')} />
      </div>
    </Frame>
  );
}
