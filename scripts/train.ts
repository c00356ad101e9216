/**
 * `npm run train`: trains the `classifier` rule kind's models (lib/eval/train.ts) on the project's
 * own labelled drafts — tests/corpus/ and the independently written sets in tests/independent/ —
 * and writes them to lib/packs/models/. The same drafts give the same bytes.
 *
 *   npm run train                      write the models
 *   npm run train -- --check           exit 1 when a shipped model is not what training gives
 *   npm run train -- --cross-validate  for each set in tests/independent/, train without it and
 *                                      score it: recall and false alarms per threshold
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { examples, MODEL_SPECS as MODELS, scorer, serialiseModel, train, trainingDrafts, TRAIN_OPTIONS, type ModelSpec } from '../lib/eval/train';

const root = new URL('..', import.meta.url).pathname;
const { own, sets } = trainingDrafts(root);
const all = [...own, ...sets.flatMap((set) => set.drafts)];
const modelFile = (spec: ModelSpec) => join(root, 'lib/packs/models', `${spec.name}.json`);

const args = new Set(process.argv.slice(2));
if (args.has('--cross-validate')) {
  const thresholds = [0, 0.5, 1, 1.5, 2, 2.5, 3];
  for (const spec of MODELS) {
    const tally = thresholds.map(() => ({ found: 0, positives: 0, alarms: 0, negatives: 0, cleanAlarms: 0 }));
    for (const held of sets) {
      const score = scorer(train(examples([...own, ...sets.filter((set) => set !== held).flatMap((set) => set.drafts)], spec, TRAIN_OPTIONS.prefix)));
      const clean = new Set(held.drafts.filter((draft) => draft.must.length === 0).map((draft) => draft.id));
      for (const example of examples(held.drafts, spec, TRAIN_OPTIONS.prefix)) {
        const value = score(example);
        thresholds.forEach((threshold, index) => {
          const t = tally[index]!;
          if (example.positive) {
            t.positives++;
            if (value > threshold) t.found++;
          } else {
            t.negatives++;
            if (value > threshold) {
              t.alarms++;
              if (clean.has(example.id)) t.cleanAlarms++;
            }
          }
        });
      }
    }
    console.log(`\n${spec.name} (${spec.category}${spec.account ? `, ${spec.account}` : ''}), leave one of ${sets.length} sets out`);
    console.log('threshold   recall   precision   false alarms   on clean drafts');
    thresholds.forEach((threshold, index) => {
      const t = tally[index]!;
      const precision = t.found + t.alarms === 0 ? 1 : t.found / (t.found + t.alarms);
      console.log(`${String(threshold).padStart(9)}   ${(t.found / t.positives).toFixed(3)}    ${precision.toFixed(3)}   ${`${t.alarms}/${t.negatives}`.padStart(12)}   ${String(t.cleanAlarms).padStart(15)}`);
    });
  }
} else {
  let stale = false;
  for (const spec of MODELS) {
    const data = examples(all, spec, TRAIN_OPTIONS.prefix);
    const text = serialiseModel(train(data));
    const file = modelFile(spec);
    if (args.has('--check')) {
      let shipped = '';
      try {
        shipped = readFileSync(file, 'utf8');
      } catch {
        // A missing model is a stale one.
      }
      if (shipped !== text) {
        console.error(`${file}: not what training on the drafts gives; run npm run train`);
        stale = true;
      }
    } else {
      writeFileSync(file, text);
      const size = Object.keys(JSON.parse(text).weights).length;
      console.log(`${spec.name}: ${data.length} drafts (${data.filter((example) => example.positive).length} to flag), ${size} weights → ${file}`);
    }
  }
  if (stale) process.exit(1);
}
