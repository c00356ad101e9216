import { describe, expect, it } from 'vitest';
import { builtinPack, builtinPackSource } from '../../../lib/packs/builtin';
import { PackStore } from '../../../lib/packs/store';

const valid = {
  id: 'exempel', name: 'Exempel kommun', organisation: 'Exempel kommun', version: '2.0.0', extends: 'bas',
  policy: { title: 'Riktlinjer för sociala medier' },
};

describe('PackStore', () => {
  it('puts a pack that loads completely in force', () => {
    const store = new PackStore(builtinPack('bas'));
    const result = store.offer(valid, { lookup: builtinPackSource });
    expect(result.ok).toBe(true);
    expect(store.pack.id).toBe('exempel');
    expect(store.lastRejection).toBeUndefined();
  });

  it('keeps the previous pack when the new one is broken, and keeps the problems with their time', () => {
    const store = new PackStore(builtinPack('hofors'));
    const at = new Date('2026-11-22T10:00:00Z');
    const result = store.offer({ ...valid, rules: [{ id: 'x', kind: 'tone', severity: 'loud' }] }, { lookup: builtinPackSource }, at);
    expect(result.ok).toBe(false);
    expect(store.pack.id).toBe('hofors');
    expect(store.lastRejection?.at).toEqual(at);
    expect(store.lastRejection?.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['rules[0].severity', 'rules[0].category', 'rules[0].message', 'rules[0].policyRef']),
    );
  });

  it('keeps the previous pack when a rule test of the new one fails', () => {
    const store = new PackStore(builtinPack('bas'));
    const failing = {
      ...valid,
      overrides: { 'bas.myndighetssprak': { remove: ['skall'], tests: [{ text: 'Du skall komma.', expect: ['skall'] }] } },
    };
    const result = store.offer(failing, { lookup: builtinPackSource });
    expect(result.ok).toBe(false);
    expect(store.pack.id).toBe('bas');
    expect(store.lastRejection?.problems[0]?.path).toBe('overrides["bas.myndighetssprak"].tests[0]');
  });

  it('keeps the previous pack when the input is not a pack at all', () => {
    const store = new PackStore(builtinPack('bas'));
    expect(store.offer('not a pack').ok).toBe(false);
    expect(store.offer(null).ok).toBe(false);
    expect(store.pack.id).toBe('bas');
  });
});
