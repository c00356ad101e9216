/**
 * The built-in packs: they load with all their rules' tests passing, every rule is tested both ways
 * and names the passage it enforces, and the Hofors and Falun packs follow their own documents
 * (tests/reference/policies/*.txt).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, SEVERITIES } from '../../../lib/engine/types';
import { BUILTIN_PACK_IDS, builtinPack, builtinPackSource } from '../../../lib/packs/builtin';
import { loadPack } from '../../../lib/packs/load';
import { problemToString } from '../../../lib/packs/problems';
import { RULE_KINDS, type RuleTest } from '../../../lib/packs/schema';

const policies = join(import.meta.dirname, '../../reference/policies');
const DOCUMENTS: Record<string, string> = {
  hofors: readFileSync(join(policies, 'hofors-riktlinjer-sociala-medier.txt'), 'utf8'),
  falun: readFileSync(join(policies, 'falun-sa-anvander-vi-sociala-medier.txt'), 'utf8'),
};

/**
 * Letters and digits only, lower-cased: the documents are PDF extracts with line breaks, hyphenation
 * ("ambas-\nsadör") and tabs inside sentences, so a passage is compared by its words alone.
 */
const bare = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const inDocument = (municipality: string, passage: string) => bare(DOCUMENTS[municipality]!).includes(bare(passage));

const expectsFinding = (test: RuleTest) => (Array.isArray(test.expect) ? test.expect.length > 0 : test.expect > 0);

interface SourceOverride {
  policyRef?: { document: string; section: string; quote?: string };
}
const overridesOf = (id: string) =>
  Object.entries((builtinPackSource(id) as { overrides?: Record<string, SourceOverride> }).overrides ?? {});

describe('every built-in pack', () => {
  it('includes bas, hofors and falun', () => {
    expect([...BUILTIN_PACK_IDS].sort()).toEqual(['bas', 'falun', 'hofors']);
  });

  it('refuses an unknown id, naming the built-in packs', () => {
    expect(() => builtinPack('stockholm')).toThrow('No built-in pack "stockholm". Built-in packs: bas, hofors, falun');
  });

  describe.each(BUILTIN_PACK_IDS.map((id) => [id]))('%s', (id) => {
    it('loads, with every rule test passing', () => {
      const result = loadPack(builtinPackSource(id), { lookup: builtinPackSource });
      expect(result.ok ? [] : result.problems.map(problemToString)).toEqual([]);
      expect(builtinPack(id).id).toBe(id);
    });

    const pack = builtinPack(id);

    it('has rules, each with a unique id, a known kind, category and severity', () => {
      expect(pack.rules.length).toBeGreaterThan(0);
      expect(new Set(pack.rules.map((rule) => rule.id)).size).toBe(pack.rules.length);
      for (const rule of pack.rules) {
        expect(RULE_KINDS).toContain(rule.kind);
        expect(CATEGORIES).toContain(rule.category);
        expect(SEVERITIES).toContain(rule.severity);
        expect(rule.enabled, rule.id).toBe(true);
      }
    });

    it.each(pack.rules.map((rule) => [rule.id, rule] as const))('%s has a test expecting a finding and one expecting none', (_id, rule) => {
      expect(rule.tests.filter(expectsFinding).length, `${rule.id}: tests expecting a finding`).toBeGreaterThan(0);
      expect(rule.tests.filter((test) => !expectsFinding(test)).length, `${rule.id}: tests expecting none`).toBeGreaterThan(0);
    });

    it.each(pack.rules.map((rule) => [rule.id, rule] as const))('%s names a policy document and section', (_id, rule) => {
      expect(rule.policyRef.document.trim().length).toBeGreaterThan(0);
      expect(rule.policyRef.section.trim().length).toBeGreaterThan(0);
      expect(rule.message.trim().length).toBeGreaterThan(0);
    });

    it('has both reply templates', () => {
      expect(pack.templates.privateReferral.length).toBeGreaterThan(20);
      expect(pack.templates.confidentialCase.length).toBeGreaterThan(20);
    });
  });

  it('covers the rule kinds the design names', () => {
    const kinds = new Set(builtinPack('bas').rules.map((rule) => rule.kind));
    for (const kind of ['substitution', 'occurrence', 'metric', 'personnummer', 'address', 'confidential', 'tone', 'platform-length', 'language', 'official-business']) {
      expect(kinds, kind).toContain(kind);
    }
  });
});

describe.each([['hofors'], ['falun']])('%s follows its own document', (id) => {
  const pack = builtinPack(id);
  const bas = builtinPack('bas');

  it('extends bas and keeps all of its rules', () => {
    expect(pack.lineage).toEqual(['bas', id]);
    expect(pack.rules.map((rule) => rule.id)).toEqual(bas.rules.map((rule) => rule.id));
  });

  it('has templates of its own', () => {
    expect(pack.templates.privateReferral).not.toBe(bas.templates.privateReferral);
    expect(pack.templates.confidentialCase).not.toBe(bas.templates.confidentialCase);
  });

  it('points the key rules at its own document', () => {
    for (const ruleId of ['bas.du-tilltal', 'bas.sekretess', 'bas.ton', 'bas.privat-profil', 'bas.personnummer']) {
      const rule = pack.rules.find((r) => r.id === ruleId)!;
      expect(rule.policyRef.document, ruleId).toBe(pack.policy.title);
    }
  });

  const refs = overridesOf(id).filter(([, override]) => override.policyRef?.document === pack.policy.title);
  it.each(refs.map(([ruleId, override]) => [ruleId, override.policyRef!] as const))(
    '%s: the section and the quote are in the document',
    (ruleId, ref) => {
      const rule = pack.rules.find((r) => r.id === ruleId)!;
      expect(rule.policyRef).toEqual(ref);
      expect(inDocument(id, ref.section), `section "${ref.section}"`).toBe(true);
      if (ref.quote !== undefined) expect(inDocument(id, ref.quote), `quote "${ref.quote}"`).toBe(true);
    },
  );

  it('states response times for every platform, as its document says them', () => {
    for (const platform of ['facebook', 'x', 'youtube'] as const) {
      const time = pack.responseTimes[platform];
      expect(time, platform).toBeDefined();
      expect(inDocument(id, time!.text), `${platform}: "${time!.text}"`).toBe(true);
    }
  });
});

describe('Hofors: 2.6.1 Rimliga svarstider', () => {
  const hofors = builtinPack('hofors');

  it('the document says what the pack says', () => {
    expect(inDocument('hofors', '2.6.1 Rimliga svarstider')).toBe(true);
    expect(inDocument('hofors', 'Twitter – fyra timmar under vardagar')).toBe(true);
    expect(inDocument('hofors', 'Facebook - Inom en arbetsdag')).toBe(true);
    expect(inDocument('hofors', 'vi bör alltid kunna svara inom det närmaste dygnet på vardagar')).toBe(true);
  });

  it('X (Twitter): four hours, on weekdays', () => {
    expect(hofors.responseTimes.x).toMatchObject({ within: 'PT4H', workingTimeOnly: true });
    expect(hofors.responseTimes.x!.text).toContain('fyra timmar');
  });

  it('Facebook: within one working day', () => {
    expect(hofors.responseTimes.facebook).toMatchObject({ within: 'P1D', workingTimeOnly: true });
    expect(hofors.responseTimes.facebook!.text).toContain('arbetsdag');
  });

  it('YouTube: the general rule, within the next day on weekdays', () => {
    expect(hofors.responseTimes.youtube).toMatchObject({ within: 'P1D', workingTimeOnly: true });
  });

  it('differs from Falun, whose document asks for daily monitoring', () => {
    expect(hofors.responseTimes.x!.within).not.toBe(builtinPack('falun').responseTimes.x!.within);
  });

  it('cites its sections by their numbers', () => {
    const sections = new Set(hofors.rules.filter((r) => r.policyRef.document === hofors.policy.title).map((r) => r.policyRef.section));
    expect(sections).toContain('2.5 Bemötande och tilltal');
    expect(sections).toContain('2.3 Förhållningsregler för privat användning');
    expect([...sections].some((section) => section.startsWith('3.2 '))).toBe(true);
  });

  it('its du-tilltal rule quotes "Läsaren ska alltid tilltalas med du"', () => {
    const rule = hofors.rules.find((r) => r.id === 'bas.du-tilltal')!;
    expect(bare(rule.policyRef.quote ?? '')).toBe(bare('Läsaren ska alltid tilltalas med ”du”'));
  });

  it('its own domain and its public switchboard', () => {
    expect(hofors.contacts.domains).toEqual(['hofors.se']);
    expect(hofors.contacts.phones).toEqual(['0290-290 00']);
    expect(hofors.templates.privateReferral).toContain('www.hofors.se');
  });
});

describe('Falun: contacts and monitoring', () => {
  const falun = builtinPack('falun');

  it('the information department\'s e-mail and phone and the domain from the document, and the public switchboard', () => {
    expect(falun.contacts.emails).toEqual(['informationsavdelningen@falun.se']);
    // Falu kommun's switchboard is public and official: a reply that refers someone to it is what
    // the guidelines ask for, so it must never be flagged as a private number.
    expect(falun.contacts.phones).toEqual(['023-830 00', '023-832 85']);
    expect(falun.contacts.domains).toEqual(['falun.se']);
    for (const contact of [...falun.contacts.emails, '023-832 85']) {
      expect(DOCUMENTS.falun, contact).toContain(contact);
    }
    expect(DOCUMENTS.falun).toContain('falun.se');
  });

  it('questions answered as soon as possible, monitored daily, weekends included', () => {
    for (const platform of ['facebook', 'x', 'youtube'] as const) {
      expect(falun.responseTimes[platform]).toMatchObject({ within: 'P1D', workingTimeOnly: false });
      expect(falun.responseTimes[platform]!.text).toContain('dagligen');
    }
  });

  it('its private-profile rule quotes "Använd inte din privata profil i tjänsteärenden"', () => {
    const rule = falun.rules.find((r) => r.id === 'bas.privat-profil')!;
    expect(rule.policyRef.section).toBe('Så agerar vi online');
    expect(bare(rule.policyRef.quote ?? '')).toContain(bare('Använd inte din privata profil i tjänsteärenden'));
  });
});
