/**
 * Pasted answers whose separators change from line to line: every number must be read, the
 * shape of the paste decides between "a list of answers" and "one column of a table", and every
 * value that is not a whole number 0–10 is reported where it stands.
 */
import fc from 'fast-check';
import { computeNpsFromDistribution } from '../../../src/domain/loyalty/netPromoterScore';
import { parseNpsResponses } from '../../../src/domain/loyalty/npsResponses';

function parsed(text: string, options = {}) {
  const result = parseNpsResponses(text, options);
  if (!result.ok) throw new Error(`expected a parse, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

// A deterministic pseudo-random sequence, so the paste is the same on every run.
function sequence(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * n);
  };
}

const SEPARATORS = [',', ';', '\t', ' ', '，', '；', ', ', ' ; ', '\t\t', '  '];

/**
 * 1,162 answers (291 × 10, 476 × 8, 395 × 3) in lines of one to six answers with a different
 * separator mix on each line, a byte-order mark, a Chinese header, Windows and Unix line ends,
 * blank lines, empty cells, and four junk cells on known lines.
 */
function mixedPaste(): { text: string; junk: { row: number; value: string }[] } {
  const next = sequence(2024);
  const answers = [...Array<number>(291).fill(10), ...Array<number>(476).fill(8), ...Array<number>(395).fill(3)];
  for (let i = answers.length - 1; i > 0; i--) {
    const j = next(i + 1);
    [answers[i], answers[j]] = [answers[j] as number, answers[i] as number];
  }
  const lines: string[] = ['推荐意愿（0–10 分）'];
  let at = 0;
  while (at < answers.length) {
    const take = 1 + next(6);
    const cells = answers.slice(at, at + take).map(String);
    at += take;
    let line = cells[0] as string;
    for (const cell of cells.slice(1)) line += SEPARATORS[next(SEPARATORS.length)] + cell;
    if (next(10) === 0) line += ',,'; // empty cells at the end of a line
    if (next(15) === 0) line = ` ${line} `;
    lines.push(line);
    if (next(25) === 0) lines.push('');
  }
  const junk = [
    { row: 6, value: '11' },
    { row: 40, value: '-1' },
    { row: 120, value: '7.5' },
    { row: 300, value: 'n/a' },
  ];
  for (const { row, value } of junk) lines[row - 1] = `${lines[row - 1]};${value}`;
  lines[9] = `${lines[9]},,`; // an empty cell in the middle of nowhere: not reported
  const text = '\uFEFF' + lines.map((line, i) => (i % 3 === 0 ? `${line}\r\n` : `${line}\n`)).join('');
  return { text, junk };
}

describe('parseNpsResponses: a pasted list with mixed separators', () => {
  it('reads all 1,162 answers of a mixed paste with a BOM, a Chinese header and junk cells', () => {
    // Arrange
    const { text, junk } = mixedPaste();
    // Act
    const result = parsed(text, { maxExamples: 100 });
    const nps = computeNpsFromDistribution(result.distribution);
    // Assert
    expect(result.n).toBe(1162);
    expect(result.distribution).toEqual([0, 0, 0, 395, 0, 0, 0, 0, 476, 0, 291]);
    expect(nps.nps).toBeCloseTo(((291 - 395) / 1162) * 100, 10);
    expect(result.layout).toBe('list');
    expect(result.header).toBe('推荐意愿（0–10 分）');
    expect(result.ignoredTotal).toBe(4);
    const reported = Object.values(result.ignored).flatMap((group) =>
      group.examples.map(({ row, value }) => ({ row, value })),
    );
    expect(reported.sort((a, b) => a.row - b.row)).toEqual(junk);
  });

  it.each([
    ['newlines', '9\n10\n7'],
    ['commas', '9,10,7'],
    ['semicolons', '9;10;7'],
    ['tabs', '9\t10\t7'],
    ['spaces', '9 10 7'],
    ['full-width commas', '9，10，7'],
    ['full-width semicolons', '9；10；7'],
    ['a mix on one line', '9, 10；\t7'],
    ['a mix across lines', '9,10\n7'],
    ['a one-cell header and ragged lines', 'score\n9,10\n7'],
  ])('reads every number separated by %s', (_how, text) => {
    const result = parsed(text);
    expect(result.n).toBe(3);
    expect(result.distribution).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1]);
    expect(result.layout).toBe('list');
  });

  it('reports every value that is not a whole number 0–10 by row and value, and ignores empty cells silently', () => {
    const result = parsed('9,,10\n11; -1\n7.5\tn/a\n\n,8,', { maxExamples: 10 });
    expect(result.n).toBe(3);
    expect(result.ignoredTotal).toBe(4);
    expect(result.ignored.outOfRange.examples.map((e) => [e.row, e.value])).toEqual([
      [2, '11'],
      [2, '-1'],
    ]);
    expect(result.ignored.notAnInteger.examples.map((e) => [e.row, e.value])).toEqual([[3, '7.5']]);
    expect(result.ignored.notANumber.examples.map((e) => [e.row, e.value])).toEqual([[3, 'n/a']]);
    expect(Object.keys(result.ignored)).not.toContain('empty');
  });

  it('keeps words separated by spaces together as one reported value', () => {
    const result = parsed('8\n9 not sure 10', { maxExamples: 10 });
    expect(result.n).toBe(3);
    expect(result.ignored.notANumber.examples.map((e) => e.value)).toEqual(['not sure']);
  });

  it('asks for a column only when the paste is a table with a header row and consistent columns', () => {
    const table = parsed('编号，评分\n1001,9\n1002,6\n1003,10'.replace('，', ','));
    expect(table.layout).toBe('column');
    expect(table.column).toEqual({ number: 2, name: '评分' });
    expect(table.columns).toEqual([
      { number: 1, name: '编号' },
      { number: 2, name: '评分' },
    ]);
    const list = parsed('评分\n9,6\n10\n8;7;9');
    expect(list.layout).toBe('list');
    expect(list.columns).toEqual([]);
    expect(list.n).toBe(6);
  });
});

describe('parseNpsResponses: properties of a pasted list', () => {
  const separator = fc.constantFrom(',', ';', '\t', ' ', '，', '；', '\n', '\r\n', ', ', ' ;\t', '\u3000');

  it('any mix of separators around a list of 0–10 integers reads exactly that multiset', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 300 }),
        fc.array(separator, { minLength: 1, maxLength: 300 }),
        fc.boolean(),
        fc.constantFrom('', 'score\n', '评分\r\n', '推荐意愿（0-10）\n'),
        (scores, separators, bom, header) => {
          // Arrange
          let text = (bom ? '\uFEFF' : '') + header;
          scores.forEach((s, i) => (text += (i > 0 ? separators[i % separators.length] : '') + String(s)));
          const expected = new Array<number>(11).fill(0);
          for (const s of scores) expected[s] = (expected[s] as number) + 1;
          // Act
          const result = parsed(text);
          // Assert
          expect(result.distribution).toEqual(expected);
          expect(result.n).toBe(scores.length);
          expect(result.ignoredTotal).toBe(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('junk between the answers is reported once each and never changes the answers read', () => {
    const junk = fc.constantFrom('11', '-1', '7.5', 'n/a', 'x', '100');
    // Words joined by spaces alone read as one value (`not sure`), so spaces are left out here.
    const hard = fc.constantFrom(',', ';', '\t', '，', '；', '\n', '\r\n', ', ', ' ;\t');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 10 }).map(String), junk), { minLength: 1, maxLength: 200 }),
        fc.array(hard, { minLength: 1, maxLength: 50 }),
        (values, separators) => {
          const text = '10\n' + values.map((v, i) => v + (separators[i % separators.length] as string)).join('');
          const result = parsed(text, { maxExamples: 1000 });
          const valid = values.filter((v) => /^(?:[0-9]|10)$/.test(v)).length;
          expect(result.n).toBe(valid + 1);
          expect(result.ignoredTotal).toBe(values.length - valid);
        },
      ),
      { numRuns: 300 },
    );
  });
});
