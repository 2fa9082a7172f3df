import {
  COST_MAX,
  LIMITS,
  addPeerRating,
  addPlanRow,
  initialWorksheet,
  movePlanRow,
  moveEntry,
  nextId,
  parseCost,
  removePeerRating,
  removePlanRow,
  setAnswer,
  setScore,
  updatePlanRow,
  validateWorksheet,
} from '../../../src/domain/worksheet';
import { filledWorksheet } from './fixtures';

describe('editing the worksheet', () => {
  it('adds rows with fresh ids, after the largest in use', () => {
    expect(nextId('p', [{ id: 'p1' }, { id: 'p7' }, { id: 'c9' }])).toBe('p8');
    const { worksheet, id } = addPlanRow(filledWorksheet());
    expect(id).toBe('p3');
    expect(worksheet.plan.map((r) => r.id)).toEqual(['p1', 'p2', 'p3']);
  });

  it('stops adding rows at the limit', () => {
    let ws = initialWorksheet();
    for (let i = 1; i < LIMITS.planRows; i++) ws = addPlanRow(ws).worksheet;
    expect(ws.plan).toHaveLength(LIMITS.planRows);
    expect(addPlanRow(ws)).toEqual({ worksheet: ws, id: null });
  });

  it('moves a row up and down, and leaves it at the ends', () => {
    const ws = addPlanRow(filledWorksheet()).worksheet;
    expect(movePlanRow(ws, 'p3', -1).plan.map((r) => r.id)).toEqual(['p1', 'p3', 'p2']);
    expect(movePlanRow(ws, 'p1', 1).plan.map((r) => r.id)).toEqual(['p2', 'p1', 'p3']);
    expect(movePlanRow(ws, 'p1', -1).plan).toBe(ws.plan);
    expect(moveEntry(ws.plan, 'p3', 1)).toBe(ws.plan);
    expect(moveEntry(ws.plan, 'nope', 1)).toBe(ws.plan);
  });

  it('removes a row and updates only the row asked for', () => {
    const ws = filledWorksheet();
    expect(removePlanRow(ws, 'p1').plan.map((r) => r.id)).toEqual(['p2']);
    const edited = updatePlanRow(ws, 'p2', { timing: 'Weekly' });
    expect(edited.plan[1]!.timing).toBe('Weekly');
    expect(edited.plan[0]).toBe(ws.plan[0]);
  });

  it('cuts texts to their limits, so what it saves always validates', () => {
    let ws = updatePlanRow(filledWorksheet(), 'p1', { measure: 'm'.repeat(LIMITS.measure + 50) });
    ws = setAnswer(ws, 'competitors', 'a'.repeat(LIMITS.answer + 1));
    expect(ws.plan[0]!.measure).toHaveLength(LIMITS.measure);
    expect(ws.answers.competitors).toHaveLength(LIMITS.answer);
    expect(validateWorksheet(ws).ok).toBe(true);
  });

  it('adds and removes peer ratings but never the self-rating', () => {
    const { worksheet, id } = addPeerRating(filledWorksheet());
    expect(id).toBe('r1');
    expect(worksheet.ratings.map((r) => r.by)).toEqual(['self', 'peer']);
    expect(removePeerRating(worksheet, 'r1').ratings.map((r) => r.id)).toEqual(['s1']);
    expect(removePeerRating(worksheet, 's1').ratings).toHaveLength(2);
    expect(setScore(worksheet, 'r1', 'lowCost', 2).ratings[1]!.scores.lowCost).toBe(2);
  });
});

describe('parseCost', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['0', 0],
    ['1200', 1200],
    ['1,200.50', 1200.5],
    ['１２００', 1200],
    ['3.5', 3.5],
    ['1,20', 1.2],
    ['1 200', 1200],
  ])('%j → %j', (input, value) => expect(parseCost(input, COST_MAX)).toEqual({ ok: true, value }));

  it.each([
    ['abc', 'notANumber'],
    ['12a', 'notANumber'],
    ['1,2,0', 'notANumber'],
    ['=1+1', 'notANumber'],
    ['-5', 'outOfRange'],
    ['2000000000', 'outOfRange'],
  ])('%j is refused: %s', (input, code) => expect(parseCost(input, COST_MAX)).toEqual({ ok: false, code }));
});
