import { contextFor } from '../../../src/domain/instructors/context';

const good = { title: 'Week 3', back: '/assignment/#2zABC', paths: ['/lessons/what-is-client-care/', '/tools/nps/'] };
const raw = (v: unknown) => JSON.stringify(v);

describe('the assignment context of a tab', () => {
  test('is shown on the pages of the assignment only', () => {
    expect(contextFor(raw(good), '/tools/nps/')).toEqual(good);
    expect(contextFor(raw(good), '/tools/recovery/')).toBeNull();
    expect(contextFor(raw({ ...good, back: '/zh-cn/assignment/#2zABC' }), '/tools/nps/')?.back).toBe(
      '/zh-cn/assignment/#2zABC',
    );
  });

  test.each([
    ['nothing saved', null],
    ['not JSON', '{"title":'],
    ['a link to another site', raw({ ...good, back: 'https://example.org/assignment/#x' })],
    ['a protocol-relative link', raw({ ...good, back: '//example.org/assignment/#x' })],
    ['a script URL', raw({ ...good, back: 'javascript:alert(1)//assignment/#' })],
    ['a page that is not an assignment', raw({ ...good, back: '/lessons/x/' })],
    ['a title too long', raw({ ...good, title: 'x'.repeat(121) })],
    ['paths not a list', raw({ ...good, paths: '/tools/nps/' })],
    ['a path that is not text', raw({ ...good, paths: ['/tools/nps/', 3] })],
  ])('is ignored when %s', (_, value) => {
    expect(contextFor(value, '/tools/nps/')).toBeNull();
  });
});
