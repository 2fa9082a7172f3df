import {
  addSystem,
  builderSlot,
  duplicateSystem,
  initialBuilderState,
  newSystemId,
  removeSystem,
  replaceSystem,
  selectedSystem,
  setSector,
  setStep,
  stepOf,
  uniqueSystemName,
  validateBuilderState,
} from '../../../src/domain/builder/state';
import { decodeRaw, encodeEnvelope } from '../../../src/domain/storage/slot';
import { newIndicatorSystem } from '../../../src/domain/indicators/system';

const system = (id: string, name = `System ${id}`) => newIndicatorSystem(id, name, 'Acme');

describe('the builder slot', () => {
  it('round-trips through the storage envelope unchanged', () => {
    // Arrange
    const state = setSector(addSystem(addSystem(initialBuilderState(), system('a')), system('b')), 'a', 'Car dealer');
    // Act
    const decoded = decodeRaw(builderSlot, encodeEnvelope(builderSlot, state, new Date(0)));
    // Assert
    expect(decoded).toEqual({ kind: 'ok', value: state });
  });

  it.each([
    ['not an object', 'text', ''],
    ['systems not a list', { systems: {} }, 'systems'],
    ['a system of another format', { systems: [{ ...system('a'), format: 'progress' }] }, 'systems.0.format'],
    ['a newer system format', { systems: [{ ...system('a'), formatVersion: 2 }] }, 'systems.0.formatVersion'],
    ['an id that is not a plain token', { systems: [system('__proto__')] }, 'systems.0.id'],
    ['a blank name', { systems: [system('a', '  ')] }, 'systems.0.name'],
    ['no indicators', { systems: [{ ...system('a'), indicators: [] }] }, 'systems.0.indicators'],
    ['no weighting', { systems: [{ ...system('a'), weighting: null }] }, 'systems.0.weighting'],
    ['two systems with one id', { systems: [system('a'), system('a')] }, 'systems.1.id'],
    ['a sector that is not text', { systems: [system('a')], sectors: { a: 5 } }, 'sectors.a'],
  ])('refuses %s (naming %s) without throwing', (_, data, field) => {
    const result = validateBuilderState(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.field).toBe(field);
  });

  it('never throws, even on a value with a throwing getter', () => {
    const evil = Object.defineProperty({}, 'systems', {
      get() {
        throw new Error('boom');
      },
    });
    expect(validateBuilderState(evil)).toEqual({ ok: false, issues: [{ field: '', code: 'unreadable' }] });
  });

  it('repairs a selection that points to no system and drops sectors of unknown systems', () => {
    const result = validateBuilderState({
      systems: [system('a')],
      selectedId: 'gone',
      sectors: { a: 'Supermarket', zz: 'x' },
    });
    expect(result).toEqual({
      ok: true,
      value: { systems: [system('a')], selectedId: 'a', sectors: { a: 'Supermarket' } },
    });
  });
});

describe('builder state changes', () => {
  it('adds, duplicates next to the original, renames, and removes with the selection moving to a neighbour', () => {
    let state = addSystem(addSystem(initialBuilderState(), system('a')), system('b'), 'Supermarket');
    state = duplicateSystem(state, 'b', 'c', 'System b (copy)');
    expect(state.systems.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(state.selectedId).toBe('c');
    expect(state.sectors).toEqual({ b: 'Supermarket', c: 'Supermarket' });
    state = replaceSystem(state, { ...state.systems[0]!, name: 'Renamed' });
    expect(state.systems[0]!.name).toBe('Renamed');
    state = removeSystem(state, 'c');
    expect(state.selectedId).toBe('b');
    expect(state.sectors).toEqual({ b: 'Supermarket' });
    expect(selectedSystem(removeSystem(removeSystem(state, 'b'), 'a'))).toBeUndefined();
  });

  it('numbers names already in use, and reads "$&" in a name literally', () => {
    const state = addSystem(addSystem(initialBuilderState(), system('a', 'Shop')), system('b', 'Shop (2)'));
    expect(uniqueSystemName(state, 'Shop')).toBe('Shop (3)');
    expect(uniqueSystemName(state, 'New')).toBe('New');
    expect(uniqueSystemName(addSystem(state, system('c', '$&')), '$&')).toBe('$& (2)');
  });

  it('makes ids that match the saved-id pattern and avoid those taken', () => {
    const random = () => 0;
    const first = newSystemId([], 1000, random);
    expect(first).toMatch(/^sys-[a-z0-9]+-0{6}$/);
    let calls = 0;
    expect(newSystemId([first], 1000, () => (calls++ === 0 ? 0 : 0.5))).not.toBe(first);
  });
});

describe('the step each system was left at', () => {
  it('is kept per system, saved and read back, and forgotten with the system', () => {
    // Arrange
    let state = addSystem(addSystem(initialBuilderState(), system('a')), system('b'));
    // Act
    state = setStep(setStep(state, 'a', 3), 'b', 6);
    const decoded = decodeRaw(builderSlot, encodeEnvelope(builderSlot, state, new Date(0)));
    // Assert
    expect(decoded).toEqual({ kind: 'ok', value: state });
    expect([stepOf(state, 'a'), stepOf(state, 'b')]).toEqual([3, 6]);
    expect(stepOf(removeSystem(state, 'a'), 'a')).toBe(1);
    expect(removeSystem(state, 'a').steps).toEqual({ b: 6 });
  });

  it.each([0, 7, 2.5, Number.NaN])('ignores step %s', (step) => {
    const state = addSystem(initialBuilderState(), system('a'));
    expect(setStep(state, 'a', step)).toBe(state);
  });

  it('drops a saved step out of range or of an unknown system instead of refusing the data', () => {
    const read = validateBuilderState({
      systems: [system('a'), system('b')],
      selectedId: 'a',
      steps: { a: 9, b: 4, c: 2 },
    });
    expect(read.ok && read.value.steps).toEqual({ b: 4 });
    expect(validateBuilderState({ systems: [system('a')], steps: 'x' }).ok).toBe(false);
  });
});
