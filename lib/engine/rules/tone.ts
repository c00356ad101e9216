/**
 * `tone`: a friendly tone even when the comment is hostile (Hofors 2.5 "Vi ska alltid svara i en
 * trevlig och positiv ton även om ett inlägg är osympatiskt"; Falun: never condescending).
 *
 * Condescension is rarely one word. The rule weighs what the reply does (swedish/tone-cues.ts):
 * accuse the reader, ask them rhetorical questions, order them to read first, dismiss or mock them,
 * blame them, judge their comment, close curtly, roll its eyes in an emoji or shout at them in
 * capitals. Strong cues are enough alone; weaker ones count when they meet in a sentence or in two
 * neighbouring ones, and a clearly negative sentence (by the sentiment lexicon, negation handled)
 * weighs a little more. The pack's own phrases are strong. Capitals are shouting when several words
 * run together, when a short word is aimed at the reader ("bara för att DU …") or when the word is
 * itself negative; a friendly "GRATIS" or a heading "VIKTIGT:" is emphasis, not shouting.
 */
import { SentimentLexicon } from '../swedish/sentiment';
import { type ToneCue, ToneCues } from '../swedish/tone-cues';
import { withoutNested } from '../text/constructions';
import type { TextModel } from '../text/model';
import { PhraseIndex } from '../text/phrases';
import type { Hit, RuleImplementation } from './rule';

/** The weight at which a sentence's cues make it condescending. */
const FIRES = 2;
/** Two neighbouring sentences whose cues add up to this are condescending together. */
const FIRES_TOGETHER = 2.5;
/** A sentence at least this negative by the lexicon makes its cues weigh more. */
const NEGATIVE_SENTENCE = -3;
const NEGATIVE_BONUS = 0.5;

const MIN_SHOUTED_WORD = 6;
const MIN_SHOUTED_RUN_LETTERS = 8;
const UPPER_WORD = /^[\p{Lu}\d'\-:]+$/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
/** Short words that, in capitals, point at the reader or insist: "DU", "INTE", "ALDRIG". */
const AIMED_CAPITALS: Record<string, number> = {
  du: 1.5, ni: 1.5, dig: 1.5, er: 1.5, din: 1.5, ditt: 1.5, dina: 1.5,
  inte: 1, aldrig: 1, alltid: 1, själv: 1, själva: 1, redan: 1, ju: 1, väl: 1, ingen: 1, inget: 1, alla: 1,
  // "Vi har svarat TRE gånger": counting in capitals.
  två: 1, tre: 1, fyra: 1, fem: 1, tio: 1, flera: 1, många: 1, så: 1,
};

function isShoutedWord(word: string, type: string): boolean {
  return type === 'word' && word.length >= 2 && UPPER_WORD.test(word) && !HAS_LOWER.test(word) && HAS_UPPER.test(word);
}

interface Weighed extends ToneCue {
  suggestion?: string;
}

export const tone: RuleImplementation<'tone'> = {
  kind: 'tone',
  swedishOnly: true,
  ownWordingOnly: true,
  compile(rule) {
    const phrases = new PhraseIndex(rule.phrases.map((phrase) => ({ phrase, data: phrase })));
    const lexicon = new SentimentLexicon(rule.sentiment);
    const constructions = new ToneCues(rule.cues);
    const tooMany = new RegExp(`!{${rule.maxExclamations + 1},}`, 'u');
    return ({ model }) => {
      const { tokens } = model;
      const cues: Weighed[] = constructions.find({ model, lexicon });
      for (const match of phrases.find(model)) {
        cues.push({ firstToken: match.firstToken, endToken: match.endToken, start: match.start, end: match.end, weight: FIRES, label: 'nedlåtande' });
      }
      // One by one: a draft of a million characters may hold more cues than a call takes arguments.
      if (rule.shouting) for (const cue of shouting(model, lexicon)) cues.push(cue);
      tokens.forEach((token, index) => {
        if (token.type === 'punct' && tooMany.test(token.text)) {
          cues.push({ firstToken: index, endToken: index + 1, start: token.start, end: token.end, weight: FIRES, label: 'skrik', suggestion: token.text.replace(/!+/gu, '!') });
        }
      });
      return judge(model, lexicon, cues);
    };
  },
};

/** Capitals: runs of shouted words, aimed short words, and long negative words. */
function shouting(model: TextModel, lexicon: SentimentLexicon): Weighed[] {
  const { tokens, sentenceOf } = model;
  const found: Weighed[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isShoutedWord(tokens[i]!.text, tokens[i]!.type)) continue;
    let j = i;
    let letters = 0;
    while (j < tokens.length && isShoutedWord(tokens[j]!.text, tokens[j]!.type) && sentenceOf[j] === sentenceOf[i]) {
      letters += tokens[j]!.text.length;
      j++;
    }
    const start = tokens[i]!.start;
    const end = tokens[j - 1]!.end;
    const suggestion = model.text.slice(start, end).toLowerCase();
    const words = j - i;
    let weight = 0;
    if (words >= 2 && letters >= MIN_SHOUTED_RUN_LETTERS) weight = isHeading(model, i, j) ? 0 : FIRES;
    else if (words === 1) {
      const word = model.lower[i]!;
      weight = AIMED_CAPITALS[word] ?? (letters >= MIN_SHOUTED_WORD && lexicon.at(model, i) <= -2 ? FIRES : 0);
    }
    if (weight > 0) found.push({ firstToken: i, endToken: j, start, end, weight, label: 'skrik', suggestion });
    i = j - 1;
  }
  return found;
}

/** "VIKTIG INFORMATION OM VATTNET" alone on the first line is a heading, not shouting. */
function isHeading(model: TextModel, from: number, to: number): boolean {
  const sentence = model.sentences[model.sentenceOf[from]!]!;
  if (model.sentenceOf[from] !== 0 || from !== sentence.firstToken) return false;
  for (let k = to; k < sentence.endToken; k++) {
    const token = model.tokens[k]!;
    if (token.type !== 'punct' && token.type !== 'emoji') return false;
    if (/[.!?]/u.test(token.text)) return false;
  }
  const next = model.tokens[sentence.endToken];
  return next !== undefined && next.newlinesBefore > 0;
}

/**
 * Adds up the cues per sentence and turns the sentences that reach the bar into findings: one per
 * sentence for the wording (its span from the first cue to the last, named by the heaviest cue),
 * and one per fixable cue (capitals, "!!!") with its fix.
 */
function judge(model: TextModel, lexicon: SentimentLexicon, all: Weighed[]): Hit[] {
  if (all.length === 0) return [];
  const bySentence = new Map<number, Weighed[]>();
  for (const cue of all) {
    const sentence = model.sentenceOf[cue.firstToken]!;
    const list = bySentence.get(sentence);
    if (list) list.push(cue);
    else bySentence.set(sentence, [cue]);
  }
  // A cue inside a heavier one, or around it, says nothing new: "tack för ännu en" already holds
  // "ännu en". Cues that only overlap say two things ("vi tänker inte diskutera skatten med dig längre").
  const heaviestFirst = (a: Weighed, b: Weighed) => b.weight - a.weight || a.start - b.start;
  // A fix (capitals, "!!!") is kept beside the wording it sits in: it has a suggestion to offer.
  const hides = (kept: Weighed, cue: Weighed) => !(cue.suggestion && !kept.suggestion);
  for (const [sentence, cues] of bySentence) bySentence.set(sentence, withoutNested(model, cues, heaviestFirst, hides));
  const weightOf = new Map<number, number>();
  for (const [sentence, cues] of bySentence) {
    let weight = cues.reduce((sum, cue) => sum + cue.weight, 0);
    if (weight < FIRES && lexicon.size > 0 && lexicon.sentence(model, sentence) <= NEGATIVE_SENTENCE) weight += NEGATIVE_BONUS;
    weightOf.set(sentence, weight);
  }
  const fired = new Set<number>();
  for (const [sentence, weight] of weightOf) {
    if (weight >= FIRES) fired.add(sentence);
    const next = weightOf.get(sentence + 1);
    if (next !== undefined && weight + next >= FIRES_TOGETHER) {
      fired.add(sentence);
      fired.add(sentence + 1);
    }
  }
  const hits: Hit[] = [];
  for (const sentence of [...fired].sort((a, b) => a - b)) {
    const cues = bySentence.get(sentence)!.sort((a, b) => a.start - b.start);
    const wording = cues.filter((cue) => !cue.suggestion);
    if (wording.length > 0) {
      const heaviest = wording.reduce((best, cue) => (cue.weight > best.weight ? cue : best));
      const end = wording.reduce((furthest, cue) => Math.max(furthest, cue.end), 0);
      hits.push({ start: wording[0]!.start, end, values: { value: heaviest.label } });
    }
    for (const cue of cues) {
      if (cue.suggestion) hits.push({ start: cue.start, end: cue.end, suggestions: [cue.suggestion], values: { value: cue.label } });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
