/**
 * How positive or negative words are, from a sentiment lexicon in the AFINN style (a word and a
 * score from -5 to +5). The built-in packs use the Swedish list of @nlpjs/lang-sv with Policyvakt's
 * own additions for how people criticise comments and each other ("befängd", "gnällig"); a pack may
 * bring its own. Words are looked up as written and, failing that, without a Swedish ending
 * ("gnälliga" → "gnällig", "härligt" → "härlig").
 * Negation flips the score: "inte dålig" is not negative.
 */
import type { TextModel } from '../text/model';

/** Endings tried, longest first, when a word is not in the lexicon as written. */
const ENDINGS = ['aste', 'are', 'ast', 'arna', 'erna', 'orna', 'ade', 'en', 'et', 'er', 'ar', 'or', 'na', 'a', 'e', 't', 's'];
const NEGATIONS = new Set(['inte', 'ej', 'icke', 'aldrig', 'knappast', 'ingen', 'inget', 'inga', 'varken']);
/** How many words back a negation reaches ("inte särskilt dålig"). */
const NEGATION_REACH = 3;

export class SentimentLexicon {
  private readonly scores: ReadonlyMap<string, number>;
  /** Words already looked up without success or with an ending removed (bounded). */
  private readonly derived = new Map<string, number>();

  constructor(entries: Record<string, number>) {
    const scores = new Map<string, number>();
    for (const [word, score] of Object.entries(entries)) {
      // Phrases ("bad om ursäkt") are left out: the cues that need them match their own words.
      if (!/\s/u.test(word)) scores.set(word.normalize('NFC').toLowerCase(), score);
    }
    this.scores = scores;
  }

  get size(): number {
    return this.scores.size;
  }

  /** The score of one lower-case word, 0 when the lexicon does not know it. */
  word(word: string): number {
    const exact = this.scores.get(word) ?? this.derived.get(word);
    if (exact !== undefined) return exact;
    let found = 0;
    for (const ending of ENDINGS) {
      if (word.length - ending.length >= 3 && word.endsWith(ending)) {
        const score = this.scores.get(word.slice(0, -ending.length));
        if (score !== undefined) {
          found = score;
          break;
        }
      }
    }
    // "hjälpsamma", "ensamma": an adjective that doubles its last consonant before -a/-e.
    if (found === 0 && /(\p{L})\1[ae]$/u.test(word)) found = this.scores.get(word.slice(0, -2)) ?? 0;
    if (this.derived.size >= 20_000) this.derived.clear();
    this.derived.set(word, found);
    return found;
  }

  /** The score of token `index` in its sentence, flipped when a negation stands just before it. */
  at(model: TextModel, index: number): number {
    const token = model.tokens[index];
    if (!token || (token.type !== 'word' && token.type !== 'emoji')) return 0;
    const score = this.word(model.lower[index]!);
    if (score === 0) return 0;
    for (let k = index - 1; k >= 0 && k >= index - NEGATION_REACH && model.sentenceOf[k] === model.sentenceOf[index]; k--) {
      if (NEGATIONS.has(model.lower[k]!)) return -score;
    }
    return score;
  }

  /** The sum of the scores in sentence `sentence`. */
  sentence(model: TextModel, sentence: number): number {
    const { firstToken, endToken } = model.sentences[sentence]!;
    let sum = 0;
    for (let i = firstToken; i < endToken; i++) sum += this.at(model, i);
    return sum;
  }
}
