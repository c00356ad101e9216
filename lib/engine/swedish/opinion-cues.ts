/**
 * What makes a draft from the official account a personal or party-political opinion (the account
 * speaks for the municipality, which is politically neutral). The constructions and the word lists
 * are pack data (lib/packs/swedish/opinion-constructions.ts); this file holds the tests they may
 * name, the matching, and one judgement built in: a party and a judging word in one sentence
 * ("Kristdemokraterna har helt rätt", "ett svagt förslag"), unless the sentence reports what
 * others think ("Moderaterna menar att …") — reporting is information.
 */
import { type ConstructionData, ConstructionIndex, fromPackData, type TokenTest } from '../text/constructions';
import type { TextModel } from '../text/model';

export interface OpinionCue {
  start: number;
  end: number;
  weight: number;
}

interface OpinionContext {
  model: TextModel;
  political: ReadonlySet<number>;
}

/** Names of the tests a construction may use (see OPINION_TESTS). */
export const OPINION_TEST_NAMES = ['political', 'not-time', 'end-or-preposition'] as const;

const OPINION_TESTS: Record<(typeof OPINION_TEST_NAMES)[number], TokenTest<OpinionContext>> = {
  political: ({ political }, i) => political.has(i),
  // "rösta på ett parti", not "rösta på söndag" or "rösta på nätet".
  'not-time': ({ model }, i) =>
    !/^(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|valdagen|\d.*|plats|nätet|internet|webben)$/u.test(model.lower[i]!),
  'end-or-preposition': ({ model }, i) => model.tokens[i]!.type === 'punct' || ['i', 'till', 'på'].includes(model.lower[i]!),
};

/** Party names that are also ordinary words ("en moderat höjning") count only capitalised. */
const CAPITALISED_PARTIES = new Set(['moderat', 'moderater', 'moderaten', 'liberal', 'liberaler', 'vänstern', 'vänsterns']);
const PARTY_LETTERS = new Set(['s', 'm', 'sd', 'c', 'v', 'l', 'kd', 'mp']);
const PARTY_GENITIVE = /^\p{Lu}{1,2}:s$/u;
/** Reporting what others think ("Moderaterna vill …", "Liberalerna menar att …") is information. */
const REPORTING = new Set(['vill', 'föreslår', 'föreslog', 'menar', 'säger', 'sa', 'kräver', 'krävde', 'motionerar', 'skriver', 'framhåller', 'anser', 'tycker', 'uppger', 'enligt']);

export interface OpinionVocabulary {
  parties: readonly string[];
  sides: readonly string[];
  judgements: readonly string[];
}

/**
 * Whether the reporting word at `verb` tells what a party or side thinks: the party stands just
 * before it ("Moderaterna i fullmäktige menar …") or right after it ("menar Liberalerna", "enligt
 * Centerpartiet"). "Jag som svarar här tycker att Centerpartiets förslag …" reports nobody.
 */
function reportsParty(political: ReadonlySet<number>, verb: number): boolean {
  for (let k = verb - 4; k <= verb + 2; k++) if (k !== verb && political.has(k)) return true;
  return false;
}

/** The opinion constructions and vocabulary of a rule, indexed once when the pack is compiled. */
export class OpinionCues {
  private readonly index: ConstructionIndex<OpinionContext, number>;
  private readonly parties: ReadonlySet<string>;
  private readonly sides: ReadonlySet<string>;
  private readonly judgements: ReadonlySet<string>;

  constructor(constructions: readonly ConstructionData[], vocabulary: OpinionVocabulary) {
    const lower = (words: readonly string[]) => new Set(words.map((word) => word.toLowerCase()));
    this.parties = lower(vocabulary.parties);
    this.sides = lower(vocabulary.sides);
    this.judgements = lower(vocabulary.judgements);
    this.index = new ConstructionIndex<OpinionContext, number>(
      fromPackData(constructions, (entry) => entry.weight),
      OPINION_TESTS,
    );
  }

  find(model: TextModel): OpinionCue[] {
    const political = new Set<number>();
    const { tokens, lower } = model;
    tokens.forEach((token, i) => {
      if (token.type !== 'word') return;
      const word = lower[i]!;
      if (this.parties.has(word) || (CAPITALISED_PARTIES.has(word) && /^\p{Lu}/u.test(token.text))) political.add(i);
      else if (this.sides.has(word) && !(word.startsWith('majoritet') && lower[i + 1] === 'av')) political.add(i);
      else if (PARTY_LETTERS.has(word) && tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')' && token.text === token.text.toUpperCase()) political.add(i);
      // "V:s debattartikel", "SD:s förslag": a party by its letter, in the genitive.
      else if (PARTY_GENITIVE.test(token.text) && PARTY_LETTERS.has(word.slice(0, -2))) political.add(i);
    });
    const context: OpinionContext = { model, political };
    const cues: OpinionCue[] = this.index.find(context).map(({ start, end, data }) => ({ start, end, weight: data }));
    // Judging a party's politics: a party and a judging word in one sentence, unless it reports their view.
    const judged = new Set<number>();
    for (const index of political) {
      const sentenceIndex = model.sentenceOf[index]!;
      if (judged.has(sentenceIndex)) continue;
      judged.add(sentenceIndex);
      const sentence = model.sentences[sentenceIndex]!;
      let judgement = -1;
      let reporting = false;
      for (let k = sentence.firstToken; k < sentence.endToken; k++) {
        if (this.judgements.has(lower[k]!)) judgement = k;
        if (REPORTING.has(lower[k]!) && reportsParty(political, k)) reporting = true;
      }
      // "Vi delar V:s debattartikel. Äntligen någon som fattar …": a judgement opening the next sentence.
      if (judgement < 0 && !reporting) {
        const next = model.sentences[sentenceIndex + 1];
        if (next) {
          let first = next.firstToken;
          while (first < next.endToken && tokens[first]!.type !== 'word') first++;
          if (first < next.endToken && this.judgements.has(lower[first]!)) judgement = first;
        }
      }
      if (judgement >= 0 && !reporting) {
        const [from, to] = index < judgement ? [index, judgement] : [judgement, index];
        cues.push({ start: tokens[from]!.start, end: tokens[to]!.end, weight: 2 });
      }
    }
    return cues;
  }
}
