import {
  BEHAVIOURAL_LOYALTY_LINE_PERCENT,
  REPEAT_PURCHASE_FIELDS,
  SHARE_OF_WALLET_FIELDS,
  computeRepeatPurchaseRate,
  computeShareOfWallet,
  validateRepeatPurchase,
  validateShareOfWallet,
  type BrandShareResult,
} from '../../domain/loyalty/behaviouralLoyalty';
import { Frame, Num, useCalc, type CalcKey, type CalcProps } from './shell';
import { Meter } from './Meter';

/** Repeat-purchase rate (by count) or share of wallet (by money), against the 50% line. */
export default function BrandShare(p: CalcProps) {
  const wallet = p.name === 'share-of-wallet';
  const [part, whole] = wallet ? ['brandSpend', 'categorySpend'] : ['brandPurchases', 'categoryPurchases'];
  const c = useCalc(p, wallet ? SHARE_OF_WALLET_FIELDS : REPEAT_PURCHASE_FIELDS);
  const key = (k: string) => `calc.${p.name}.${k}` as CalcKey;
  const checked = wallet
    ? validateShareOfWallet({ brandSpend: c.v(part), categorySpend: c.v(whole) })
    : validateRepeatPurchase({ brandPurchases: c.v(part), categoryPurchases: c.v(whole) });
  let r: BrandShareResult | null = null;
  if (checked.ok)
    r = 'brandSpend' in checked.value ? computeShareOfWallet(checked.value) : computeRepeatPurchaseRate(checked.value);
  const percent = r ? c.num(r.percent, 1) : '';
  const lines = r && [
    c.t(key('formula'), { part: c.num(r.terms.part, 4), whole: c.num(r.terms.whole, 4), percent }),
    c.t(r.interpretation === 'behaviourallyLoyal' ? 'calc.share.loyal' : 'calc.share.notLoyal', {
      percent,
      line: r.linePercent,
      gap: c.num(r.linePercent - r.percent, 1),
    }),
  ];
  return (
    <Frame
      c={c}
      issues={checked.ok ? [] : checked.issues}
      summary={r ? `${c.t(key('title'))}: ${percent}%` : ''}
      sheet={
        r && lines && [{ label: c.t('calc.ui.csvPercent', { label: c.t(key('title')) }), value: r.percent }, ...lines]
      }
      result={
        r &&
        lines && (
          <>
            <p class="calc-big">{percent}%</p>
            <Meter percent={r.percent} line={BEHAVIOURAL_LOYALTY_LINE_PERCENT} />
            <p class="calc-formula">{lines[0]}</p>
            <p class="calc-interp">{lines[1]}</p>
          </>
        )
      }
    >
      <div class="calc-grid">
        <Num c={c} k={part} label={c.t(key('part'))} hint={c.t(key('hint'))} />
        <Num c={c} k={whole} label={c.t(key('whole'))} />
      </div>
    </Frame>
  );
}
