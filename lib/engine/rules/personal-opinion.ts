/**
 * `personal-opinion` (identity): from the official account the writer speaks for the municipality,
 * never for themselves or a party (Hofors 1.5/2.5: the accounts are the municipality's voice;
 * kommunallagen 2 kap. 3 §, objectivity). The pack's phrases ("min personliga åsikt") are enough
 * alone; the Swedish constructions of a political opinion (swedish/opinion-cues.ts) — how the
 * writer votes, whom readers should vote for, a stance on a party or a judgement of its politics —
 * are found without the word "personligen". Election information and reports of decisions are left
 * alone. Packs give the rule `"accounts": ["official"]`: a private profile may hold opinions.
 */
import { OpinionCues } from '../swedish/opinion-cues';
import { PhraseIndex } from '../text/phrases';
import type { Hit, RuleImplementation } from './rule';

const FIRES = 2;

export const personalOpinion: RuleImplementation<'personal-opinion'> = {
  kind: 'personal-opinion',
  swedishOnly: true,
  ownWordingOnly: true,
  compile(rule) {
    const phrases = new PhraseIndex(rule.phrases.map((phrase) => ({ phrase, data: phrase })));
    const opinions = new OpinionCues(rule.cues, rule);
    return ({ model }) => {
      const hits: Hit[] = phrases.find(model).map(({ start, end }) => ({ start, end }));
      {
        const cues = opinions.find(model);
        const weight = cues.reduce((sum, cue) => sum + cue.weight, 0);
        if (weight >= FIRES) {
          const strong = cues.filter((cue) => cue.weight >= FIRES);
          for (const cue of strong.length > 0 ? strong : cues.slice(0, 1)) hits.push({ start: cue.start, end: cue.end });
        }
      }
      // One finding per passage: overlapping phrase and construction hits are one opinion.
      const merged: Hit[] = [];
      for (const hit of hits.sort((a, b) => a.start - b.start)) {
        const last = merged[merged.length - 1];
        if (last && hit.start < last.end) last.end = Math.max(last.end, hit.end);
        else merged.push({ ...hit });
      }
      return merged;
    };
  },
};
