/**
 * npm run bench: the engine's speed with the hofors pack and the size of each built content script,
 * against the budgets in the issues. Budgets are checked here, never in timed unit tests.
 *
 *   lint(): median ≤ 0.2 ms for 280 characters, ≤ 10 ms for 20,000, time linear in length,
 *           a 1 MB draft completes without error.
 */
import { benchBusyPage } from './bench-page';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { lint } from '../lib/engine/lint';
import { builtinPack } from '../lib/packs/builtin';

const pack = builtinPack('hofors');

// Realistic drafts: replies, announcements and a hostile thread, with something for every rule.
const SENTENCES = [
  'Hej och tack för Er fråga om förskolans öppettider!',
  'Du kommer att erhålla ett beslut inom två veckor, och du kan läsa mer på www.hofors.se/forskola.',
  'Simhallen är stängd på måndag på grund av reparationer, men vi öppnar igen på tisdag klockan sju.',
  'Mitt personnummer är 811218-9876, kan ni kolla mitt ärende?',
  'Vi har tagit emot orosanmälan om din son och utredningen pågår.',
  'Läs på innan du skriver sådant här!!!',
  'Kommunstyrelsen beslutade i går att anslaget till föreningslivet ska höjas med tio procent nästa år.',
  'Har du frågor är du välkommen att ringa kommunens växel eller mejla kommun@hofors.se 😊',
  'Beträffande snöröjningen på Storgatan skall vi återkomma så snart som möjligt.',
  'Tack till alla som kom på invigningen av nya lekparken i helgen, det var fantastiskt roligt att se så många glada barn.',
  'Jag arbetar på miljöförvaltningen och kan säga att tillståndet kommer nästa vecka.',
  'Till er som har barn i förskolan: ni är välkomna på föräldramöte den 12 mars kl. 18.00 i aulan.',
];

function draftOfLength(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += (i % 4 === 3 ? '\n\n' : ' ') + SENTENCES[i % SENTENCES.length];
  return text.trim().slice(0, length);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function time(text: string, runs: number): { median: number; p95: number } {
  const options = { pack, platform: 'facebook' as const, account: 'private' as const };
  for (let i = 0; i < Math.min(50, runs); i++) lint(text, options); // warm up the JIT and the compiled pack
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    lint(text, options);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p95: percentile(samples, 95) };
}

const mark = (ok: boolean) => (ok ? '✓' : '✗ OVER BUDGET');
let failed = false;

console.log(`Policyvakt benchmark — pack ${pack.id} ${pack.version} (${pack.rules.length} rules), Node ${process.version}\n`);
console.log('lint()            median      p95   per 1,000 chars  findings');
const budgets: Record<number, number> = { 280: 0.2, 20_000: 10 };
const perThousand: number[] = [];
for (const [length, runs] of [
  [280, 3000],
  [2_000, 1000],
  [20_000, 200],
] as const) {
  const text = draftOfLength(length);
  const { median, p95 } = time(text, runs);
  const findings = lint(text, { pack, platform: 'facebook', account: 'private' }).findings.length;
  const budget = budgets[length];
  const verdict = budget === undefined ? '' : `  budget ≤ ${budget} ms ${mark(median <= budget)}`;
  if (budget !== undefined && median > budget) failed = true;
  perThousand.push((median / length) * 1000);
  console.log(
    `${`${length.toLocaleString('en')} chars`.padEnd(16)} ${median.toFixed(3).padStart(7)} ms ${p95.toFixed(3).padStart(7)} ms  ${((median / length) * 1000).toFixed(3).padStart(9)} ms  ${String(findings).padStart(8)}${verdict}`,
  );
}
// Linear means the cost per character of the longest draft is not far above that of the mid-size one.
const growth = perThousand[2]! / perThousand[1]!;
console.log(`\ngrowth 2,000 → 20,000 chars: ${growth.toFixed(2)}× the cost per character  ${mark(growth < 2)} (linear)`);
if (growth >= 2) failed = true;

const megabyte = draftOfLength(1_000_000);
const start = performance.now();
const big = lint(megabyte, { pack, platform: 'x', account: 'private' });
console.log(`1 MB draft: ${(performance.now() - start).toFixed(0)} ms, ${big.findings.length} findings, completed ✓`);

// Drafts built to be slow: each must stay linear (200k costs about twice 100k).
const ADVERSARIAL: [string, string][] = [
  ['short sentences', 'Du? Nej! Ja. '],
  ['separators in one run', '1-1-1-_%+'],
  ['spaced personnummer', '811218 9876 och '],
  ['departure times', '05 05 05 20 '],
  ['home addresses', 'han bor på Storgatan 12 och '],
  ['one pronoun, over and over', 'du '],
  ['line breaks', 'Hej\n'],
  ['quotation marks', '”din ”synpunkt” '],
  ['emoji', '😀🙄 '],
  ['capitals', 'LÄS PÅ DU '],
  ['no sentence breaks', 'och så vidare '],
];
const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const once = (text: string) => {
  const start = performance.now();
  lint(text, { pack, platform: 'facebook', account: 'private' });
  return performance.now() - start;
};
console.log('\nAdversarial drafts          100k chars   200k chars   growth');
let worst = { name: '', ms: 0 };
for (const [name, unit] of ADVERSARIAL) {
  once(repeatTo(unit, 2_000));
  const at100 = Math.min(once(repeatTo(unit, 100_000)), once(repeatTo(unit, 100_000)));
  const at200 = Math.min(once(repeatTo(unit, 200_000)), once(repeatTo(unit, 200_000)));
  const growth = at200 / at100;
  if (at100 > worst.ms) worst = { name, ms: at100 };
  if (growth > 2.2) failed = true;
  console.log(`${name.padEnd(26)} ${at100.toFixed(0).padStart(8)} ms  ${at200.toFixed(0).padStart(8)} ms   ${growth.toFixed(2)}× ${mark(growth <= 2.2)}`);
}
console.log(`worst: ${worst.name}, ${worst.ms.toFixed(0)} ms per 100,000 characters (issue budget 50 ms)`);

console.log('\nContent scripts (.output/chrome-mv3/content-scripts):');
const dir = join(import.meta.dirname, '..', '.output', 'chrome-mv3', 'content-scripts');
if (!existsSync(dir)) {
  console.log('  not built yet — run `npm run build` first');
} else {
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js')).sort()) {
    const bytes = statSync(join(dir, file)).size;
    const gzipped = gzipSync(readFileSync(join(dir, file))).length;
    console.log(`  ${file.padEnd(24)} ${(bytes / 1024).toFixed(1).padStart(7)} KiB  (${(gzipped / 1024).toFixed(1)} KiB gzip)`);
  }
}

const pageOk = await benchBusyPage();
process.exitCode = failed || !pageOk ? 1 : 0;
