import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACK_SOURCES } from '../../lib/admin/pack-in-force';
import { FAILURE_CAUSES } from '../../lib/admin/subscription';
import { ACCOUNT_KINDS, CATEGORIES, SEVERITIES } from '../../lib/engine/types';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (locale: string) => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Messages;
const sv = read('sv');
const en = read('en');
const key = (prefix: string, value: string) => `${prefix}_${value.replace('-', '_')}`;

describe('the UI languages', () => {
  it('have the same messages in Swedish and English, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const name of Object.keys(sv)) {
      expect(Object.keys(en[name]!.placeholders ?? {}), name).toEqual(Object.keys(sv[name]!.placeholders ?? {}));
      expect(sv[name]!.message.trim(), name).not.toBe('');
    }
  });

  it('name every category, severity, account kind, pack source and failure cause the UI shows', () => {
    const wanted = [
      ...CATEGORIES.map((value) => key('category', value)),
      ...SEVERITIES.map((value) => key('severity', value)),
      ...ACCOUNT_KINDS.map((value) => key('accountKind', value)),
      ...PACK_SOURCES.map((value) => key('packSource', value)),
      ...FAILURE_CAUSES.map((value) => key('cause', value)),
      'cause_builtin_unknown',
    ];
    expect(wanted.filter((name) => !(name in sv))).toEqual([]);
  });
});
