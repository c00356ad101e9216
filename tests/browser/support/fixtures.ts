/**
 * Editor fixture pages: the apps in tests/fixtures/editors/ bundled at test time with esbuild
 * (already installed as vite's dependency) into one inline script, served under a site's real
 * host name so that the built extension's content scripts run on them as on the site.
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { BrowserContext } from 'playwright-core';

export type EditorApp = 'lexical-app.ts' | 'draft-app.tsx' | 'youtube-app.ts' | 'studio-app.ts';

const bundles = new Map<string, Promise<string>>();

/** One entry point as one IIFE, with the editors' production builds (what the sites run); cached per run. */
function bundle(entry: string): Promise<string> {
  let result = bundles.get(entry);
  if (!result) {
    result = build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      // Lexical picks its build by export condition, React and Draft.js by NODE_ENV.
      conditions: ['production'],
      define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
      jsx: 'automatic',
      logLevel: 'silent',
    }).then((output) => output.outputFiles[0]!.text);
    bundles.set(entry, result);
  }
  return result;
}

export const bundleApp = (app: EditorApp): Promise<string> => bundle(`tests/fixtures/editors/${app}`);

/** Policyvakt's composer reader for the page's main world (see composer-probe.ts). */
export const composerProbe = (): Promise<string> => bundle('tests/browser/support/composer-probe.ts');

/** Draft.js's own stylesheet (white-space, placeholder), as x.com loads it. */
const DRAFT_CSS = readFileSync('node_modules/draft-js/dist/Draft.css', 'utf8');

export async function editorPage(app: EditorApp, title: string): Promise<string> {
  // "</script" inside the bundle would end the inline script early.
  const script = (await bundleApp(app)).replaceAll('</script', '<\\/script');
  const style = app === 'draft-app.tsx' ? `<style>${DRAFT_CSS}</style>` : '';
  return `<!doctype html>
<html lang="sv">
  <head><meta charset="utf-8" /><title>${title}</title>${style}</head>
  <body>
    <script>${script}</script>
  </body>
</html>`;
}

/** Serves the app's page for every URL under `origin` (e.g. https://x.com). */
export async function serveEditorApp(context: BrowserContext, origin: string, app: EditorApp, title: string): Promise<void> {
  const html = await editorPage(app, title);
  await context.route(`${origin}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}
