import fc from 'fast-check';
import {
  TARP_SENSITIVITY_EXAMPLE,
  computeTarpSensitivity,
  validateTarpSensitivity,
} from '../../../src/domain/service/tarpSensitivity';
import { finiteEverywhere, typed } from '../loyalty/typed-input';

describe('TARP sensitivity table', () => {
  it('reproduces the source: 63,590 sales lost, Project A wins back 5,888, Project B 27,693', () => {
    // Arrange: the designed inputs, entered as a form would send them
    const validated = validateTarpSensitivity({
      customers: '920,000',
      rates: { resolvedPercent: '90', noProblemPercent: '83', unresolvedPercent: '44', silentPercent: '48' },
      baseline: { problemPercent: '27', complaintPercent: '', resolutionPercent: '70' },
      projects: [
        { problemPercent: '24.5', complaintPercent: '', resolutionPercent: '70' },
        { problemPercent: '24.5', complaintPercent: '51', resolutionPercent: '90' },
      ],
    });
    if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
    // Act
    const result = computeTarpSensitivity(validated.value);
    // Assert
    expect(validated.value).toEqual(TARP_SENSITIVITY_EXAMPLE);
    expect(Math.round(result.baseline.lostSales)).toBe(63590);
    expect(Math.round(result.projects[0]?.wonBack ?? Number.NaN)).toBe(5888);
    expect(Math.round(result.projects[1]?.wonBack ?? Number.NaN)).toBe(27693);
    expect(result.bestProject).toBe(1);
    expect(result.projects.map((p) => p.interpretation)).toEqual(['winsBack', 'winsBack']);
  });

  it.each([
    [
      {
        customers: '1',
        rates: { unresolvedPercent: '1', silentPercent: '1' },
        baseline: { problemPercent: '1', resolutionPercent: '1' },
        projects: [],
      },
      [{ field: 'projects', code: 'tooFewProjects', params: { min: 1, max: 4, count: 0 } }],
    ],
    [
      {
        customers: '1',
        rates: { unresolvedPercent: '1', silentPercent: '1' },
        baseline: { problemPercent: '101', resolutionPercent: '1' },
        projects: [{ problemPercent: '1', resolutionPercent: '1', complaintPercent: 'x' }],
      },
      [
        { field: 'baseline.problemPercent', code: 'outOfRange', params: { value: 101, min: 0, max: 100 } },
        { field: 'projects.0.complaintPercent', code: 'notANumber', params: { value: 'x' } },
      ],
    ],
  ])('refuses %j', (raw, issues) => {
    expect(validateTarpSensitivity(raw)).toEqual({ ok: false, issues });
  });

  it('wins back sales whenever a project only prevents problems', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (problemPercent, kept) => {
          const { baseline } = TARP_SENSITIVITY_EXAMPLE;
          const result = computeTarpSensitivity({
            ...TARP_SENSITIVITY_EXAMPLE,
            baseline: { ...baseline, problemPercent },
            projects: [{ ...baseline, problemPercent: problemPercent * kept }],
          });
          expect(Number.isFinite(result.projects[0]?.wonBack)).toBe(true);
          expect(result.projects[0]?.wonBack).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('whatever is typed', () => {
  it('either refuses it or gives finite numbers', () => {
    const scenario = fc.record({ problemPercent: typed, complaintPercent: typed, resolutionPercent: typed });
    fc.assert(
      fc.property(
        typed,
        typed,
        typed,
        scenario,
        fc.array(scenario, { maxLength: 5 }),
        (customers, unresolvedPercent, silentPercent, baseline, projects) => {
          const validated = validateTarpSensitivity({
            customers,
            rates: { unresolvedPercent, silentPercent },
            baseline,
            projects,
          });
          if (validated.ok) expect(finiteEverywhere(computeTarpSensitivity(validated.value))).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
