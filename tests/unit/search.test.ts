// @vitest-environment happy-dom
import fc from 'fast-check';
import { cleanExcerpt, excerptNodes, resultView, type PagefindData } from '../../src/browser/search';

describe('cleanExcerpt', () => {
  it('drops the full stop Pagefind appends to Chinese headings and list items, and its zero-width spaces', () => {
    // Arrange: as Pagefind returns a Chinese lesson's excerpt
    const excerpt =
      '关怀在\u200b细节处\u200b. \u200b本课\u200b你将. 识别<mark>客户</mark><mark>关怀</mark>. 说明 5. 如何';
    // Act
    const cleaned = cleanExcerpt(excerpt);
    // Assert
    expect(cleaned).toBe('关怀在细节处 本课你将 识别<mark>客户关怀</mark> 说明 5. 如何');
  });

  it('keeps English full stops and numbered items', () => {
    expect(cleanExcerpt('Behavioural formulas. <mark>Repeat-purchase</mark> rate = 9 ÷ 12. 2. Next')).toBe(
      'Behavioural formulas. <mark>Repeat-purchase</mark> rate = 9 ÷ 12. 2. Next',
    );
  });

  it('never leaves a Latin full stop after a Chinese character at a block boundary, nor a zero-width space', () => {
    const han = fc.constantFrom('客', '户', '关', '怀', '率');
    const piece = fc.oneof(
      fc.string({ unit: han, minLength: 1, maxLength: 4 }),
      fc.constantFrom('. ', '\u200b', ' ', '<mark>', '</mark>', 'NPS', '5. '),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = cleanExcerpt(pieces.join(''));
        // What the reader sees is the text without the highlight tags.
        expect(text.replace(/<\/?mark>/g, '')).not.toMatch(/\p{Script=Han}\.(\s|$)/u);
        expect(text).not.toMatch(/\u200b/);
      }),
      { numRuns: 2000 },
    );
  });

  it('drops the full stop after a highlight that was split in two around it', () => {
    expect(cleanExcerpt('客</mark><mark>. ')).toBe('客 ');
    expect(cleanExcerpt('<mark>客户</mark><mark>. </mark>下一')).toBe('<mark>客户 </mark>下一');
  });
});

describe('excerptNodes', () => {
  it('rebuilds highlights as <mark> elements and text as text', () => {
    const nodes = excerptNodes('一个<mark>钱包</mark><mark>份额</mark>. 公式 &lt;b&gt;', document);
    const p = document.createElement('p');
    p.append(...nodes);
    expect(p.innerHTML).toBe('一个<mark>钱包份额</mark> 公式 &lt;b&gt;');
  });
});

const glossary = (subs: { title: string; id?: string; scores: number[] }[]): PagefindData => ({
  url: '/glossary/',
  excerpt: 'page excerpt',
  meta: { title: 'Glossary', kind: 'glossary' },
  sub_results: subs.map((s) => ({
    url: s.id ? `/glossary/#${s.id}` : '/glossary/',
    title: s.title,
    excerpt: `${s.title} excerpt`,
    ...(s.id ? { anchor: { id: s.id } } : {}),
    weighted_locations: s.scores.map((balanced_score) => ({ balanced_score })),
  })),
});

describe('resultView', () => {
  it('links a glossary hit to the entry named by the query, even when another entry has more hits', () => {
    const item = glossary([
      { title: 'Glossary', scores: [5] },
      { title: 'behavioural loyalty 行为忠诚', id: 'behavioural-loyalty', scores: [9, 9, 9] },
      { title: 'share of wallet 钱包份额', id: 'share-of-wallet', scores: [1] },
    ]);
    expect(resultView(item, 'Share of Wallet')).toEqual({
      href: '/glossary/#share-of-wallet',
      title: 'share of wallet 钱包份额',
      excerpt: 'share of wallet 钱包份额 excerpt',
      kind: 'glossary',
    });
    expect(resultView(item, '钱包份额').href).toBe('/glossary/#share-of-wallet');
  });

  it('otherwise links to the glossary entry with the most weighted hits', () => {
    const item = glossary([
      { title: 'defection', id: 'defection', scores: [1] },
      { title: 'retention rate', id: 'retention-rate', scores: [3, 2] },
    ]);
    expect(resultView(item, 'margin').href).toBe('/glossary/#retention-rate');
  });

  it('links other pages to the page itself', () => {
    const item: PagefindData = {
      url: '/lessons/x/',
      excerpt: 'e',
      meta: { title: 'X', kind: 'lesson' },
      sub_results: [],
    };
    expect(resultView(item, 'x')).toEqual({ href: '/lessons/x/', title: 'X', excerpt: 'e', kind: 'lesson' });
  });
});
