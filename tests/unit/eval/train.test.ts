/**
 * Training the classifier models (`npm run train`): reproducible, learning from drafts labelled per
 * draft rather than per sentence, and the shipped models being exactly what the drafts give.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../lib/eval/corpus';
import { examples, MODEL_SPECS, scorer, serialiseModel, train, trainingDrafts, TRAIN_OPTIONS } from '../../../lib/eval/train';
import { CLASSIFIER_MODELS } from '../../../lib/packs/schema';

const root = join(import.meta.dirname, '../../..');
const draft = (id: string, text: string, tone: boolean): Draft => ({
  id, text, platform: 'facebook', account: 'official', pack: 'bas', hard: false,
  must: tone ? ['tone'] : [], mustNot: tone ? [] : ['tone'],
});
const spec = { name: 'test', category: 'tone' } as const;
// A reproach hidden in one sentence of a friendly draft; which sentence is not labelled.
const drafts = [
  draft('a', 'Hej! Du borde ha läst skylten.', true),
  draft('b', 'Tack för frågan. Ni borde ha kollat först.', true),
  draft('c', 'Välkommen in! Du borde nog ha läst anslaget.', true),
  draft('d', 'Hej! Tack för frågan. Välkommen in på fredag.', false),
  draft('e', 'Tack för bilden! Du hittar mer på webben.', false),
  draft('f', 'Ni hittar anslaget vid entrén. Välkommen!', false),
];

describe('train', () => {
  it('gives the same weights for the same drafts', () => {
    const data = examples(drafts, spec, TRAIN_OPTIONS.prefix);
    expect(serialiseModel(train(data))).toBe(serialiseModel(train(data)));
  });

  it('finds the sentence that carries the problem without being told which it is', () => {
    const model = train(examples(drafts, spec, TRAIN_OPTIONS.prefix));
    const [reproach, friendly] = examples([draft('x', 'Hej! Du borde ha läst.', true), draft('y', 'Hej! Välkommen in.', false)], spec, TRAIN_OPTIONS.prefix);
    const score = scorer(model);
    expect(score(reproach!)).toBeGreaterThan(score(friendly!));
    expect(model.weights['<du> borde']).toBeGreaterThan(0);
    expect(model.weights['hej'] ?? 0).toBeLessThanOrEqual(0);
  });

  it('trains only on drafts labelled for the category (and account)', () => {
    const unlabelled = { ...draft('z', 'Du borde ha läst.', true), must: [], mustNot: [] };
    expect(examples([...drafts, unlabelled], spec, 5).map((example) => example.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(examples(drafts, { ...spec, account: 'private' }, 5)).toEqual([]);
  });

  it('ships a model for every model name the pack format knows', () => {
    expect(MODEL_SPECS.map((model) => model.name).sort()).toEqual([...CLASSIFIER_MODELS].sort());
  });

  // The slow one: retrains every shipped model (a few seconds) — a stale model fails here, not in review.
  it('the shipped models are what training on the repository\'s drafts gives', () => {
    const { own, sets } = trainingDrafts(root);
    const all = [...own, ...sets.flatMap((set) => set.drafts)];
    for (const model of MODEL_SPECS) {
      const shipped = readFileSync(join(root, 'lib/packs/models', `${model.name}.json`), 'utf8');
      expect(serialiseModel(train(examples(all, model, TRAIN_OPTIONS.prefix))), `${model.name}: run npm run train`).toBe(shipped);
    }
  }, 60_000);
});
