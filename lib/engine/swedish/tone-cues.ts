/**
 * The constructions that make a reply condescending, dismissive or mocking in Swedish, whatever
 * words fill them: an adverb that accuses the reader ("uppenbarligen", "som sagt"), a counterfactual
 * reproach ("det hade du sett om du läst …"), an order to read or understand first, a
 * rhetorical question at the reader ("hur många gånger …", "är det så svårt att …"), dismissing the
 * reader's view ("om du inte gillar … behöver du inte …", "du får väl …"), mocking ("intressant
 * teori", "snyggt försök"), blame ("det är ju du som missade …"), a negative judgement of the reader
 * or their comment ("du verkar mest vilja bråka", "en befängd kommentar") and a curt close
 * ("Punkt."). The constructions themselves are pack data (lib/packs/swedish/tone-constructions.ts);
 * this file holds what they are matched with: the tests they may name, the irony emoji, and the
 * matching. Each cue has a weight; tone.ts adds them up per sentence.
 */
import { type ConstructionData, ConstructionIndex, fromPackData, type TokenTest } from '../text/constructions';
import type { TextModel } from '../text/model';
import type { SentimentLexicon } from './sentiment';

/** What a cue makes the reply sound like; shown in the finding's message ("kan uppfattas som …"). */
export const TONE_LABELS = [
  'nedlåtande',
  'avfärdande',
  'ironi',
  'hån',
  'en tillrättavisning',
  'en retorisk fråga',
  'skuldbeläggande',
  'ett tvärt avslut',
  'skrik',
] as const;
export type ToneLabel = (typeof TONE_LABELS)[number];

/** Names of the tests a construction may use (see TONE_TESTS). */
export const TONE_TEST_NAMES = ['negative-word', 'positive-word', 'not-link-or-name', 'end-of-clause', 'ordinal', 'not-whether', 'insult'] as const;

export interface ToneCue {
  /** Token range [firstToken, endToken) and offsets into the normalised text. */
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
  weight: number;
  label: ToneLabel;
}

export interface CueContext {
  model: TextModel;
  lexicon: SentimentLexicon;
}


type Predicate = TokenTest<CueContext>;

/** Feelings are what empathy names ("du är besviken"): not a judgement of the reader. */
const FEELINGS = new Set([
  'besviken', 'besvikna', 'arg', 'arga', 'ledsen', 'ledsna', 'upprörd', 'upprörda', 'orolig', 'oroliga', 'frustrerad',
  'frustrerade', 'irriterad', 'irriterade', 'trött', 'trötta', 'rädd', 'rädda', 'missnöjd', 'missnöjda', 'förvånad',
  'osäker', 'stressad', 'sjuk', 'ensam', 'fel',
]);
const negativeTrait: Predicate = ({ model, lexicon }, i) => {
  const word = model.lower[i]!;
  return model.tokens[i]!.type === 'word' && !FEELINGS.has(word) && lexicon.at(model, i) <= -2;
};
const positive: Predicate = ({ model, lexicon }, i) => model.tokens[i]!.type === 'word' && lexicon.at(model, i) >= 2;
const endOfClause: Predicate = ({ model }, i) => model.tokens[i]!.type === 'punct' || model.tokens[i]!.type === 'emoji';
/** "Läs på innan du …", not "Läs på hofors.se" or "Läs på Biblioteket". */
const notLink: Predicate = ({ model }, i) => {
  const token = model.tokens[i]!;
  return token.type !== 'url' && !(token.type === 'word' && /^\p{Lu}/u.test(token.text));
};

const WHETHER = new Set(['om', 'vad', 'hur', 'vilka', 'vilken', 'vilket', 'när', 'var', 'vem', 'ifall', 'att', 'på', 'in']);
const ORDINAL = /^(?:andra|tredje|fjärde|femte|sjätte|sjunde|elfte|tolfte|\p{L}+onde|hundrade|tusende|\d+:e|n:te|x:e)$/u;

/** The tests a tone construction may name in a `test` or `next` step. */
export const TONE_TESTS: Record<(typeof TONE_TEST_NAMES)[number], Predicate> = {
  'negative-word': negativeTrait,
  'positive-word': positive,
  'not-link-or-name': notLink,
  'end-of-clause': endOfClause,
  // "tredje", "femtionde", "20:e": counting how often the reader has asked.
  // "Ni gnällspikar", "du idiot": a strongly negative word right after the reader, not a verb in -a.
  insult: ({ model, lexicon }, i) => model.tokens[i]!.type === 'word' && !model.lower[i]!.endsWith('a') && !FEELINGS.has(model.lower[i]!) && lexicon.at(model, i) <= -3,
  // "Kolla först om du behöver bygglov" is advice; "Läs först!" is an order.
  'not-whether': ({ model }, i) => !WHETHER.has(model.lower[i] ?? ''),
  ordinal: ({ model }, i) => {
    const word = model.lower[i]!;
    return (word.endsWith('e') || word === 'andra') && ORDINAL.test(word);
  },
};

/** Irony and contempt in emoji: an eye-roll is enough alone, a wry smile adds to other cues. */
const STRONG_EMOJI = ['🙄', '🤦', '😒', '🥱', '😤'];
const WEAK_EMOJI = ['🙃', '😏', '🤨', '🤷', '😂', '🤣'];

/**
 * "Tack för ditt ”konstruktiva” bidrag": a word of praise set in quotation marks by the writer
 * means its opposite: one positive word (by the lexicon) alone in quotation marks.
 */
const SCARE_DETERMINERS = new Set(['din', 'ditt', 'dina', 'er', 'ert', 'era', 'den', 'det', 'de', 'en', 'ett', 'så', 'vilken', 'vilket', 'vilka', 'mycket', 'väldigt', 'dessa', 'denna', 'detta']);

/** Before a quoted noun, whose word it is ("din ”synpunkt”"), or that it is only called so ("så kallade ”experter”"). */
const HANDED_BACK = new Set(['din', 'ditt', 'dina', 'er', 'ert', 'era']);
const SO_CALLED = new Set(['kallade', 'kallad', 'kallat']);

function scareQuotes({ model, lexicon }: CueContext): ToneCue[] {
  const cues: ToneCue[] = [];
  for (const quotation of model.quotations) {
    const first = model.tokenAt(quotation.start);
    if (first < 0) continue;
    // One lower-case word, not opening its sentence: a title (”Glada dagar”) or a quoted comment is not a scare quote.
    const word = model.tokens[first]!;
    if (word.type !== 'word' || word.end !== quotation.end || !/^\p{Ll}/u.test(word.text)) continue;
    // The reader's own word handed back: "Tack för din ”synpunkt”", "era så kallade ”fakta”".
    const followedByWord = model.tokens[first + 2]?.type === 'word' && model.sentenceOf[first + 2] === model.sentenceOf[first];
    const before = model.lower[first - 2] ?? '';
    if ((HANDED_BACK.has(before) && !followedByWord) || SO_CALLED.has(before)) {
      cues.push({ firstToken: first - 2, endToken: first + 1, start: model.tokens[first - 2]!.start, end: quotation.end + 1, weight: 2, label: 'ironi' });
      continue;
    }
    if (lexicon.at(model, first) < 1) continue;
    // Between a determiner and the noun it praises ("ditt ”konstruktiva” bidrag"); not a word
    // reported ("han skrev ”bra” i enkäten"). The cue runs on to the noun: the writer's wording.
    const next = model.tokens[first + 2];
    if (!SCARE_DETERMINERS.has(model.lower[first - 2] ?? '') || next?.type !== 'word' || model.sentenceOf[first + 2] !== model.sentenceOf[first]) continue;
    cues.push({ firstToken: first, endToken: first + 1, start: quotation.start - 1, end: next.end, weight: 2, label: 'ironi' });
  }
  return cues;
}

/** A tone construction as a pack holds it. */
export interface ToneConstructionData extends ConstructionData {
  label: ToneLabel;
}

/** The tone constructions of a rule, indexed once when the pack is compiled. */
export class ToneCues {
  private readonly index: ConstructionIndex<CueContext, { label: ToneLabel; weight: number }>;

  constructor(constructions: readonly ToneConstructionData[]) {
    this.index = new ConstructionIndex<CueContext, { label: ToneLabel; weight: number }>(
      fromPackData(constructions, ({ label, weight }) => ({ label, weight })),
      TONE_TESTS,
    );
  }

  /** Every cue in the draft: the constructions, irony in emoji, and praise in scare quotes. */
  find(context: CueContext): ToneCue[] {
    const { tokens } = context.model;
    const cues: ToneCue[] = this.index.find(context).map(({ firstToken, endToken, start, end, data }) => ({ firstToken, endToken, start, end, ...data }));
    for (const cue of scareQuotes(context)) cues.push(cue);
    tokens.forEach((token, index) => {
      if (token.type !== 'emoji') return;
      const weight = STRONG_EMOJI.some((emoji) => token.text.startsWith(emoji)) ? 2 : WEAK_EMOJI.some((emoji) => token.text.startsWith(emoji)) ? 1 : 0;
      if (weight > 0) cues.push({ firstToken: index, endToken: index + 1, start: token.start, end: token.end, weight, label: 'ironi' });
    });
    return cues;
  }
}
