// @vitest-environment happy-dom
/**
 * A file input shows its button and "no file chosen" in the page's language, the chosen file's
 * name (or how many), and stays the labelled native control that tests and assistive technology
 * operate.
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import { FileInput } from '../../src/islands/FileInput';
import { zhCn } from '../../src/i18n/zh-cn';

const strings = {
  'file.choose': zhCn['file.choose'],
  'file.chooseMany': zhCn['file.chooseMany'],
  'file.none': zhCn['file.none'],
  'file.many': zhCn['file.many'],
};

function pick(input: HTMLInputElement, names: string[]) {
  Object.defineProperty(input, 'files', { configurable: true, value: names.map((n) => new File(['{}'], n)) });
  fireEvent.change(input);
}

describe('FileInput', () => {
  it('speaks the page’s language, then names the file chosen, and still calls the handler', () => {
    const seen: string[] = [];
    const { container } = render(
      <p>
        <label for="f">导入文件</label>
        <FileInput
          strings={strings}
          id="f"
          accept=".json"
          onChange={(e) => seen.push(e.currentTarget.files![0]!.name)}
        />
      </p>,
    );
    const input = screen.getByLabelText('导入文件') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.json');
    expect(container.textContent).toContain('选择文件');
    expect(container.textContent).toContain('未选择文件');
    pick(input, ['李伟-学习完成记录.json']);
    expect(seen).toEqual(['李伟-学习完成记录.json']);
    expect(container.textContent).toContain('李伟-学习完成记录.json');
    expect(container.textContent).not.toContain('未选择文件');
    // The words are for the eye; the input's label is what a screen reader announces.
    for (const span of container.querySelectorAll('.file-pick > span'))
      expect(span.getAttribute('aria-hidden')).toBe('true');
  });

  it('counts several files', () => {
    const { container } = render(<FileInput strings={strings} multiple aria-label="结果文件" />);
    pick(screen.getByLabelText('结果文件') as HTMLInputElement, ['a.json', 'b.json', 'c.json']);
    expect(container.textContent).toContain('3 个文件');
  });
});
