/**
 * `npm run eval [-- CORPUS …]`: precision and recall per category on each labelled corpus given —
 * the own corpus (tests/corpus/, the default) and any JSON Lines file of independently written
 * drafts, such as ../shared/testdata/independent-drafts/dev.jsonl — with every miss and false alarm,
 * so a change to a rule shows what it gained and what it broke. `--quiet` prints the tables only.
 * Exits 1 when a category of any corpus is below the bar.
 */
import { resolve } from 'node:path';
import { BAR, falseAlarmsOnClean, loadCorpus, runDraft, score, type CategoryScore, type Outcome } from '../lib/eval/corpus';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const paths = args.filter((arg) => arg !== '--quiet');
const corpora = paths.length > 0 ? paths : [new URL('../tests/corpus/', import.meta.url).pathname];

const percent = (value: number) => `${(value * 100).toFixed(1)} %`.padStart(8);
const excerpt = (text: string) => JSON.stringify(text.length > 110 ? `${text.slice(0, 107)}…` : text);
const describe = (outcome: Outcome) => {
  const found = outcome.findings.map((f) => `${f.ruleId} (${f.severity}): ${JSON.stringify(outcome.draft.text.slice(f.start, f.end)).slice(0, 50)}`);
  return `    ${outcome.draft.id} [${outcome.draft.platform}, ${outcome.draft.account}, ${outcome.draft.pack}] ${excerpt(outcome.draft.text)}${found.length ? `\n      found: ${found.join('; ')}` : ''}`;
};
const below = (s: CategoryScore) => s.precision < BAR || s.recall < BAR;

let failed = false;
for (const path of corpora) {
  const drafts = loadCorpus(resolve(path));
  const outcomes = drafts.map(runDraft);
  const scores = score(outcomes).filter((s) => s.truePositives + s.misses.length + s.trueNegatives + s.falseAlarms.length > 0);
  const clean = outcomes.filter((outcome) => outcome.draft.must.length === 0);
  const cleanAlarms = falseAlarmsOnClean(outcomes);

  console.log(`\n${path} — ${drafts.length} drafts (${drafts.filter((d) => d.hard).length} near misses)\n`);
  console.log('category          must  must-not   precision     recall');
  for (const s of scores) {
    const positives = s.truePositives + s.misses.length;
    const negatives = s.trueNegatives + s.falseAlarms.length;
    console.log(`${s.category.padEnd(16)} ${String(positives).padStart(5)} ${String(negatives).padStart(9)} ${percent(s.precision)}   ${percent(s.recall)}  ${below(s) ? '✗' : '✓'}`);
  }
  const problems = scores.reduce((sum, s) => sum + s.truePositives + s.misses.length, 0);
  const found = scores.reduce((sum, s) => sum + s.truePositives, 0);
  const alarms = scores.reduce((sum, s) => sum + s.falseAlarms.length, 0);
  const labels = scores.reduce((sum, s) => sum + s.trueNegatives + s.falseAlarms.length, 0);
  console.log(`\nfound ${found} of ${problems} problems; ${alarms} false alarms in ${labels} must-not labels; ${cleanAlarms.length} of ${clean.length} clean drafts with a false alarm`);
  if (!quiet) {
    for (const s of scores) {
      if (s.misses.length === 0 && s.falseAlarms.length === 0) continue;
      console.log(`\n${s.category}`);
      if (s.misses.length) console.log(`  missed (${s.misses.length}):\n${s.misses.map(describe).join('\n')}`);
      if (s.falseAlarms.length) console.log(`  false alarms (${s.falseAlarms.length}):\n${s.falseAlarms.map(describe).join('\n')}`);
    }
  }
  const failing = scores.filter(below);
  if (failing.length > 0 || cleanAlarms.length > 0) failed = true;
  console.log(
    failing.length === 0 ? `\nEvery category at or above ${BAR}.` : `\nBelow ${BAR}: ${failing.map((s) => s.category).join(', ')}`,
  );
}
process.exitCode = failed ? 1 : 0;
