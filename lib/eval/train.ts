/**
 * Training the `classifier` rule kind's linear models on labelled drafts (scripts/train.ts).
 *
 * A draft is labelled per category, not per sentence: a draft that must be flagged for tone has at
 * least one condescending sentence, but which one is not written down. Training therefore treats a
 * draft as a bag of sentences (multiple-instance learning): every sentence of a draft that must not
 * be flagged is a negative example, and a draft that must be flagged is scored by a smooth maximum
 * of its sentences, so the step goes mostly to the sentences that already look like the problem.
 * Logistic loss, plain stochastic gradient descent in the drafts' id order with a decaying step and
 * a small L2 penalty: no randomness, so the same drafts give the same weights on every machine. Weights are rounded and the smallest dropped, so the model
 * ships as a few thousand readable numbers.
 */
import { readsQuotedWords, sentenceFeatures, type LinearModel } from '../engine/rules/classifier';
import { buildTextModel } from '../engine/text/model';
import type { AccountKind, Category } from '../engine/types';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, type Draft } from './corpus';

export interface ModelSpec {
  /** The file name of the model under lib/packs/models/. */
  name: string;
  category: Category;
  /** Train only on drafts written as this account (official business is a private profile's problem). */
  account?: AccountKind;
}

/** The models Policyvakt ships (schema.ts CLASSIFIER_MODELS). */
export const MODEL_SPECS: ModelSpec[] = [
  { name: 'sv-tone', category: 'tone' },
  { name: 'sv-personal-data', category: 'personal-data' },
  { name: 'sv-confidential', category: 'confidential' },
  { name: 'sv-official-business', category: 'identity', account: 'private' },
  { name: 'sv-personal-opinion', category: 'identity', account: 'official' },
];

/** The labelled drafts training reads: the own corpus and each independently written set, by name. */
export function trainingDrafts(root: string): { own: Draft[]; sets: { name: string; drafts: Draft[] }[] } {
  const independent = join(root, 'tests/independent');
  const sets = readdirSync(independent)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => ({ name, drafts: loadCorpus(join(independent, name)) }));
  return { own: loadCorpus(join(root, 'tests/corpus')), sets };
}

/** A model as shipped in lib/packs/models/: one weight a line, so that a retrained model's diff is readable. */
export function serialiseModel(model: LinearModel): string {
  const weights = Object.entries(model.weights).map(([name, weight]) => `    ${JSON.stringify(name)}: ${weight}`);
  return `{\n  "bias": ${model.bias},\n  "prefix": ${model.prefix},\n  "weights": {\n${weights.join(',\n')}\n  }\n}\n`;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  prefix: number;
  /** Weights smaller than this are dropped from the shipped model. */
  minWeight: number;
  /** Features in fewer drafts than this are not learnt from: one draft's wording is not a pattern. */
  minDrafts: number;
}

export const TRAIN_OPTIONS: TrainOptions = { epochs: 30, learningRate: 0.3, l2: 1e-4, prefix: 5, minWeight: 0.1, minDrafts: 2 };

/** A draft as training sees it: its sentences' feature names and whether it must be flagged. */
export interface Example {
  id: string;
  sentences: string[][];
  positive: boolean;
}

/** The drafts that say whether they must or must not be flagged in the spec's category, by id. */
export function examples(drafts: readonly Draft[], spec: ModelSpec, prefix: number): Example[] {
  return drafts
    .filter((draft) => draft.must.includes(spec.category) || draft.mustNot.includes(spec.category))
    .filter((draft) => spec.account === undefined || draft.account === spec.account)
    .map((draft) => {
      const model = buildTextModel(draft.text);
      return {
        id: draft.id,
        sentences: model.sentences.map((_, sentence) => sentenceFeatures(model, sentence, prefix)
            .filter((feature) => readsQuotedWords(spec.category) || !feature.quoted)
            .map((feature) => feature.name)),
        positive: draft.must.includes(spec.category),
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const round = (value: number) => Math.round(value * 100) / 100;

export function train(all: readonly Example[], options: TrainOptions = TRAIN_OPTIONS): LinearModel {
  const drafts = new Map<string, number>();
  for (const example of all) for (const name of new Set(example.sentences.flat())) drafts.set(name, (drafts.get(name) ?? 0) + 1);
  const data = all.map((example) => ({
    ...example,
    sentences: example.sentences.map((sentence) => sentence.filter((name) => drafts.get(name)! >= options.minDrafts)),
  }));
  const weights = new Map<string, number>();
  // A sentence starts out unlikely to be a problem: most sentences are not.
  let bias = -2;
  const score = (features: readonly string[]) => features.reduce((sum, name) => sum + (weights.get(name) ?? 0), bias);
  const step = (features: readonly string[], label: 0 | 1, rate: number) => {
    const gradient = 1 / (1 + Math.exp(-score(features))) - label;
    for (const name of features) weights.set(name, (weights.get(name) ?? 0) * (1 - rate * options.l2) - rate * gradient);
    bias -= rate * gradient * 0.1;
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.learningRate / (1 + epoch * 0.2);
    for (const example of data) {
      if (!example.positive) {
        for (const sentence of example.sentences) step(sentence, 0, rate);
        continue;
      }
      // The draft's score is a smooth maximum of its sentences' (log-sum-exp): each sentence takes
      // its share of the step by how much it already looks like the problem, so a greeting that
      // every draft opens with is not mistaken for the reproach that follows it.
      const scores = example.sentences.map(score);
      const top = Math.max(...scores);
      const shares = scores.map((value) => Math.exp(value - top));
      const total = shares.reduce((sum, share) => sum + share, 0);
      const draftScore = top + Math.log(total);
      // Positives are fewer than negative sentences: a longer step keeps the classes balanced.
      const gradient = 1 / (1 + Math.exp(-draftScore)) - 1;
      example.sentences.forEach((sentence, index) => {
        const share = (shares[index]! / total) * rate * 2;
        for (const name of sentence) weights.set(name, (weights.get(name) ?? 0) * (1 - share * options.l2) - share * gradient);
        bias -= share * gradient * 0.1;
      });
    }
  }
  const kept = [...weights]
    .map(([name, weight]) => [name, round(weight)] as const)
    .filter(([, weight]) => Math.abs(weight) >= options.minWeight)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { bias: round(bias), prefix: options.prefix, weights: Object.fromEntries(kept) };
}

/** The highest sentence score of an example under a model (what the rule compares with its threshold). */
export function scorer(model: LinearModel): (example: Example) => number {
  const weights = new Map(Object.entries(model.weights));
  return (example) => {
    let best = -Infinity;
    for (const sentence of example.sentences) {
      const value = sentence.reduce((sum, name) => sum + (weights.get(name) ?? 0), model.bias);
      if (value > best) best = value;
    }
    return best;
  };
}
