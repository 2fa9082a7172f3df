import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hasPlaceholder,
  LMS_BASE,
  relativiseCss,
  relativiseHtml,
  relativiseJs,
  upToRoot,
} from '../../../src/domain/lms/relative';
import { cmi5ConnectSources, withConnectSources } from '../../../src/domain/lms/csp';

describe('upToRoot', () => {
  it('counts the folders between a file and the package root', () => {
    expect(upToRoot('index.html')).toBe('./');
    expect(upToRoot('zh-cn/index.html')).toBe('../');
    expect(upToRoot('zh-cn/lessons/x/index.html')).toBe('../../../');
  });
});

describe('relativiseHtml', () => {
  it('makes links, sources and island props relative and names the folder’s index.html', () => {
    const html =
      `<a href="${LMS_BASE}">home</a><a href="${LMS_BASE}glossary/#nps">t</a>` +
      `<link rel="alternate" href="http://localhost:4321${LMS_BASE}zh-cn/lessons/x/">` +
      `<script src="${LMS_BASE}_astro/a.js"></script>` +
      `<astro-island props="{&quot;href&quot;:[0,&quot;${LMS_BASE}lessons/y/&quot;]}">`;
    expect(relativiseHtml(html, 'lessons/x/index.html')).toBe(
      '<a href="../../index.html">home</a><a href="../../glossary/index.html#nps">t</a>' +
        '<link rel="alternate" href="../../zh-cn/lessons/x/index.html">' +
        '<script src="../../_astro/a.js"></script>' +
        '<astro-island props="{&quot;href&quot;:[0,&quot;../../lessons/y/index.html&quot;]}">',
    );
  });

  it('leaves links that were already relative or external alone', () => {
    const html = '<a href="#x">a</a><a href="https://example.com/a/">b</a><a href="../c/">c</a>';
    expect(relativiseHtml(html, 'a/index.html')).toBe(html);
  });

  it('leaves no placeholder behind, whatever the surrounding text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constant(LMS_BASE), fc.constant('"'))), (parts) => {
        expect(hasPlaceholder(relativiseHtml(parts.join(''), 'a/b/index.html'))).toBe(false);
      }),
    );
  });
});

describe('relativiseCss', () => {
  it('points url() at the root from the stylesheet’s folder', () => {
    expect(relativiseCss(`a{background:url(${LMS_BASE}_astro/f.woff2)}`, '_astro/x.css')).toBe(
      'a{background:url(../_astro/f.woff2)}',
    );
  });
});

describe('relativiseJs', () => {
  const root = (js: string) => {
    // Run the rewritten expression as a chunk served from /pkg/deep/_astro/chunk.js would.
    const body = relativiseJs(js).replaceAll(
      'import.meta.url',
      JSON.stringify('https://lms.example/pkg/deep/_astro/chunk.js'),
    );
    return new Function(`return ${body}`)() as unknown;
  };

  it('turns template, double- and single-quoted literals into the package root’s path', () => {
    expect(root(`\`${LMS_BASE}pagefind/pagefind.js\``)).toBe('/pkg/deep/pagefind/pagefind.js');
    expect(root(`"${LMS_BASE}sw.js"`)).toBe('/pkg/deep/sw.js');
    expect(root(`'${LMS_BASE}'.endsWith('/')`)).toBe(true);
  });

  it('leaves no placeholder behind', () => {
    expect(hasPlaceholder(relativiseJs(`a=\`${LMS_BASE}\`;b="${LMS_BASE}x";c='${LMS_BASE}'`))).toBe(false);
  });
});

describe('cmi5 connect-src', () => {
  const meta = `<meta http-equiv="content-security-policy" content="default-src 'self';connect-src 'self';object-src 'none'">`;

  it('adds the endpoint’s origin and nothing else', () => {
    expect(withConnectSources(meta, cmi5ConnectSources('https://lrs.example.com/xapi/'))).toBe(
      `<meta http-equiv="content-security-policy" content="default-src 'self';connect-src 'self' https://lrs.example.com;object-src 'none'">`,
    );
  });

  it('keeps the policy as it is when no endpoint is set', () => {
    expect(withConnectSources(meta, cmi5ConnectSources(undefined))).toBe(meta);
    expect(cmi5ConnectSources('  ')).toEqual([]);
  });

  it('refuses an address that is not http(s), naming it', () => {
    expect(() => cmi5ConnectSources('lrs.example.com')).toThrow(/not a URL: "lrs\.example\.com"/);
    expect(() => cmi5ConnectSources('ftp://lrs.example.com')).toThrow(/http or https/);
  });
});
