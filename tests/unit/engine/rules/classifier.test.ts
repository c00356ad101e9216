/**
 * `classifier`: a linear model over a sentence's words. These tests use small hand-written models, so
 * they pin down the mechanism (features, threshold, explanation, deferring, quotes, accounts); what
 * the shipped models catch is measured by `npm run eval` and held by the packs' own rule tests.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModel, sentenceFeatures, sentenceScores } from '../../../../lib/engine/rules/classifier';
import { buildTextModel } from '../../../../lib/engine/text/model';
import { builtinPack } from '../../../../lib/packs/builtin';
import { loadCorpus } from '../../../../lib/eval/corpus';
import { loadPack } from '../../../../lib/packs/load';
import { CLASSIFIER_MODEL_DATA } from '../../../../lib/packs/models';
import { findings, flagged, packWith, POLICY_REF, TEMPLATES } from './support';

const features = (text: string, prefix = 5) => {
  const model = buildTextModel(text);
  return model.sentences.map((_, sentence) => sentenceFeatures(model, sentence, prefix).map((feature) => feature.name));
};

/** A model where reproach is "borde" after the reader, and "tack" pulls the other way. */
const REPROACH = {
  kind: 'classifier',
  category: 'tone',
  message: 'Tonen: {value}',
  bias: -1,
  threshold: 0.5,
  weights: { '<du> borde': 1.5, '~uppen': 1, tack: -2 },
};

describe('classifier: the features of a sentence', () => {
  it('words, pairs from the sentence start to its end, and each once', () => {
    expect(features('Läs igen, läs!')[0]).toEqual(['läs', '<s> läs', 'igen', 'läs igen', 'igen läs', '!', 'läs !', '! </s>']);
  });

  it('the reader\'s pronouns as one class, so "du borde" and "ni borde" share a feature', () => {
    expect(features('Du borde läsa.')[0]).toContain('<du> borde');
    expect(features('Ni borde läsa.')[0]).toContain('<du> borde');
  });

  it('a long word\'s first letters, so inflected forms share a feature', () => {
    expect(features('Uppenbarligen inte.')[0]).toContain('~uppen');
    expect(features('Det är uppenbart.')[0]).toContain('~uppen');
    expect(features('Det är uppenbart.', 0)[0]).not.toContain('~uppen');
  });

  it('words in capitals, links, numbers, handles and emoji as classes', () => {
    const [sentence] = features('@kim LÄS på hofors.se senast 12 maj 🙄');
    expect(sentence).toEqual(expect.arrayContaining(['<@>', '<CAPS>', '<url>', '<num>', '🙄']));
  });

  it('one list per sentence', () => {
    expect(features('Hej! Tack för frågan.')).toHaveLength(2);
  });
});

describe('classifier: checking scores what training learnt from', () => {
  // Checking finds features by number, training by name: both must see the same features.
  const root = join(import.meta.dirname, '../../../..');
  const drafts = [...loadCorpus(join(root, 'tests/corpus')), ...loadCorpus(join(root, 'tests/independent/set-t.jsonl'))];

  it.each(Object.entries(CLASSIFIER_MODEL_DATA))('%s, with and without quoted words', (_name, linear) => {
    for (const quotedWords of [true, false]) {
      const compiled = compileModel(linear, quotedWords);
      for (const draft of drafts) {
        const model = buildTextModel(draft.text);
        const byName = model.sentences.map((_, sentence) => {
          const features = sentenceFeatures(model, sentence, linear.prefix).filter((feature) => quotedWords || !feature.quoted);
          if (features.length === 0) return undefined;
          return features.reduce((sum, feature) => sum + (Object.hasOwn(linear.weights, feature.name) ? linear.weights[feature.name]! : 0), linear.bias);
        });
        const byNumber = sentenceScores(model, compiled);
        expect(byNumber.length).toBe(byName.length);
        byNumber.forEach((score, index) => {
          if (score === undefined || byName[index] === undefined) expect(score, draft.id).toBe(byName[index]);
          else expect(score, draft.id).toBeCloseTo(byName[index]!, 9);
        });
      }
    }
  });
});

describe('classifier: what it flags and why', () => {
  const pack = packWith([REPROACH]);

  it('a sentence above the threshold, naming the words that tipped it', () => {
    const [finding] = findings(pack, 'Hej. Du borde uppenbarligen läsa först.');
    expect(finding).toMatchObject({ category: 'tone', message: 'Tonen: ”Du”, ”borde”, ”uppenbarligen”' });
    expect('Hej. Du borde uppenbarligen läsa först.'.slice(finding!.start, finding!.end)).toBe('Du borde uppenbarligen läsa först.');
  });

  it('leaves a sentence at or below the threshold alone', () => {
    expect(flagged(pack, 'Du borde läsa.')).toEqual([]); // -1 + 1.5 = 0.5: not above
    expect(flagged(pack, 'Tack, du borde uppenbarligen läsa.')).toEqual([]);
    expect(flagged(pack, 'Biblioteket har öppet i dag.')).toEqual([]);
  });

  it('a pack\'s own weights override the model\'s', () => {
    const gentler = packWith([{ ...REPROACH, model: 'sv-tone', weights: { '<du> borde': -5 } }]);
    const rule = gentler.rules[0]!;
    expect(rule.kind === 'classifier' && rule.weights['<du> borde']).toBe(-5);
    expect(rule.kind === 'classifier' && Object.keys(rule.weights).length).toBeGreaterThan(100);
  });

  it('is silent where another rule of its category already flags the sentence', () => {
    const both = packWith([REPROACH, { kind: 'tone', category: 'tone', phrases: ['läs på'], constructions: false }]);
    const text = 'Du borde uppenbarligen läs på.';
    expect(findings(both, text).map((finding) => finding.ruleId)).toEqual(['test.rule-1']);
    expect(findings(both, 'Du borde uppenbarligen läsa.').map((finding) => finding.ruleId)).toEqual(['test.rule-0']);
  });

  it('is silent where a category it also defers to is flagged', () => {
    const rules = [
      { kind: 'classifier', category: 'personal-data', message: '{value}', bias: 0, threshold: 0.5, weights: { boendestöd: 1 }, alsoDefersTo: ['confidential'] },
      { kind: 'confidential', category: 'confidential', topics: ['boendestöd'] },
    ];
    expect(findings(packWith(rules), 'Ditt boendestöd är beviljat.').map((finding) => finding.category)).toEqual(['confidential']);
  });

  it('judges the writer\'s own words for tone, but personal data wherever it stands', () => {
    expect(flagged(packWith([REPROACH]), 'Kommentaren ”du borde uppenbarligen läsa” har vi tagit bort.')).toEqual([]);
    const health = packWith([{ kind: 'classifier', category: 'personal-data', message: '{value}', bias: 0, threshold: 0.5, weights: { diabetes: 1 } }]);
    expect(flagged(health, 'Hon skrev ”jag har diabetes” i tråden.')).toHaveLength(1);
  });

  it('offers the template it is given', () => {
    const referral = packWith([{ kind: 'classifier', category: 'identity', message: '{value}', bias: 0, threshold: 0.5, weights: { handläggare: 1 }, template: 'privateReferral' }]);
    expect(findings(referral, 'Jag är din handläggare.')[0]?.template?.id).toBe('privateReferral');
  });

  it('is linear in the text: a 200,000-character sentence is one pass', () => {
    const text = `${'du borde uppenbarligen '.repeat(9_000)}.`;
    expect(findings(pack, text)).toHaveLength(1);
  });
});

describe('classifier: a pack that uses it', () => {
  const base = { id: 'x', name: 'X', organisation: 'X', version: '1.0.0', policy: { title: 'X' }, templates: TEMPLATES };
  const rule = { id: 'x.a', kind: 'classifier', category: 'tone', severity: 'warning', message: 'm', policyRef: POLICY_REF };

  it('needs a model or weights', () => {
    const result = loadPack({ ...base, rules: [rule] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([expect.objectContaining({ path: 'rules[0].model', message: expect.stringContaining('"model" or "weights"') })]);
  });

  it('names an unknown model by its place', () => {
    const result = loadPack({ ...base, rules: [{ ...rule, model: 'sv-weather' }] });
    expect(!result.ok && result.problems.map((problem) => problem.path)).toEqual(['rules[0].model']);
  });

  it('a loaded pack carries the weights and loads again as it is', () => {
    const loaded = loadPack({ ...base, rules: [{ ...rule, model: 'sv-tone' }] });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const { lineage: _lineage, ...exported } = loaded.pack;
    const again = loadPack(exported);
    expect(again.ok && again.pack.rules).toEqual(loaded.pack.rules);
  });

  it('the built-in pack backs up tone, personal data, sekretess, the private profile and opinions on the official account', () => {
    const models = builtinPack('bas').rules.filter((candidate) => candidate.kind === 'classifier');
    expect(models.map((model) => model.category).sort()).toEqual(['confidential', 'identity', 'identity', 'personal-data', 'tone']);
    expect(models.filter((model) => model.category === 'identity').map((model) => model.accounts)).toEqual([['private'], ['official']]);
  });
});
