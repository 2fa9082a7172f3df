import { MemoryEngine, Vault } from '../../../src/domain/storage/vault';
import { buildBackup, parseBackup } from '../../../src/domain/storage/backup';
import { damagedCopies, discardDamaged, replaceAll, slotEntry } from '../../../src/domain/storage/maintenance';
import { progressSlot, type Progress } from '../../../src/domain/progress';
import { profileSlot } from '../../../src/domain/profile';
import type { SlotDefinition } from '../../../src/domain/storage/slot';
import { storageEngine } from '../../../src/stores/vault';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const done: Progress = {
  lessons: { 'what-is-client-care': { completedAt: '2026-02-01T09:00:00.000Z' } },
  lastLesson: 'what-is-client-care',
};
const envelope = (v: number, data: unknown) => JSON.stringify({ v, savedAt: '2026-01-01T00:00:00.000Z', data });
const SLOTS = [progressSlot, profileSlot] as SlotDefinition<unknown>[];

/** A stand-in for `localStorage` holding `seed`, whose writes throw `writeError` when given. */
function fakeStorage(seed: Record<string, string>, writeError?: () => Error): Storage {
  const data = new Map(Object.entries(seed));
  const refuse = () => {
    if (writeError) throw writeError();
  };
  return {
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      refuse();
      data.set(key, value);
    },
    removeItem: (key: string) => {
      refuse();
      data.delete(key);
    },
    clear: () => data.clear(),
  };
}
const securityError = () => Object.assign(new Error('The operation is insecure.'), { name: 'SecurityError' });
const quotaError = () => Object.assign(new Error('quota'), { name: 'QuotaExceededError' });

describe('storage that can be read but refuses writes', () => {
  it.each([
    ['a policy (SecurityError)', securityError],
    ['a full disk (QuotaExceededError)', quotaError],
  ])(
    'refused by %s: everything saved is still read and exported, and a "readonly" fault says new work is not saved',
    (_, error) => {
      const engine = storageEngine(
        fakeStorage({ 'ccl:progress': envelope(2, done), 'ccl:profile': envelope(1, { name: 'Lin' }) }, error),
      );
      expect(engine).not.toBeNull();
      const vault = new Vault(engine, () => NOW);
      expect(vault.faults).toEqual([{ kind: 'readonly' }]);
      expect(vault.read(progressSlot)).toEqual(done);
      const file = buildBackup(SLOTS, (def) => slotEntry(vault, def), NOW, damagedCopies(vault));
      expect(file.slots).toEqual({ progress: { v: 2, data: done }, profile: { v: 1, data: { name: 'Lin' } } });
      // New work is kept for the visit, never lost silently, and the fault stays.
      const more: Progress = { ...done, lastLesson: 'the-six-criteria' };
      expect(vault.write(progressSlot, more)).toBe('memory-only');
      expect(vault.read(progressSlot)).toEqual(more);
      expect(vault.faults.map((f) => f.kind)).toContain('readonly');
    },
  );

  it('storage that cannot even be read is treated as absent', () => {
    const unreadable = fakeStorage({});
    unreadable.getItem = () => {
      throw securityError();
    };
    expect(storageEngine(unreadable)).toBeNull();
    expect(storageEngine(undefined)).toBeNull();
  });

  it('a write refused later (not a quota error) reports "readonly", and a later successful write clears it', () => {
    const engine = new MemoryEngine();
    engine.setItem('ccl:progress', envelope(2, done));
    const vault = new Vault(engine, () => NOW);
    const setItem = engine.setItem.bind(engine);
    engine.setItem = () => {
      throw securityError();
    };
    expect(vault.write(progressSlot, { ...done, lastLesson: null })).toBe('memory-only');
    expect(vault.faults).toEqual([{ kind: 'readonly' }]);
    expect(vault.persistent).toBe(true);
    engine.setItem = setItem;
    expect(vault.write(progressSlot, done)).toBe('saved');
    expect(vault.faults).toEqual([]);
  });

  it('the write probe leaves nothing behind in working storage', () => {
    const engine = new MemoryEngine();
    new Vault(engine);
    expect(engine.keys()).toEqual([]);
  });
});

describe('damaged copies kept aside', () => {
  it('a copy from an earlier visit is listed, exported, and can be deleted', () => {
    const engine = new MemoryEngine();
    engine.setItem('ccl:progress', envelope(2, done));
    engine.setItem('ccl:progress:damaged', '{"v":2,"data":{"lessons":42}}');
    engine.setItem('ccl:quizzes:damaged', 'garbage');
    engine.setItem('other-site:damaged', 'not ours');
    const vault = new Vault(engine, () => NOW);
    expect(vault.faults).toEqual([]);
    expect(damagedCopies(vault)).toEqual([
      { slot: 'progress', raw: '{"v":2,"data":{"lessons":42}}', stored: true },
      { slot: 'quizzes', raw: 'garbage', stored: true },
    ]);
    const file = buildBackup(SLOTS, (def) => slotEntry(vault, def), NOW, damagedCopies(vault));
    expect(file.damaged).toEqual({ progress: '{"v":2,"data":{"lessons":42}}', quizzes: 'garbage' });
    expect(discardDamaged(vault, 'quizzes')).toBe(true);
    expect(engine.getItem('ccl:quizzes:damaged')).toBeNull();
    expect(damagedCopies(vault).map((c) => c.slot)).toEqual(['progress']);
  });

  it('a copy that could not be written is listed from memory until it is dealt with', () => {
    const engine = new MemoryEngine();
    engine.setItem('ccl:progress', 'garbage');
    engine.setItem = () => {
      throw quotaError();
    };
    const vault = new Vault(engine, () => NOW);
    vault.read(progressSlot);
    expect(damagedCopies(vault)).toEqual([{ slot: 'progress', raw: 'garbage', stored: false }]);
  });

  it('a delete that storage refuses says so, and the copy stays listed', () => {
    const engine = new MemoryEngine();
    engine.setItem('ccl:progress:damaged', 'garbage');
    const vault = new Vault(engine);
    engine.removeItem = () => {
      throw securityError();
    };
    expect(discardDamaged(vault, 'progress')).toBe(false);
    expect(damagedCopies(vault)).toEqual([{ slot: 'progress', raw: 'garbage', stored: true }]);
  });

  it('export → import into another browser brings the copies along, never over a different copy there', () => {
    const source = new MemoryEngine();
    source.setItem('ccl:progress:damaged', 'old garbage');
    source.setItem('ccl:profile:damaged', 'more garbage');
    const from = new Vault(source, () => NOW);
    const text = JSON.stringify(buildBackup(SLOTS, (def) => slotEntry(from, def), NOW, damagedCopies(from)));

    const target = new MemoryEngine();
    target.setItem('ccl:profile:damaged', 'a different copy kept here');
    const to = new Vault(target, () => NOW);
    const parsed = parseBackup(text, SLOTS);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(replaceAll(to, SLOTS, parsed.value)).toBe(true);
    expect(target.getItem('ccl:progress:damaged')).toBe('old garbage');
    expect(target.getItem('ccl:profile:damaged')).toBe('a different copy kept here');
  });
});

describe('data written by a newer version of the site', () => {
  const future = { shape: 'from the future', lessons: ['x'] };

  it('is exported as it is, not replaced by an empty slot', () => {
    const engine = new MemoryEngine();
    engine.setItem('ccl:progress', envelope(9, future));
    const vault = new Vault(engine, () => NOW);
    const file = buildBackup(SLOTS, (def) => slotEntry(vault, def), NOW);
    expect(file.slots['progress']).toEqual({ v: 9, data: future });
    expect(file.slots['profile']).toEqual({ v: 1, data: { name: '' } });
  });

  it('an export holding it imports back as it is (round trip), and stays untouched afterwards', () => {
    const source = new MemoryEngine();
    source.setItem('ccl:progress', envelope(9, future));
    source.setItem('ccl:profile', envelope(1, { name: 'Lin' }));
    const from = new Vault(source, () => NOW);
    const text = JSON.stringify(buildBackup(SLOTS, (def) => slotEntry(from, def), NOW));

    const target = new MemoryEngine();
    const to = new Vault(target, () => NOW);
    const parsed = parseBackup(text, SLOTS);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(replaceAll(to, SLOTS, parsed.value)).toBe(true);
    expect(JSON.parse(target.getItem('ccl:progress')!)).toMatchObject({ v: 9, data: future });
    expect(to.read(profileSlot)).toEqual({ name: 'Lin' });
    expect(to.faults).toEqual([{ kind: 'newer', slot: 'progress', version: 9 }]);
    expect(slotEntry(to, progressSlot)).toEqual({ v: 9, data: future });
    expect(to.write(progressSlot, done)).toBe('memory-only');
    expect(JSON.parse(target.getItem('ccl:progress')!)).toMatchObject({ v: 9, data: future });
    // And a fresh visit reads it back the same way.
    expect(slotEntry(new Vault(target), progressSlot)).toEqual({ v: 9, data: future });
  });
});
