/**
 * The labelled corpus (tests/corpus/*.json): realistic drafts, each with the categories it must and
 * must not trigger. Scoring counts, per category, the drafts it fired on correctly (true positives),
 * the ones it missed and the false alarms, from which `npm run eval` prints precision and recall.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { lint } from '../engine/lint';
import { ACCOUNT_KINDS, CATEGORIES, PLATFORMS, type Category, type Finding } from '../engine/types';
import { builtinPack } from '../packs/builtin';
import { problemToString, zodProblems } from '../packs/problems';

export const draftSchema = z.strictObject({
  id: z.string().min(1),
  text: z.string(),
  platform: z.enum(PLATFORMS).default('facebook'),
  account: z.enum(ACCOUNT_KINDS).default('official'),
  thread: z.strictObject({ official: z.boolean().optional() }).optional(),
  pack: z.string().default('bas'),
  must: z.array(z.enum(CATEGORIES)).default([]),
  mustNot: z.array(z.enum(CATEGORIES)).default([]),
  note: z.string().optional(),
});
export type Draft = z.output<typeof draftSchema>;

export function loadCorpus(directory: string): Draft[] {
  const drafts: Draft[] = [];
  const ids = new Set<string>();
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.json')).sort()) {
    const raw: unknown = JSON.parse(readFileSync(join(directory, file), 'utf8'));
    const parsed = z.array(draftSchema).safeParse(raw);
    if (!parsed.success) {
      throw new Error(`${file}:\n${zodProblems(parsed.error, raw).map(problemToString).join('\n')}`);
    }
    for (const draft of parsed.data) {
      if (ids.has(draft.id)) throw new Error(`${file}: the id "${draft.id}" is used twice in the corpus`);
      const both = draft.must.filter((category) => draft.mustNot.includes(category));
      if (both.length > 0) throw new Error(`${file}: "${draft.id}" lists ${both.join(', ')} in both must and mustNot`);
      ids.add(draft.id);
      drafts.push(draft);
    }
  }
  return drafts;
}

export interface Outcome {
  draft: Draft;
  findings: Finding[];
  fired: Set<Category>;
}

export function runDraft(draft: Draft): Outcome {
  const result = lint(draft.text, {
    pack: builtinPack(draft.pack),
    platform: draft.platform,
    account: draft.account,
    thread: draft.thread,
  });
  return { draft, findings: result.findings, fired: new Set(result.findings.map((finding) => finding.category)) };
}

export interface CategoryScore {
  category: Category;
  truePositives: number;
  trueNegatives: number;
  misses: Outcome[];
  falseAlarms: Outcome[];
  precision: number;
  recall: number;
}

export function score(outcomes: Outcome[]): CategoryScore[] {
  return CATEGORIES.map((category) => {
    let truePositives = 0;
    let trueNegatives = 0;
    const misses: Outcome[] = [];
    const falseAlarms: Outcome[] = [];
    for (const outcome of outcomes) {
      const fired = outcome.fired.has(category);
      if (outcome.draft.must.includes(category)) {
        if (fired) truePositives++;
        else misses.push(outcome);
      } else if (outcome.draft.mustNot.includes(category)) {
        if (fired) falseAlarms.push(outcome);
        else trueNegatives++;
      }
    }
    const ratio = (good: number, bad: number) => (good + bad === 0 ? 1 : good / (good + bad));
    return {
      category,
      truePositives,
      trueNegatives,
      misses,
      falseAlarms,
      precision: ratio(truePositives, falseAlarms.length),
      recall: ratio(truePositives, misses.length),
    };
  });
}

/** The bar set in issue 3 for every category. */
export const BAR = 0.95;
