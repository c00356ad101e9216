#!/usr/bin/env node
// The command line runs the engine's TypeScript sources directly through tsx, so `npx policyvakt`
// works right after `npm ci` with no build step, and always runs the same code as the extension.
import { register as registerHook } from 'node:module';
import { register } from 'tsx/esm/api';

// The same franc language models as the extension (lib/build/franc-models.mjs).
registerHook('../lib/build/franc-node-hook.mjs', import.meta.url);
register();
const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
});
