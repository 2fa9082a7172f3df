import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { lessonSchema } from '../../src/schemas/lesson';

const ROOT = 'content/lessons';
const files = (locale: string) =>
  readdirSync(join(ROOT, locale))
    .filter((f) => f.endsWith('.mdx'))
    .sort();
const frontmatter = (locale: string, file: string) => {
  const text = readFileSync(join(ROOT, locale, file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error(`${locale}/${file} has no frontmatter`);
  return lessonSchema.parse(yaml.load(match[1]!));
};

describe('lessons in both languages', () => {
  it('every lesson exists in English and in Chinese, under the same file name', () => {
    expect(files('en').length).toBeGreaterThan(0);
    expect(files('zh-cn')).toEqual(files('en'));
  });

  it.each(files('en'))('%s has the same module, order and unit objectives in both languages', (file) => {
    const en = frontmatter('en', file);
    const zh = frontmatter('zh-cn', file);
    expect([zh.module, zh.order, zh.unitObjectives]).toEqual([en.module, en.order, en.unitObjectives]);
    expect(zh.objectives.length).toBe(en.objectives.length);
    expect(zh.keyPoints.length).toBe(en.keyPoints.length);
  });

  it('no two lessons share a module and an order', () => {
    const positions = files('en').map((file) => {
      const { module, order } = frontmatter('en', file);
      return `${module}${order}`;
    });
    expect(new Set(positions).size).toBe(positions.length);
  });

  it('Chinese lessons are written in Chinese', () => {
    for (const file of files('zh-cn')) {
      const text = readFileSync(join(ROOT, 'zh-cn', file), 'utf8');
      const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
      expect(han, file).toBeGreaterThan(300);
    }
  });
});
