import { en } from '../../src/i18n/en';
import { zhCn } from '../../src/i18n/zh-cn';
import { format, pickStrings } from '../../src/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  it('English and Chinese have exactly the same keys', () => {
    expect(Object.keys(zhCn).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s is non-empty in both languages and uses the same placeholders', (key) => {
    const k = key as keyof typeof en;
    expect(en[k].trim()).not.toBe('');
    expect(zhCn[k].trim()).not.toBe('');
    expect(placeholders(zhCn[k])).toEqual(placeholders(en[k]));
  });

  it('format fills placeholders and leaves unknown ones visible', () => {
    expect(format('{done} of {total}', { done: 3, total: 14 })).toBe('3 of 14');
    expect(format('{missing} here', {})).toBe('{missing} here');
  });

  it('pickStrings sends only the asked keys', () => {
    expect(pickStrings('zh-cn', ['nav.course'])).toEqual({ 'nav.course': '课程' });
  });
});
