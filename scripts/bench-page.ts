/**
 * The content script on a busy page: 10,000 nodes, DOM mutations every frame (like Facebook's
 * feed), and someone typing in a composer. Runs the same page in Chromium with and without the
 * built extension and reports the main-thread script time Policyvakt adds per keystroke, and the
 * long tasks (> 50 ms) seen in each run. Used by `npm run bench`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR } from '../tests/browser/support/chromium';

const PAGE = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Flöde</title></head><body>
<div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Skriv en kommentar …" id="composer"><p><br></p></div>
<div id="feed"></div>
<script>
  const feed = document.getElementById('feed');
  for (let i = 0; i < 2500; i++) {
    const post = document.createElement('article');
    post.innerHTML = '<h3>Inlägg ' + i + '</h3><p>Text i flödet som ändras hela tiden.</p><span>' + i + ' gilla</span>';
    feed.appendChild(post);
  }
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
  let n = 0;
  (function mutate() {
    const post = feed.children[n++ % feed.children.length];
    post.lastChild.textContent = n + ' gilla';
    const extra = document.createElement('div');
    extra.textContent = 'ny kommentar ' + n;
    feed.appendChild(extra);
    // Nodes come and go like a live feed, keeping the page at about 10,000 nodes.
    if (n % 2 === 0) feed.querySelector('div')?.remove();
    requestAnimationFrame(mutate);
  })();
</script></body></html>`;

const DRAFT =
  'Hej Anna! Tack för din fråga om snöröjningen på Storgatan. Vi har skickat den vidare till gatuavdelningen, ' +
  'som återkommer till dig i morgon. Ni kan erhålla mer information på vår webbplats. Ha en fin dag!';

async function run(withExtension: boolean) {
  const profile = mkdtempSync(join(tmpdir(), 'policyvakt-bench-'));
  const args = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context: BrowserContext = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args });
  try {
    await context.route((url) => url.protocol.startsWith('http'), (route) => route.abort('blockedbyclient'));
    await context.route('https://www.facebook.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }));
    if (withExtension) context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto('https://www.facebook.com/bench');
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.locator('#composer').click();
    await page.waitForTimeout(500);
    const metric = async (name: string) =>
      ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    // Long tasks of the page load itself (building 10,000 nodes) are not the composer's business.
    await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
    const scriptBefore = await metric('ScriptDuration');
    await page.keyboard.type(DRAFT, { delay: 15 });
    await page.waitForTimeout(400);
    const scriptMs = (await metric('ScriptDuration')) - scriptBefore;
    const longTasks = (await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks)) as number[];
    return { nodes, scriptMs, longTasks };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function benchBusyPage(): Promise<boolean> {
  console.log('\nContent script on a busy page (10,000 nodes, mutations every frame, typing in a Lexical-like composer):');
  if (!existsSync(CHROMIUM) || !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.log('  skipped — needs /usr/bin/chromium and `npm run build`');
    return true;
  }
  const without = await run(false);
  const withExtension = await run(true);
  const added = Math.max(0, withExtension.scriptMs - without.scriptMs);
  const perKey = added / DRAFT.length;
  const longest = Math.max(0, ...withExtension.longTasks);
  const baselineLongest = Math.max(0, ...without.longTasks);
  console.log(`  page: ${withExtension.nodes.toLocaleString('en')} nodes; ${DRAFT.length} keystrokes`);
  console.log(`  main-thread script time: ${without.scriptMs.toFixed(0)} ms without, ${withExtension.scriptMs.toFixed(0)} ms with Policyvakt`);
  console.log(`  added by Policyvakt: ${added.toFixed(0)} ms in all, ${perKey.toFixed(3)} ms per keystroke`);
  console.log(`  long tasks (> 50 ms) while typing: ${without.longTasks.length} without (longest ${baselineLongest.toFixed(0)} ms), ${withExtension.longTasks.length} with (longest ${longest.toFixed(0)} ms)`);
  const ok = withExtension.longTasks.length <= without.longTasks.length;
  console.log(`  ${ok ? '✓' : '✗'} no long task caused by Policyvakt`);
  return ok;
}
