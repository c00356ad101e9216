import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/main';
import { lineAndColumn } from '../../../lib/cli/format';

const root = join(import.meta.dirname, '..', '..', '..');

async function run(argv: string[], stdin = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  const code = await main(argv, { stdin: Readable.from([stdin]), stdout, stderr, cwd: dir, color: false });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'policyvakt-cli-'));
const write = (name: string, content: string) => {
  writeFileSync(join(dir, name), content);
  return name;
};

describe('policyvakt check', () => {
  it('reports findings with line and column and exits 1 when there is an error', async () => {
    const file = write('draft.txt', 'Hej!\nTack för Er fråga.\nMitt personnummer är 811218-9876.\n');
    const { code, out } = await run(['check', file]);
    expect(code).toBe(1);
    expect(out).toMatch(/^ {2}2:10 +warning +Tilltala läsaren med du.*bas\.du-tilltal$/m);
    expect(out).toMatch(/^ {2}3:22 +error +.*bas\.personnummer$/m);
    expect(out).toContain('✖ 2 problems (1 error, 1 warning, 0 info)');
  });

  it('exits 0 when there are only warnings, and 0 for a clean draft', async () => {
    expect((await run(['check', write('warn.txt', 'Du kommer att erhålla ett beslut.')])).code).toBe(0);
    const clean = await run(['check', write('clean.txt', 'Välkommen till biblioteket i helgen!')]);
    expect(clean.code).toBe(0);
    expect(clean.out).toContain('✓ no problems');
  });

  it('prints one JSON object per input with language, LIX and findings', async () => {
    const a = write('a.txt', 'Du kommer att erhålla ett beslut inom två veckor och vi hör av oss till dig.');
    const { code, out } = await run(['check', '--format', 'json', a, '-'], 'Thank you for your question, we will get back to you next week.');
    expect(code).toBe(0);
    const results = JSON.parse(out);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ file: a, language: 'sv' });
    expect(typeof results[0].lix).toBe('number');
    expect(results[0].findings[0]).toEqual({
      ruleId: 'bas.myndighetssprak',
      category: 'plain-language',
      severity: 'warning',
      start: 14,
      end: 21,
      message: 'Skriv hellre ”få” än ”erhålla”.',
      suggestions: ['få'],
      policyRef: expect.objectContaining({ section: '1.4 Använd enkla och begripliga ord' }),
    });
    expect(results[1]).toMatchObject({ file: '-', language: 'en' });
    expect(results[1].findings.map((f: { category: string }) => f.category)).toEqual(['language']);
  });

  it('honours --platform and --account', async () => {
    const long = write('long.txt', 'Vi bygger om. '.repeat(25));
    expect((await run(['check', '--platform', 'x', long])).code).toBe(1);
    expect((await run(['check', '--platform', 'facebook', long])).code).toBe(0);
    const role = write('role.txt', 'Jag arbetar på miljöförvaltningen och kan säga att tillståndet kommer nästa vecka.');
    const asPrivate = JSON.parse((await run(['check', '--account', 'private', '--format', 'json', role])).out);
    expect(asPrivate[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('bas.privat-profil');
    const asOfficial = JSON.parse((await run(['check', '--account', 'official', '--format', 'json', role])).out);
    expect(asOfficial[0].findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('bas.privat-profil');
  });

  it('uses a pack given by id or by file, and the pack decides the policy reference', async () => {
    const file = write('er.txt', 'Tack för Er fråga.');
    const hofors = JSON.parse((await run(['check', '--pack', 'hofors', '--format', 'json', file])).out);
    expect(hofors[0].findings[0].policyRef.section).toBe('2.5 Bemötande och tilltal');
    const custom = write(
      'custom.json',
      JSON.stringify({
        id: 'egen', name: 'Egen', organisation: 'Exempel kommun', version: '1.0.0', extends: 'bas',
        policy: { title: 'Egna riktlinjer' },
        overrides: { 'bas.du-tilltal': { severity: 'error' } },
      }),
    );
    const result = await run(['check', '--pack', custom, file]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/error +Tilltala/);
  });

  it('exits 2 for usage problems, unreadable files and broken packs, naming the problem', async () => {
    const file = write('ok.txt', 'Hej!');
    const badPlatform = await run(['check', '--platform', 'tiktok', file]);
    expect(badPlatform.code).toBe(2);
    expect(badPlatform.err).toContain('--platform must be one of facebook, x, youtube (got "tiktok")');
    expect((await run(['check'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    const missing = await run(['check', 'no-such-file.txt']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('cannot read no-such-file.txt: ENOENT');
    const broken = write('broken.json', JSON.stringify({ id: 'x', name: 'X', organisation: 'X', version: '1', policy: { title: 'T' } }));
    const brokenRun = await run(['check', '--pack', broken, file]);
    expect(brokenRun.code).toBe(2);
    expect(brokenRun.err).toContain('version: expected a semantic version such as 1.2.0');
    expect((await run(['check', '--pack', write('notjson.json', '{ nope'), file])).err).toContain('is not valid JSON');
  });
});

describe('policyvakt pack', () => {
  it('validate: accepts a valid pack and reports its rules and tests', async () => {
    const { code, out } = await run(['pack', 'validate', join(root, 'lib/packs/builtin/hofors.json')]);
    expect(code).toBe(0);
    expect(out).toMatch(/hofors 1\.0\.0 is valid — \d+ rules \(\d+ enabled\), \d+ rule tests passed, extends bas/);
  });

  it('validate: lists every problem by path and exits 1', async () => {
    const file = write(
      'bad.json',
      JSON.stringify({
        id: 'bad', name: 'Bad', organisation: 'X', version: '1.0.0', extends: 'bas', policy: { title: 'T' },
        rules: [
          { id: 'a', kind: 'existence', category: 'tone', severity: 'loud', message: 'm', policyRef: { document: 'd', section: 's' }, tokens: ['x'] },
          { id: 'b', kind: 'existence', category: 'tone', severity: 'info', message: 'm', policyRef: { document: 'd', section: 's' }, tokens: ['dumbom'], tests: [{ text: 'Du är en dumbom.', expect: [] }] },
        ],
      }),
    );
    const { code, err } = await run(['pack', 'validate', file]);
    expect(code).toBe(1);
    expect(err).toContain('rules[0].severity: expected error | warning | info');
    // Schema problems come first; the pack's own tests run once it is well-formed.
    const fixed = write('bad2.json', JSON.stringify({ id: 'bad', name: 'Bad', organisation: 'X', version: '1.0.0', extends: 'bas', policy: { title: 'T' }, rules: [{ id: 'b', kind: 'existence', category: 'tone', severity: 'info', message: 'm', policyRef: { document: 'd', section: 's' }, tokens: ['dumbom'], tests: [{ text: 'Du är en dumbom.', expect: [] }] }] }));
    const second = await run(['pack', 'validate', fixed]);
    expect(second.code).toBe(1);
    expect(second.err).toContain('rules[0].tests[0]: expected [], found ["dumbom"]');
  });

  it('schema prints the JSON Schema that ships in public/', async () => {
    const { code, out } = await run(['pack', 'schema']);
    expect(code).toBe(0);
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(out)).toEqual(JSON.parse(readFileSync(join(root, 'public/rule-pack.schema.json'), 'utf8')));
  });
});

describe('the installed bin', () => {
  it('runs with the machine\'s Node and sets the exit code', async () => {
    const file = join(dir, write('bin.txt', 'Mitt personnummer är 811218-9876.'));
    const result = await promisify(execFile)(process.execPath, [join(root, 'bin/policyvakt.mjs'), 'check', '--format', 'json', file]).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)[0].findings[0].ruleId).toBe('bas.personnummer');
  }, 30_000);
});

describe('lineAndColumn', () => {
  it('counts lines from 1 and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('policyvakt pack keygen and sign', () => {
  it('makes a key pair whose signature over the pack file verifies, and not over changed bytes', async () => {
    const { verify } = await import('../../../lib/admin/signature');
    const { readFileSync, statSync } = await import('node:fs');
    const made = await run(['pack', 'keygen', '--out', 'admin']);
    expect(made.code).toBe(0);
    expect(statSync(join(dir, 'admin.key')).mode & 0o077).toBe(0);
    const publicKey = readFileSync(join(dir, 'admin.pub'), 'utf8').trim();

    const pack = write('kommun.json', JSON.stringify({ id: 'kommun', name: 'Kommun', organisation: 'Kommun', version: '1.0.0', extends: 'bas', policy: { title: 'Riktlinjer' } }));
    const signed = await run(['pack', 'sign', '--key', 'admin.key', pack]);
    expect(signed.code).toBe(0);
    const signature = readFileSync(join(dir, 'kommun.json.sig'), 'utf8').trim();
    const bytes = new Uint8Array(readFileSync(join(dir, pack)));
    expect(await verify(bytes, signature, [publicKey])).toBe(true);
    bytes[10] = bytes[10]! ^ 1;
    expect(await verify(bytes, signature, [publicKey])).toBe(false);
  });

  it('will not overwrite a private key, nor sign a broken pack', async () => {
    await run(['pack', 'keygen', '--out', 'twice']);
    const again = await run(['pack', 'keygen', '--out', 'twice']);
    expect(again.code).toBe(2);
    expect(again.err).toContain('refusing to overwrite');
    const broken = write('broken.json', JSON.stringify({ id: 'x', version: 'one' }));
    const signed = await run(['pack', 'sign', '--key', 'twice.key', broken]);
    expect(signed.code).toBe(1);
    expect(signed.err).toContain('version: expected a semantic version');
  });
});
