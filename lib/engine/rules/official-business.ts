/**
 * `official-business` (identity): official business must not be handled from a private profile
 * (Falun "Använd inte din privata profil i tjänsteärenden"; Hofors 2.3: refer the person to the
 * official channels). With a private account, a draft that speaks in one's municipal role or
 * handles a case gets one warning with the pack's referral template. The pack's phrases and
 * patterns are enough alone; the Swedish constructions of speaking in one's role
 * (swedish/role-cues.ts) are weighed together, so "jag jobbar på bygglovsenheten" is enough and
 * "Lycka till med din ansökan till högskolan!" is not. Answering in one of the municipality's own
 * threads from a private profile is flagged too. The same text from the official account is fine.
 */
import { type RoleCue, RoleCues } from '../swedish/role-cues';
import { withoutNested } from '../text/constructions';
import { Pattern } from '../text/pattern';
import { PhraseIndex } from '../text/phrases';
import type { Hit, RuleImplementation } from './rule';

/** The weight at which the cues of a draft show that it handles official business. */
const FIRES = 2;

/** Heaviest first; one fact said twice is one cue, but a negative cue is never hidden. */
const heaviestFirst = (a: RoleCue, b: RoleCue) => Math.abs(b.weight) - Math.abs(a.weight) || a.start - b.start;
const sameFact = (kept: RoleCue, cue: RoleCue) => kept.weight > 0 && cue.weight > 0;

export const officialBusiness: RuleImplementation<'official-business'> = {
  kind: 'official-business',
  swedishOnly: true,
  ownWordingOnly: false,
  compile(rule) {
    const phrases = new PhraseIndex(rule.phrases.map((phrase) => ({ phrase, data: phrase })));
    const patterns = rule.patterns.map((source) => new Pattern(source, { ignoreCase: true }));
    const roles = new RoleCues(rule.cues, rule);
    return ({ model, account, thread, names }) => {
      if (account !== 'private') return [];
      const found = officialWording();
      if (found) return [{ ...found, template: 'privateReferral', values: { value: 'text' } }];
      if (thread?.official && model.text.trim().length > 0) {
        return [{ start: 0, end: model.text.length, template: 'privateReferral', values: { value: 'thread' } }];
      }
      return [];

      /** Where the official business starts: the earliest strong wording, or the earliest cue of enough together. */
      function officialWording(): Hit | undefined {
        const strong: Hit[] = phrases.find(model).map(({ start, end }) => ({ start, end }));
        for (const pattern of patterns) {
          const m = pattern.exec(model.text);
          if (m && m.end > m.start) strong.push(m);
        }
        // One fact said twice is one cue: "jag jobbar som vaktmästare på skolan" holds "som vaktmästare på skolan".
        const cues = withoutNested(model, roles.find(model, names), heaviestFirst, sameFact);
        for (const cue of cues) if (cue.weight >= FIRES) strong.push(cue);
        const earliest = (hits: Hit[]) => hits.sort((a, b) => a.start - b.start)[0];
        if (strong.length > 0) return earliest(strong);
        const weight = cues.reduce((sum, cue) => sum + cue.weight, 0);
        return weight >= FIRES ? earliest(cues.map(({ start, end }) => ({ start, end }))) : undefined;
      }
    };
  },
};
