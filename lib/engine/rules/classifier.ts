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
 * give its own `bias` and `weights`). Work is one map lookup per feature: linear in the text.
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
}

/**
 * What the writer quotes is not their tone or their role, so for those categories quoted words make
 * no features; personal data and sekretess count wherever they stand. Training uses the same choice.
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

/**
 * The features of one sentence, each once, with the token that first carried it. `prefix` is the
 * number of letters a long word's prefix feature keeps (0: none); training and checking must use
 * the same, so it travels with the model.
 */
export function sentenceFeatures(model: TextModel, sentence: number, prefix: number, quotedWords = true): Feature[] {
  const { firstToken, endToken } = model.sentences[sentence]!;
  const seen = new Set<string>();
  const features: Feature[] = [];
  const add = (name: string, first: number, last = first) => {
    if (seen.has(name)) return;
    seen.add(name);
    features.push({ name, first, last });
  };
  let previous = START;
  let previousIsReader = false;
  let previousIndex = -1;
  for (let index = firstToken; index < endToken; index++) {
    const feature = tokenFeature(model, index);
    if (feature === undefined) continue;
    const token = model.tokens[index]!;
    if (!quotedWords && model.quoted(token.start, token.end)) continue;
    const isReader = token.type === 'word' && READER.has(feature);
    const from = previousIndex < 0 ? index : previousIndex;
    add(feature, index);
    add(`${previous} ${feature}`, from, index);
    if (previousIsReader) add(`${READER_CLASS} ${feature}`, from, index);
    if (isReader) {
      add(READER_CLASS, index);
      add(`${previous} ${READER_CLASS}`, from, index);
    }
    if (token.type === 'word') {
      if (prefix > 0 && feature.length > prefix + 1) add(`~${feature.slice(0, prefix)}`, index);
      if (token.text.length >= 2 && token.text === token.text.toUpperCase() && HAS_UPPER.test(token.text)) add(CAPITALS_CLASS, index);
    }
    previous = feature;
    previousIsReader = isReader;
    previousIndex = index;
  }
  if (previousIndex >= 0) add(`${previous} ${END}`, previousIndex);
  return features;
}

// Several classifier rules read the same draft: its features are made once per text model and setting.
const featureCache = new WeakMap<TextModel, Map<string, Feature[][]>>();

function featuresOf(model: TextModel, prefix: number, quotedWords: boolean): Feature[][] {
  let bySetting = featureCache.get(model);
  if (!bySetting) featureCache.set(model, (bySetting = new Map()));
  // Most drafts quote nothing: then the writer's own words are all the words, and one list serves both.
  const key = `${prefix} ${quotedWords || model.quotations.length === 0}`;
  let features = bySetting.get(key);
  if (!features) {
    features = model.sentences.map((_, sentence) => sentenceFeatures(model, sentence, prefix, quotedWords));
    bySetting.set(key, features);
  }
  return features;
}

/** A trained model: what `npm run train` writes and a pack may carry. */
export interface LinearModel {
  bias: number;
  prefix: number;
  weights: Readonly<Record<string, number>>;
}

export function scoreFeatures(features: readonly Feature[], bias: number, weights: ReadonlyMap<string, number>): number {
  let score = bias;
  for (const feature of features) score += weights.get(feature.name) ?? 0;
  return score;
}

/** The words of the sentence that added most to its score (a pair's weight shared by its two), in the order they stand. */
function tippingWords(model: TextModel, features: readonly Feature[], weights: ReadonlyMap<string, number>): string[] {
  const byToken = new Map<number, number>();
  const credit = (token: number, weight: number) => byToken.set(token, (byToken.get(token) ?? 0) + weight);
  for (const feature of features) {
    const weight = weights.get(feature.name) ?? 0;
    if (weight <= 0) continue;
    if (feature.first === feature.last) credit(feature.first, weight);
    else {
      credit(feature.first, weight / 2);
      credit(feature.last, weight / 2);
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
    const weights = new Map(Object.entries(rule.weights));
    return ({ model }) => {
      const hits: Hit[] = [];
      featuresOf(model, rule.prefix, readsQuotedWords(rule.category)).forEach((features, sentence) => {
        if (features.length === 0) return;
        const score = scoreFeatures(features, rule.bias, weights);
        if (score <= rule.threshold) return;
        const { start, end } = model.sentences[sentence]!;
        const words = tippingWords(model, features, weights).map((word) => `”${word}”`).join(', ');
        hits.push({ start, end, values: { value: words }, ...(rule.template ? { template: rule.template } : {}) });
      });
      return hits;
    };
  },
};
