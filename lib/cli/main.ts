/**
 * `policyvakt`: the engine on the command line, for admins testing packs and for communicators
 * checking a text before pasting it. Exit codes: 0 no error-severity finding, 1 at least one,
 * 2 usage or pack problems (and for `pack validate`: 0 valid, 1 invalid, 2 usage).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateKeyPair, sha256, sign } from '../admin/signature';
import { lint } from '../engine/lint';
import { ACCOUNT_KINDS, type AccountKind, type LintResult, PLATFORMS, type Platform } from '../engine/types';
import { BUILTIN_PACK_IDS, builtinPackSource } from '../packs/builtin';
import { packJsonSchema } from '../packs/json-schema';
import { loadPack } from '../packs/load';
import { problemToString } from '../packs/problems';
import type { Pack } from '../packs/schema';
import { formatJson, formatText } from './format';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  color: boolean;
}

const USAGE = `Usage:
  policyvakt check [--pack ID|FILE] [--platform facebook|x|youtube]
                   [--account official|private|unknown] [--format text|json] FILE... | -
  policyvakt pack validate FILE     check a pack: schema, extends, overrides and its rules' tests
  policyvakt pack schema            print the JSON Schema for rule packs
  policyvakt pack list              list the built-in packs
  policyvakt pack keygen [--out NAME]
                                    make an Ed25519 key pair: NAME.key (keep secret), NAME.pub
  policyvakt pack sign --key FILE PACK
                                    sign PACK's bytes; writes PACK.sig next to it

Defaults: --pack bas --platform facebook --account official --format text.
Built-in packs: ${BUILTIN_PACK_IDS.join(', ')}. "-" reads the draft from standard input.
Exit: 0 no error-severity finding, 1 at least one, 2 usage or pack problems.`;

class UsageError extends Error {}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const print = (stream: NodeJS.WritableStream, text: string) => stream.write(text.endsWith('\n') ? text : `${text}\n`);
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'check':
        return await check(rest, io, print);
      case 'pack':
        return await packCommand(rest, io, print);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        print(command === undefined ? io.stderr : io.stdout, USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      print(io.stderr, `policyvakt: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

type Print = (stream: NodeJS.WritableStream, text: string) => void;

async function check(argv: string[], io: CliIo, print: Print): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        pack: { type: 'string', default: 'bas' },
        platform: { type: 'string', default: 'facebook' },
        account: { type: 'string', default: 'official' },
        format: { type: 'string', default: 'text' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const platform = oneOf(values.platform, PLATFORMS, '--platform');
  const account = oneOf(values.account, ACCOUNT_KINDS, '--account');
  const format = oneOf(values.format, ['text', 'json'] as const, '--format');
  if (positionals.length === 0) throw new UsageError('give one or more files to check, or "-" for standard input');

  const pack = loadPackArgument(values.pack, io, print);
  if (!pack) return 2;

  const results: Array<{ file: string; text: string; result: LintResult }> = [];
  for (const file of positionals) {
    let text: string;
    try {
      text = file === '-' ? await readStream(io.stdin) : readFileSync(resolve(io.cwd, file), 'utf8');
    } catch (error) {
      print(io.stderr, `policyvakt: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      return 2;
    }
    results.push({ file, text, result: lint(text, { pack, platform: platform as Platform, account: account as AccountKind }) });
  }

  print(io.stdout, format === 'json' ? formatJson(results) : formatText(results, io.color));
  return results.some(({ result }) => result.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}

async function packCommand(argv: string[], io: CliIo, print: Print): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'schema':
      print(io.stdout, JSON.stringify(packJsonSchema(), null, 2));
      return 0;
    case 'list':
      for (const id of BUILTIN_PACK_IDS) {
        const source = builtinPackSource(id) as { name: string; version: string; policy: { title: string } };
        print(io.stdout, `${id}\t${source.version}\t${source.name} — ${source.policy.title}`);
      }
      return 0;
    case 'validate': {
      if (rest.length !== 1) throw new UsageError('pack validate takes one FILE');
      const input = readPackFile(rest[0]!, io, print);
      if (input === undefined) return 2;
      const result = loadPack(input, { lookup: builtinPackSource });
      if (!result.ok) {
        print(io.stderr, `${rest[0]}: the pack is not valid (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'})`);
        for (const problem of result.problems) print(io.stderr, `  ${problemToString(problem)}`);
        return 1;
      }
      const { pack } = result;
      const tests = pack.rules.filter((rule) => rule.enabled).reduce((sum, rule) => sum + rule.tests.length, 0);
      print(
        io.stdout,
        `${rest[0]}: ${pack.id} ${pack.version} is valid — ${pack.rules.length} rules (${pack.rules.filter((r) => r.enabled).length} enabled), ${tests} rule tests passed${pack.lineage.length > 1 ? `, extends ${pack.lineage.slice(0, -1).join(' → ')}` : ''}`,
      );
      return 0;
    }
    case 'keygen':
      return keygen(rest, io, print);
    case 'sign':
      return signPack(rest, io, print);
    default:
      throw new UsageError(
        sub === undefined ? 'pack needs a subcommand: validate, schema, list, keygen or sign' : `unknown pack subcommand "${sub}"`,
      );
  }
}

/** Writes NAME.key (PKCS #8, base64, readable by the owner only) and NAME.pub (raw, base64). */
async function keygen(argv: string[], io: CliIo, print: Print): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { out: { type: 'string', default: 'policyvakt-pack' } }, allowPositionals: true });
  if (positionals.length > 0) throw new UsageError('pack keygen takes no FILE; use --out NAME');
  const base = resolve(io.cwd, values.out);
  if (existsSync(`${base}.key`)) {
    print(io.stderr, `policyvakt: ${base}.key exists; refusing to overwrite a private key`);
    return 2;
  }
  const pair = await generateKeyPair();
  writeFileSync(`${base}.key`, `${pair.privateKey}\n`, { mode: 0o600 });
  writeFileSync(`${base}.pub`, `${pair.publicKey}\n`);
  print(io.stdout, `private key: ${base}.key (keep it secret)\npublic key:  ${base}.pub\n\n${pair.publicKey}\n\nPut the public key in the policy's trustedKeys.`);
  return 0;
}

/** Signs the pack file's exact bytes; the signature goes to PACK.sig, served next to the pack. */
async function signPack(argv: string[], io: CliIo, print: Print): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { key: { type: 'string' }, out: { type: 'string' } }, allowPositionals: true });
  if (!values.key || positionals.length !== 1) throw new UsageError('pack sign takes --key FILE and one PACK');
  const file = resolve(io.cwd, positionals[0]!);
  const bytes = new Uint8Array(readFileSync(file));
  const input = readPackFile(file, io, print);
  if (input === undefined) return 2;
  const checked = loadPack(input, { lookup: builtinPackSource });
  if (!checked.ok) {
    print(io.stderr, `${positionals[0]}: the pack is not valid; fix it before signing:`);
    for (const problem of checked.problems) print(io.stderr, `  ${problemToString(problem)}`);
    return 1;
  }
  let signature: string;
  try {
    signature = await sign(bytes, readFileSync(resolve(io.cwd, values.key), 'utf8'));
  } catch (error) {
    print(io.stderr, `policyvakt: cannot sign with ${values.key}: ${(error as Error).message}`);
    return 2;
  }
  const out = values.out ? resolve(io.cwd, values.out) : `${file}.sig`;
  writeFileSync(out, `${signature}\n`);
  print(io.stdout, `${positionals[0]}: ${checked.pack.id} ${checked.pack.version} signed → ${out}\nSHA-256 ${await sha256(bytes)}`);
  return 0;
}

/** --pack takes a built-in id or a file; a broken pack is reported and nothing is checked. */
function loadPackArgument(value: string, io: CliIo, print: Print): Pack | undefined {
  const input = BUILTIN_PACK_IDS.includes(value) ? builtinPackSource(value) : readPackFile(value, io, print);
  if (input === undefined) return undefined;
  const result = loadPack(input, { lookup: builtinPackSource });
  if (!result.ok) {
    print(io.stderr, `policyvakt: the pack ${value} is not valid:`);
    for (const problem of result.problems) print(io.stderr, `  ${problemToString(problem)}`);
    return undefined;
  }
  return result.pack;
}

function readPackFile(file: string, io: CliIo, print: Print): unknown {
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const hint = code === 'ENOENT' && !file.includes('.') ? ` (not a built-in pack either: ${BUILTIN_PACK_IDS.join(', ')})` : '';
    print(io.stderr, `policyvakt: cannot read pack ${file}: ${code ?? (error as Error).message}${hint}`);
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    print(io.stderr, `policyvakt: ${file} is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
