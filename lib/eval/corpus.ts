/**
 * Labelled drafts, each with the categories it must and must not trigger: the project's own corpus
 * (tests/corpus/*.json) and any JSON Lines file in the format of independently written sets
 * (`{ id, text, platform, account, pack, expect, forbid, hard }`, one object a line). Scoring counts,
 * per category, the drafts it fired on correctly (true positives), the ones it missed and the false
 * alarms, from which `npm run eval` prints precision and recall.
 *
 * What counts as firing: a category the draft must trigger has to come as a warning or an error (an
 * info hint is easy to overlook, and the submit guard ignores it); a category it must not trigger
 * may not appear at all, not even as a hint. The one exception is `language`, a hint by design: it
 * tells the writer that the Swedish checks did not run.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
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
  /** A near miss: written to look like a problem it is not, or the other way round. */
  hard: z.boolean().default(false),
  note: z.string().optional(),
});
export type Draft = z.output<typeof draftSchema>;

/** One line of an independently written set: `expect` and `forbid` for must and mustNot. */
const independentDraftSchema = z
  .strictObject({
    id: z.string().min(1),
    text: z.string(),
    platform: z.enum(PLATFORMS),
    account: z.enum(ACCOUNT_KINDS),
    pack: z.string(),
    expect: z.array(z.enum(CATEGORIES)),
    forbid: z.array(z.enum(CATEGORIES)),
    hard: z.boolean().default(false),
  })
  .transform(({ expect, forbid, ...rest }) => ({ ...rest, must: expect, mustNot: forbid }));

/**
 * A corpus: a folder of JSON arrays (the own corpus), one such array, or one JSON Lines file. Problems name the file,
 * the line or the place in the array.
 */
export function loadCorpus(path: string): Draft[] {
  const drafts: Draft[] = [];
  const ids = new Set<string>();
  const add = (file: string, draft: Draft) => {
    if (ids.has(draft.id)) throw new Error(`${file}: the id "${draft.id}" is used twice in the corpus`);
    const both = draft.must.filter((category) => draft.mustNot.includes(category));
    if (both.length > 0) throw new Error(`${file}: "${draft.id}" lists ${both.join(', ')} in both must and mustNot`);
    ids.add(draft.id);
    drafts.push(draft);
  };
  const arrayFile = (file: string, text: string) => {
    const raw: unknown = JSON.parse(text);
    const parsed = z.array(draftSchema).safeParse(raw);
    if (!parsed.success) {
      throw new Error(`${file}:\n${zodProblems(parsed.error, raw).map(problemToString).join('\n')}`);
    }
    for (const draft of parsed.data) add(file, draft);
  };
  if (statSync(path).isFile()) {
    const file = basename(path);
    const text = readFileSync(path, 'utf8');
    // One file of the own corpus (a JSON array) or a JSON Lines set.
    if (text.trimStart().startsWith('[')) {
      arrayFile(file, text);
      return drafts;
    }
    text
      .split('\n')
      .forEach((line, index) => {
        if (line.trim() === '') return;
        let raw: unknown;
        try {
          raw = JSON.parse(line);
        } catch (error) {
          throw new Error(`${file} line ${index + 1}: not JSON (${(error as Error).message})`);
        }
        const parsed = independentDraftSchema.safeParse(raw);
        if (!parsed.success) {
          throw new Error(`${file} line ${index + 1}:\n${zodProblems(parsed.error, raw).map(problemToString).join('\n')}`);
        }
        add(file, draftSchema.parse(parsed.data));
      });
    return drafts;
  }
  for (const file of readdirSync(path).filter((name) => name.endsWith('.json')).sort()) {
    arrayFile(file, readFileSync(join(path, file), 'utf8'));
  }
  return drafts;
}

export interface Outcome {
  draft: Draft;
  findings: Finding[];
  /** Categories found at warning or error: what a must-category needs. */
  fired: Set<Category>;
  /** Categories found at any severity: what a mustNot-category forbids. */
  mentioned: Set<Category>;
}

export function runDraft(draft: Draft): Outcome {
  const result = lint(draft.text, {
    pack: builtinPack(draft.pack),
    platform: draft.platform,
    account: draft.account,
    thread: draft.thread,
  });
  return {
    draft,
    findings: result.findings,
    fired: new Set(
      result.findings.filter((finding) => finding.severity !== 'info' || finding.category === 'language').map((finding) => finding.category),
    ),
    mentioned: new Set(result.findings.map((finding) => finding.category)),
  };
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
      if (outcome.draft.must.includes(category)) {
        if (outcome.fired.has(category)) truePositives++;
        else misses.push(outcome);
      } else if (outcome.draft.mustNot.includes(category)) {
        if (outcome.mentioned.has(category)) falseAlarms.push(outcome);
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

/** The bar for every category: precision and recall of at least 0.95. */
export const BAR = 0.95;

/** Clean drafts (nothing they must trigger) that got any finding in a category they must not. */
export function falseAlarmsOnClean(outcomes: Outcome[]): Outcome[] {
  return outcomes.filter(
    (outcome) => outcome.draft.must.length === 0 && outcome.draft.mustNot.some((category) => outcome.mentioned.has(category)),
  );
}
