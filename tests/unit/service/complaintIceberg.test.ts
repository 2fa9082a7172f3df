import fc from 'fast-check';
import { computeComplaintIceberg, validateComplaintIceberg } from '../../../src/domain/service/complaintIceberg';
import { finiteEverywhere, typed } from '../loyalty/typed-input';

describe('complaint iceberg and recovery payoff', () => {
  it('splits 300 dissatisfied customers with the defaults: 1 in 3 complain, TARP 90% vs 83%', () => {
    // Arrange: 300 dissatisfied, ⅓ complain (default), 60% of complaints resolved
    const validated = validateComplaintIceberg({
      dissatisfied: '300',
      resolutionPercent: '60',
      unresolvedPercent: '40',
      silentPercent: '50',
    });
    if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
    // Act
    const result = computeComplaintIceberg(validated.value);
    // Assert: 100 complain (60 resolved, 40 not), 200 silent
    const o = result.outcomes;
    expect(o.complainers).toBeCloseTo(100, 10);
    expect(o.silent).toBeCloseTo(200, 10);
    expect(o.resolved).toBeCloseTo(60, 10);
    expect(o.unresolved).toBeCloseTo(40, 10);
    // buy again: 60×90% + 40×40% + 200×50% = 54 + 16 + 100 = 170, against 300×83% = 249
    expect(o.repurchases.total).toBeCloseTo(170, 10);
    expect(o.repurchasesWithoutProblem).toBeCloseTo(249, 10);
    expect(o.lostSales).toBeCloseTo(79, 10);
    expect(result.silentPerComplaint).toBeCloseTo(2, 10);
    expect(result.valueOfResolvingOne).toBeCloseTo(0.5, 10);
    // a complaint handled as now: 60%×90 + 40%×40 = 70% vs 50% silent → +0.2
    expect(result.valueOfHearingOne).toBeCloseTo(0.2, 10);
    expect(result.recoveryParadox).toBe(true);
    expect(result.interpretation).toBe('inviteComplaints');
  });

  it('advises fixing resolution first when complainers end up less loyal than silent customers', () => {
    const result = computeComplaintIceberg({
      dissatisfied: 100,
      complaintPercent: 30,
      resolutionPercent: 10,
      resolvedPercent: 90,
      noProblemPercent: 83,
      unresolvedPercent: 20,
      silentPercent: 50,
    });
    expect(result.interpretation).toBe('fixResolutionFirst');
  });

  it.each([
    [
      {
        dissatisfied: '10',
        complaintPercent: '150',
        resolutionPercent: '50',
        unresolvedPercent: '1',
        silentPercent: '1',
      },
      [{ field: 'complaintPercent', code: 'outOfRange', params: { value: 150, min: 0, max: 100 } }],
    ],
    [
      { dissatisfied: '10', resolutionPercent: '50' },
      [
        { field: 'unresolvedPercent', code: 'required' },
        { field: 'silentPercent', code: 'required' },
      ],
    ],
  ])('refuses %j', (raw, issues) => {
    expect(validateComplaintIceberg(raw)).toEqual({ ok: false, issues });
  });

  it('keeps every group between 0 and the dissatisfied count, summing back to it', () => {
    const pct = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        pct,
        pct,
        pct,
        pct,
        (dissatisfied, complaintPercent, resolutionPercent, unresolvedPercent, silentPercent) => {
          const result = computeComplaintIceberg({
            dissatisfied,
            complaintPercent,
            resolutionPercent,
            unresolvedPercent,
            silentPercent,
            resolvedPercent: 90,
            noProblemPercent: 83,
          });
          const o = result.outcomes;
          for (const v of [o.complainers, o.silent, o.resolved, o.unresolved, o.lostSales])
            expect(Number.isFinite(v)).toBe(true);
          expect(o.complainers + o.silent).toBeCloseTo(dissatisfied, 3);
          expect(o.resolved + o.unresolved).toBeCloseTo(o.complainers, 3);
          expect(o.repurchases.total).toBeLessThanOrEqual(dissatisfied * (1 + 1e-9));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('whatever is typed', () => {
  it('either refuses it or gives finite numbers', () => {
    fc.assert(
      fc.property(
        typed,
        typed,
        typed,
        typed,
        typed,
        (dissatisfied, complaintPercent, resolutionPercent, unresolvedPercent, silentPercent) => {
          const validated = validateComplaintIceberg({
            dissatisfied,
            complaintPercent,
            resolutionPercent,
            unresolvedPercent,
            silentPercent,
          });
          if (validated.ok) expect(finiteEverywhere(computeComplaintIceberg(validated.value))).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
