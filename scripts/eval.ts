/**
 * `npm run eval`: precision and recall per category on the labelled corpus (tests/corpus/), with
 * every miss and false alarm, so a change to a rule shows what it gained and what it broke.
 * Exits 1 when a category is below the bar.
 */
import { BAR, loadCorpus, runDraft, score, type Outcome } from '../lib/eval/corpus';

const drafts = loadCorpus(new URL('../tests/corpus/', import.meta.url).pathname);
const scores = score(drafts.map(runDraft));
const percent = (value: number) => `${(value * 100).toFixed(1)} %`.padStart(8);
const excerpt = (text: string) => JSON.stringify(text.length > 110 ? `${text.slice(0, 107)}…` : text);
const describe = (outcome: Outcome) => {
  const found = outcome.findings.map((f) => `${f.ruleId}: ${JSON.stringify(outcome.draft.text.slice(f.start, f.end)).slice(0, 50)}`);
  return `    ${outcome.draft.id} [${outcome.draft.platform}, ${outcome.draft.account}] ${excerpt(outcome.draft.text)}${found.length ? `\n      found: ${found.join('; ')}` : ''}`;
};

console.log(`Policyvakt corpus evaluation — ${drafts.length} drafts\n`);
console.log('category          must  must-not   precision     recall');
for (const s of scores) {
  const positives = s.truePositives + s.misses.length;
  const negatives = s.trueNegatives + s.falseAlarms.length;
  const ok = s.precision >= BAR && s.recall >= BAR ? '✓' : '✗';
  console.log(`${s.category.padEnd(16)} ${String(positives).padStart(5)} ${String(negatives).padStart(9)} ${percent(s.precision)}   ${percent(s.recall)}  ${ok}`);
}
for (const s of scores) {
  if (s.misses.length === 0 && s.falseAlarms.length === 0) continue;
  console.log(`\n${s.category}`);
  if (s.misses.length) console.log(`  missed (${s.misses.length}):\n${s.misses.map((o) => describe(o)).join('\n')}`);
  if (s.falseAlarms.length) console.log(`  false alarms (${s.falseAlarms.length}):\n${s.falseAlarms.map((o) => describe(o)).join('\n')}`);
}
const failing = scores.filter((s) => s.precision < BAR || s.recall < BAR);
console.log(failing.length === 0 ? `\nEvery category at or above ${BAR}.` : `\nBelow ${BAR}: ${failing.map((s) => s.category).join(', ')}`);
process.exitCode = failing.length === 0 ? 0 : 1;
