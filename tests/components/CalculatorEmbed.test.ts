import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/preact/container-renderer';
import Calculator from '../../src/components/Calculator.astro';

async function container() {
  const renderers = await loadRenderers([getContainerRenderer()]);
  return AstroContainer.create({ renderers });
}

describe('<Calculator> in a lesson', () => {
  it('renders the island, hydrated when visible, with the preset, the page language and its strings', async () => {
    const html = await (
      await container()
    ).renderToString(Calculator, {
      props: { name: 'attitudinal', preset: 'worked-example' },
      request: new Request('https://example.org/zh-cn/lessons/measuring-loyalty/'),
    });
    expect(html).toContain('<astro-island');
    expect(html).toContain('client="visible"');
    expect(html).toContain('加权态度忠诚度');
    // The worked example is already worked out in the server-rendered HTML.
    expect(html).toContain('33.6');
    expect(html).toContain('lessons/measuring-loyalty/');
  });

  it('fails the build for an unknown calculator, naming the page', async () => {
    await expect(
      (await container()).renderToString(Calculator, {
        props: { name: 'wallet-share' },
        request: new Request('https://example.org/lessons/x/'),
      }),
    ).rejects.toThrow(
      '/lessons/x/ embeds an unknown calculator "wallet-share". Known: repeat-purchase, share-of-wallet',
    );
  });

  it('fails the build for a preset the calculator does not have', async () => {
    await expect(
      (await container()).renderToString(Calculator, {
        props: { name: 'nps', preset: 'worked-exmaple' },
        request: new Request('https://example.org/lessons/x/'),
      }),
    ).rejects.toThrow(
      '/lessons/x/ asks calculator "nps" for an unknown preset "worked-exmaple". Known: worked-example.',
    );
  });
});
