import { MemoryEngine, Vault, type StorageEngine } from '../../../src/domain/storage/vault';
import { progressSlot, type Progress } from '../../../src/domain/progress';
import { buildBackup, parseBackup } from '../../../src/domain/storage/backup';
import { replaceAll, slotEntry } from '../../../src/domain/storage/maintenance';
import type { SlotDefinition } from '../../../src/domain/storage/slot';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const done: Progress = {
  lessons: { 'what-is-client-care': { completedAt: '2026-02-01T09:00:00.000Z' } },
  lastLesson: 'what-is-client-care',
};
const envelope = (v: number, data: unknown) => JSON.stringify({ v, savedAt: '2026-01-01T00:00:00.000Z', data });

/** An engine whose writes fail like a full localStorage. */
class FullEngine extends MemoryEngine {
  override setItem(): void {
    throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
  }
}
/** An engine that throws on every call, like storage blocked by a browser setting. */
const blockedEngine: StorageEngine = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('SecurityError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
  keys: () => [],
};

describe('Vault: normal use', () => {
  it('starts from the initial value and saves a versioned envelope', () => {
    const engine = new MemoryEngine();
    const vault = new Vault(engine, () => NOW);
    expect(vault.read(progressSlot)).toEqual({ lessons: {}, lastLesson: null });
    expect(vault.write(progressSlot, done)).toBe('saved');
    expect(JSON.parse(engine.getItem('ccl:progress')!)).toEqual({ v: 2, savedAt: NOW.toISOString(), data: done });
    expect(new Vault(engine).read(progressSlot)).toEqual(done);
    expect(vault.faults).toEqual([]);
  });

  it('migrates an older version, and writes the migrated data back', () => {
    const engine = new MemoryEngine();
    engine.setItem('ccl:progress', envelope(1, { completed: ['what-is-client-care', 'the-six-criteria'] }));
    const vault = new Vault(engine, () => NOW);
    const value = vault.read(progressSlot);
    expect(Object.keys(value.lessons)).toEqual(['what-is-client-care', 'the-six-criteria']);
    expect(JSON.parse(engine.getItem('ccl:progress')!).v).toBe(2);
    expect(vault.faults).toEqual([]);
  });
});

describe('Vault: faults never lose work', () => {
  it('corrupt data: keeps the raw copy, reports it, carries on from the initial value', () => {
    const engine = new MemoryEngine();
    engine.setItem('ccl:progress', '{"v":2,"data":{"lessons":42}}');
    const vault = new Vault(engine, () => NOW);
    expect(vault.read(progressSlot)).toEqual(progressSlot.initial());
    expect(engine.getItem('ccl:progress:damaged')).toBe('{"v":2,"data":{"lessons":42}}');
    expect(vault.faults).toEqual([
      {
        kind: 'corrupt',
        slot: 'progress',
        reason: 'lessons: notAnObject',
        raw: '{"v":2,"data":{"lessons":42}}',
        copied: true,
      },
    ]);
    expect(vault.write(progressSlot, done)).toBe('saved');
  });

  it('corrupt data that cannot be copied: the slot is never overwritten until the copy is dealt with', () => {
    const engine = new FullEngine();
    engine.data.set('ccl:progress', 'garbage');
    const vault = new Vault(engine, () => NOW);
    vault.read(progressSlot);
    expect(vault.write(progressSlot, done)).toBe('memory-only');
    expect(engine.data.get('ccl:progress')).toBe('garbage');
    expect(vault.read(progressSlot)).toEqual(done);
    expect(vault.faults.find((f) => f.kind === 'corrupt')).toMatchObject({
      kind: 'corrupt',
      copied: false,
      raw: 'garbage',
    });
  });

  it('full storage: the change stays in memory and a "full" fault is reported; a later successful write clears it', () => {
    const engine = new MemoryEngine();
    const vault = new Vault(engine, () => NOW);
    vault.read(progressSlot);
    const setItem = engine.setItem.bind(engine);
    engine.setItem = () => {
      throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    };
    expect(vault.write(progressSlot, done)).toBe('memory-only');
    expect(vault.faults).toEqual([{ kind: 'full', slot: 'progress' }]);
    expect(vault.read(progressSlot)).toEqual(done);
    engine.setItem = setItem;
    expect(vault.write(progressSlot, done)).toBe('saved');
    expect(vault.faults).toEqual([]);
  });

  it('disabled storage (no engine): works in memory and says so', () => {
    const vault = new Vault(null);
    expect(vault.faults).toEqual([{ kind: 'disabled' }]);
    expect(vault.write(progressSlot, done)).toBe('memory-only');
    expect(vault.read(progressSlot)).toEqual(done);
  });

  it('storage that throws on access is treated as disabled', () => {
    const vault = new Vault(blockedEngine);
    expect(vault.read(progressSlot)).toEqual(progressSlot.initial());
    expect(vault.faults).toEqual([{ kind: 'disabled' }]);
    expect(vault.write(progressSlot, done)).toBe('memory-only');
  });

  it('data from a newer version is left untouched and the slot works in memory', () => {
    const engine = new MemoryEngine();
    const newer = envelope(9, { shape: 'from the future' });
    engine.setItem('ccl:progress', newer);
    const vault = new Vault(engine);
    expect(vault.read(progressSlot)).toEqual(progressSlot.initial());
    expect(vault.faults).toEqual([{ kind: 'newer', slot: 'progress', version: 9 }]);
    expect(vault.write(progressSlot, done)).toBe('memory-only');
    expect(engine.getItem('ccl:progress')).toBe(newer);
  });
});

describe('Vault: changes from another tab', () => {
  it('valid data replaces the value and notifies; invalid data is ignored', () => {
    const engine = new MemoryEngine();
    const vault = new Vault(engine);
    vault.read(progressSlot);
    const seen: unknown[] = [];
    vault.onValue((slot, value) => seen.push([slot, value]));
    vault.external('ccl:progress', envelope(2, done));
    expect(vault.read(progressSlot)).toEqual(done);
    vault.external('ccl:progress', 'not json');
    expect(vault.read(progressSlot)).toEqual(done);
    vault.external('ccl:progress', null);
    expect(vault.read(progressSlot)).toEqual(progressSlot.initial());
    expect(seen).toEqual([
      ['progress', done],
      ['progress', progressSlot.initial()],
    ]);
  });
});

describe('export → import', () => {
  const slots = [progressSlot as SlotDefinition<unknown>];

  it('gives back exactly what was saved', () => {
    const source = new Vault(new MemoryEngine());
    source.write(progressSlot, done);
    const file = JSON.stringify(buildBackup(slots, (def) => slotEntry(source, def), NOW));

    const target = new Vault(new MemoryEngine());
    const parsed = parseBackup(file, slots);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(replaceAll(target, slots, parsed.value)).toBe(true);
    expect(target.read(progressSlot)).toEqual(done);
  });

  it.each([
    ['not JSON', '{oops', 'notJson'],
    ['another file', '{"hello":1}', 'notBackup'],
    ['a newer format', JSON.stringify({ format: 'ccl-backup', formatVersion: 99, slots: {} }), 'newerFormat'],
    [
      'a damaged copy that is not text',
      JSON.stringify({ format: 'ccl-backup', formatVersion: 1, slots: {}, damaged: { progress: 42 } }),
      'badDamaged',
    ],
    [
      'an unknown part',
      JSON.stringify({ format: 'ccl-backup', formatVersion: 1, slots: { __proto__x: {} } }),
      'unknownSlot',
    ],
    [
      'an invalid part',
      JSON.stringify({ format: 'ccl-backup', formatVersion: 1, slots: { progress: { v: 2, data: { lessons: [] } } } }),
      'badSlot',
    ],
  ])('refuses %s with a specific issue', (_, text, code) => {
    const parsed = parseBackup(text, slots);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]!.code).toBe(code);
  });

  it('a file that cannot be written changes nothing', () => {
    const engine = new MemoryEngine();
    const vault = new Vault(engine);
    vault.write(progressSlot, done);
    const before = engine.getItem('ccl:progress');
    engine.setItem = () => {
      throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    };
    const incoming = new Map<string, unknown>([['progress', { lessons: {}, lastLesson: 'another-lesson' }]]);
    expect(replaceAll(vault, [progressSlot as SlotDefinition<unknown>], { values: incoming })).toBe(false);
    expect(engine.getItem('ccl:progress')).toBe(before);
    expect(vault.read(progressSlot)).toEqual(done);
  });

  it('imports an older slot version by migrating it', () => {
    const file = JSON.stringify({
      format: 'ccl-backup',
      formatVersion: 1,
      exportedAt: '',
      slots: { progress: { v: 1, data: { completed: ['x-lesson'] } } },
    });
    const parsed = parseBackup(file, slots);
    expect(parsed.ok && Object.keys((parsed.value.values.get('progress') as Progress).lessons)).toEqual(['x-lesson']);
  });

  it('a "__proto__" slot name cannot pollute objects', () => {
    const parsed = parseBackup(
      '{"format":"ccl-backup","formatVersion":1,"slots":{"__proto__":{"polluted":true}}}',
      slots,
    );
    expect(parsed.ok).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
