/**
 * `classifier`: a small linear model over a sentence's words, for what hand-written constructions
 * miss in text nobody here wrote (issue 11). Each sentence becomes a set of features — its words,
 * pairs of neighbouring words, the first letters of long words (so "uppenbarligen" and
 * "uppenbart" share one), a class for the reader's pronouns and for words in capitals — and scores
 * the model's bias plus the weights of the features it has. A sentence above the rule's threshold is
 * flagged, and the finding names the words that tipped it, so the writer sees why.
 *
 * The weights are data, trained by `npm run train` (scripts/train.ts) on the project's own labelled
 * drafts and shipped with the pack (`"model": "tone"` names one Policyvakt ships; a pack may also
 * give its own `bias` and `weights`). A draft's features are found once, whatever number of models
 * read it, as numbers shared by all compiled models; each model adds up its weights from an array.
 * Linear in the text.
 *
 * The model backs up the category's other rules rather than repeating them: a sentence that another
 * rule of the same category (or of `alsoDefersTo`) already flags gets no second finding (lint()
 * drops it, `defersTo`).
 */
import { DU_FORMS } from '../swedish/addressee';
import type { TextModel } from '../text/model';
import type { Category } from '../types';
import type { Hit, RuleImplementation } from './rule';

/** The reader's pronouns, singular and plural: "du borde" and "ni borde" are the same reproach. */
const READER = new Set([...DU_FORMS, 'ni', 'er', 'ert', 'era', 'dej']);
const READER_CLASS = '<du>';
const CAPITALS_CLASS = '<CAPS>';
const START = '<s>';
const END = '</s>';
const HAS_UPPER = /\p{Lu}/u;
/** Punctuation that carries tone: a question at the reader, an exclamation, a pause, a colon before a verdict. */
const TONE_PUNCTUATION = /^(?:[!?:"”]|…|\.{2,})/u;
/** How many words a finding names as the ones that tipped it. */
const EXPLAINED_WORDS = 3;

/** A feature and the tokens that carry it: one, or the two of a pair. */
export interface Feature {
  name: string;
  first: number;
  last: number;
  /** Every time the feature stands in the sentence, one of its tokens is inside quotation marks. */
  quoted: boolean;
}

/**
 * What the writer quotes is not their tone or their role, so for those categories quoted features
 * do not count; personal data and sekretess count wherever they stand. Training uses the same choice.
 */
export function readsQuotedWords(category: Category): boolean {
  return category === 'personal-data' || category === 'confidential';
}

/** What a token contributes as a word: itself, a class for links, numbers and handles, or nothing. */
function tokenFeature(model: TextModel, index: number): string | undefined {
  const token = model.tokens[index]!;
  switch (token.type) {
    case 'word':
      return model.lower[index];
    case 'number':
      return '<num>';
    case 'url':
      return '<url>';
    case 'email':
      return '<email>';
    case 'mention':
      return '<@>';
    case 'hashtag':
      return '<#>';
    case 'emoji':
      return token.text.replace(/\uFE0F/gu, '');
    case 'punct': {
      const match = TONE_PUNCTUATION.exec(token.text);
      if (!match) return undefined;
      return match[0].startsWith('..') ? '…' : match[0];
    }
  }
}

/** Receives each feature as it is found: a word or class alone, or a pair of them. */
type Emit = (left: string, right: string | undefined, quoted: boolean, first: number, last: number) => void;

/**
 * The one definition of a sentence's features, for training and checking alike. `prefix` is the
 * number of letters a long word's prefix feature keeps (0: none); it travels with the model.
 */
function walkFeatures(model: TextModel, sentence: number, prefix: number, emit: Emit): void {
  const { firstToken, endToken } = model.sentences[sentence]!;
  const quotes = model.quotations.length > 0;
  let previous = START;
  let previousIsReader = false;
  let previousIndex = -1;
  let previousQuoted = false;
  for (let index = firstToken; index < endToken; index++) {
    const feature = tokenFeature(model, index);
    if (feature === undefined) continue;
    const token = model.tokens[index]!;
    const quoted = quotes && model.quoted(token.start, token.end);
    const pairQuoted = quoted || previousQuoted;
    const isReader = token.type === 'word' && READER.has(feature);
    const from = previousIndex < 0 ? index : previousIndex;
    emit(feature, undefined, quoted, index, index);
    emit(previous, feature, pairQuoted, from, index);
    if (previousIsReader) emit(READER_CLASS, feature, pairQuoted, from, index);
    if (isReader) {
      emit(READER_CLASS, undefined, quoted, index, index);
      emit(previous, READER_CLASS, pairQuoted, from, index);
    }
    if (token.type === 'word') {
      if (prefix > 0 && feature.length > prefix + 1) emit(`~${feature.slice(0, prefix)}`, undefined, quoted, index, index);
      if (token.text.length >= 2 && token.text === token.text.toUpperCase() && HAS_UPPER.test(token.text)) emit(CAPITALS_CLASS, undefined, quoted, index, index);
    }
    previous = feature;
    previousIsReader = isReader;
    previousIndex = index;
    previousQuoted = quoted;
  }
  if (previousIndex >= 0) emit(previous, END, previousQuoted, previousIndex, previousIndex);
}

/**
 * The features of one sentence by name ("borde", "du borde", "<du> borde", "~uppen"), each once,
 * with the tokens that first carried it (outside quotation marks when it also stands there): what
 * training learns from and a pack's `weights` name.
 */
export function sentenceFeatures(model: TextModel, sentence: number, prefix: number): Feature[] {
  const byName = new Map<string, Feature>();
  walkFeatures(model, sentence, prefix, (left, right, quoted, first, last) => {
    const name = right === undefined ? left : `${left} ${right}`;
    const known = byName.get(name);
    if (!known) byName.set(name, { name, first, last, quoted });
    else if (known.quoted && !quoted) Object.assign(known, { first, last, quoted });
  });
  return [...byName.values()];
}

/*
 * Checking does not build names. Every feature some compiled model weighs gets a number, and so does
 * every word or class such a feature is made of; a draft's words are looked up once, a pair by the
 * numbers of its two parts, and a feature no model knows is skipped at once (it weighs nothing).
 */
const PARTS = new Map<string, number>();
const SINGLE_IDS: number[] = [];
const PAIR_IDS = new Map<number, Map<number, number>>();
let featureCount = 0;

function partId(part: string): number {
  let id = PARTS.get(part);
  if (id === undefined) PARTS.set(part, (id = PARTS.size));
  return id;
}

function registerFeature(name: string): number {
  const space = name.indexOf(' ');
  if (space < 0) return (SINGLE_IDS[partId(name)] ??= featureCount++);
  const left = partId(name.slice(0, space));
  const right = partId(name.slice(space + 1));
  let byRight = PAIR_IDS.get(left);
  if (!byRight) PAIR_IDS.set(left, (byRight = new Map()));
  let id = byRight.get(right);
  if (id === undefined) byRight.set(right, (id = featureCount++));
  return id;
}

function knownFeature(left: string, right: string | undefined): number {
  const leftId = PARTS.get(left);
  if (leftId === undefined) return -1;
  if (right === undefined) return SINGLE_IDS[leftId] ?? -1;
  const rightId = PARTS.get(right);
  return rightId === undefined ? -1 : (PAIR_IDS.get(leftId)?.get(rightId) ?? -1);
}

/**
 * A draft's features that some model knows, each once per sentence, in flat arrays: sentence `s`
 * holds entries `start[s]` to `start[s + 1]`. One draft is a few arrays, not four per sentence —
 * a draft of ten thousand one-word sentences is read without ten thousand small allocations.
 */
interface DraftFeatures {
  start: Int32Array;
  ids: Int32Array;
  quoted: Uint8Array;
  first: Int32Array;
  last: Int32Array;
  /** Per sentence: 1 when it has any feature at all, 2 when it has one outside quotation marks too. */
  judged: Uint8Array;
}

/** Where a feature already stands in the sentence being read (+1), stamped by sentence: no map per sentence. */
let slotOf = new Int32Array(0);
let slotStamp = new Int32Array(0);
let stamp = 0;

function knownFeatures(model: TextModel, prefix: number): DraftFeatures {
  const sentences = model.sentences.length;
  const start = new Int32Array(sentences + 1);
  const judged = new Uint8Array(sentences);
  const ids: number[] = [];
  const quotedList: number[] = [];
  const firstList: number[] = [];
  const lastList: number[] = [];
  if (slotOf.length < featureCount) {
    slotOf = new Int32Array(featureCount);
    slotStamp = new Int32Array(featureCount);
  }
  for (let sentence = 0; sentence < sentences; sentence++) {
    start[sentence] = ids.length;
    stamp++;
    walkFeatures(model, sentence, prefix, (left, right, quoted, first, last) => {
      judged[sentence] = quoted ? Math.max(judged[sentence]!, 1) : 2;
      const id = knownFeature(left, right);
      if (id < 0) return;
      if (slotStamp[id] !== stamp) {
        slotStamp[id] = stamp;
        slotOf[id] = ids.length;
        ids.push(id);
        quotedList.push(quoted ? 1 : 0);
        firstList.push(first);
        lastList.push(last);
      } else if (quotedList[slotOf[id]!] && !quoted) {
        const at = slotOf[id]!;
        quotedList[at] = 0;
        firstList[at] = first;
        lastList[at] = last;
      }
    });
  }
  start[sentences] = ids.length;
  const features: DraftFeatures = {
    start,
    ids: Int32Array.from(ids),
    quoted: Uint8Array.from(quotedList),
    first: Int32Array.from(firstList),
    last: Int32Array.from(lastList),
    judged,
  };
  return features;
}

// Several classifier rules read the same draft: its features are found once per text model and prefix.
const featureCache = new WeakMap<TextModel, Map<number, DraftFeatures>>();

function featuresOf(model: TextModel, prefix: number): DraftFeatures {
  let byPrefix = featureCache.get(model);
  if (!byPrefix) featureCache.set(model, (byPrefix = new Map()));
  let features = byPrefix.get(prefix);
  if (!features) byPrefix.set(prefix, (features = knownFeatures(model, prefix)));
  return features;
}

/** A trained model: what `npm run train` writes and a pack may carry. */
export interface LinearModel {
  bias: number;
  prefix: number;
  weights: Readonly<Record<string, number>>;
}

/** A model ready to score drafts: its weights by feature number, and whether quoted words count. */
export interface CompiledModel {
  bias: number;
  prefix: number;
  weights: Float64Array;
  quotedWords: boolean;
}

export function compileModel(linear: LinearModel, quotedWords: boolean): CompiledModel {
  const entries = Object.entries(linear.weights).map(([name, weight]) => [registerFeature(name), weight] as const);
  const weights = new Float64Array(featureCount);
  for (const [id, weight] of entries) weights[id] = weight;
  return { bias: linear.bias, prefix: linear.prefix, weights, quotedWords };
}

/** Each sentence's score under the model; undefined for a sentence with nothing to judge. */
export function sentenceScores(model: TextModel, compiled: CompiledModel): (number | undefined)[] {
  const features = featuresOf(model, compiled.prefix);
  const { start, ids, quoted, judged } = features;
  const { weights, quotedWords, bias } = compiled;
  const known = weights.length;
  const scores: (number | undefined)[] = new Array(judged.length);
  for (let sentence = 0; sentence < judged.length; sentence++) {
    if (judged[sentence]! < (quotedWords ? 1 : 2)) {
      scores[sentence] = undefined;
      continue;
    }
    let score = bias;
    for (let at = start[sentence]!; at < start[sentence + 1]!; at++) {
      const id = ids[at]!;
      // Features numbered after this model was compiled weigh nothing in it.
      if (id < known && (quotedWords || quoted[at] === 0)) score += weights[id]!;
    }
    scores[sentence] = score;
  }
  return scores;
}

/** The words of the sentence that added most to its score (a pair's weight shared by its two), in the order they stand. */
function tippingWords(model: TextModel, sentence: number, compiled: CompiledModel): string[] {
  const { start, ids, quoted, first, last } = featuresOf(model, compiled.prefix);
  const byToken = new Map<number, number>();
  const credit = (token: number, weight: number) => byToken.set(token, (byToken.get(token) ?? 0) + weight);
  for (let at = start[sentence]!; at < start[sentence + 1]!; at++) {
    if (!compiled.quotedWords && quoted[at]) continue;
    const weight = compiled.weights[ids[at]!] ?? 0;
    if (weight <= 0) continue;
    if (first[at] === last[at]) credit(first[at]!, weight);
    else {
      credit(first[at]!, weight / 2);
      credit(last[at]!, weight / 2);
    }
  }
  return [...byToken]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, EXPLAINED_WORDS)
    .sort((a, b) => a[0] - b[0])
    .map(([token]) => model.tokens[token]!.text);
}

export const classifier: RuleImplementation<'classifier'> = {
  kind: 'classifier',
  swedishOnly: true,
  // What the writer quotes is not their tone or their role; personal data and sekretess count anywhere.
  ownWordingOnly: (rule) => !readsQuotedWords(rule.category),
  defersTo: (rule) => [rule.category, ...rule.alsoDefersTo],
  compile(rule) {
    const compiled = compileModel(rule, readsQuotedWords(rule.category));
    return ({ model }) => {
      const hits: Hit[] = [];
      sentenceScores(model, compiled).forEach((score, index) => {
        if (score === undefined || score <= rule.threshold) return;
        const { start, end } = model.sentences[index]!;
        const words = tippingWords(model, index, compiled).map((word) => `”${word}”`).join(', ');
        hits.push({ start, end, values: { value: words }, ...(rule.template ? { template: rule.template } : {}) });
      });
      return hits;
    };
  },
};
