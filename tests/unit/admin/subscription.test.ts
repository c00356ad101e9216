import { describe, expect, it } from 'vitest';
import { refreshSubscription, type SubscribedPack } from '../../../lib/admin/subscription';
import { packServer, packText, signer } from './support';

const URL_ = 'https://it.exempel.se/policyvakt/pack.json';
const NOW = new Date('2026-11-23T10:00:00');
const unsigned = { trustedKeys: [], signatureRequired: false, now: NOW };

async function firstCopy(server: ReturnType<typeof packServer>, text = packText()): Promise<SubscribedPack> {
  server.serve(URL_, text, '"v1"');
  const outcome = await refreshSubscription(URL_, undefined, { ...unsigned, fetch: server.fetch });
  if (outcome.kind !== 'updated') throw new Error(JSON.stringify(outcome));
  return outcome.record;
}

describe('a subscribed pack', () => {
  it('is fetched only over HTTPS, or plain HTTP on this machine', async () => {
    const server = packServer();
    server.serve('http://it.exempel.se/pack.json', packText());
    server.serve('http://localhost:8080/pack.json', packText());
    expect(await refreshSubscription('http://it.exempel.se/pack.json', undefined, { ...unsigned, fetch: server.fetch })).toMatchObject({
      kind: 'failed',
      cause: 'url',
    });
    // Refused before any request is made.
    expect(server.requests).toEqual([]);
    expect(await refreshSubscription('http://localhost:8080/pack.json', undefined, { ...unsigned, fetch: server.fetch })).toMatchObject({ kind: 'updated' });
  });

  it('is kept as the exact bytes with their SHA-256, version and ETag', async () => {
    const server = packServer();
    const record = await firstCopy(server);
    expect(record).toMatchObject({ url: URL_, text: packText(), version: '1.0.0', etag: '"v1"', signed: false, fetchedAt: NOW.getTime() });
    expect(record.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('sends the ETag and takes "304 Not Modified" as unchanged', async () => {
    const server = packServer();
    const record = await firstCopy(server);
    const later = new Date(NOW.getTime() + 3_600_000);
    const outcome = await refreshSubscription(URL_, record, { ...unsigned, now: later, fetch: server.fetch });
    expect(server.requests.at(-1)).toEqual({ url: URL_, ifNoneMatch: '"v1"' });
    expect(outcome).toEqual({ kind: 'unchanged', record: { ...record, checkedAt: later.getTime() } });
  });

  it('detects a change by the bytes, not by the ETag', async () => {
    const server = packServer();
    const record = await firstCopy(server);
    // The same bytes under a new ETag (a redeploy): unchanged.
    server.serve(URL_, packText(), '"v2"');
    expect(await refreshSubscription(URL_, record, { ...unsigned, fetch: server.fetch })).toMatchObject({ kind: 'unchanged', record: { etag: '"v2"' } });
    // New bytes without any ETag: updated.
    server.serve(URL_, packText({ version: '1.1.0', word: 'ärendeportalen' }));
    const outcome = await refreshSubscription(URL_, record, { ...unsigned, fetch: server.fetch });
    expect(outcome).toMatchObject({ kind: 'updated', record: { version: '1.1.0' } });
    expect(outcome.kind === 'updated' && outcome.pack.rules.some((rule) => rule.id === 'kommunen.eget-ord')).toBe(true);
  });

  it('reports a network failure and an HTTP error with the address', async () => {
    const server = packServer();
    server.down = true;
    expect(await refreshSubscription(URL_, undefined, { ...unsigned, fetch: server.fetch })).toMatchObject({
      kind: 'failed',
      cause: 'network',
      detail: expect.stringContaining(URL_),
    });
    server.down = false;
    expect(await refreshSubscription(URL_, undefined, { ...unsigned, fetch: server.fetch })).toMatchObject({
      kind: 'failed',
      cause: 'http',
      detail: `${URL_} answered HTTP 404 Not Found`,
    });
  });

  it('refuses text that is not JSON, a pack that breaks the schema and a pack whose tests fail, each with its paths', async () => {
    const server = packServer();
    server.serve(URL_, '<html>Logga in</html>');
    expect(await refreshSubscription(URL_, undefined, { ...unsigned, fetch: server.fetch })).toMatchObject({ kind: 'failed', cause: 'not-json' });

    const broken = JSON.parse(packText()) as { rules: Array<Record<string, unknown>> };
    broken.rules[0]!.severity = 'fatal';
    server.serve(URL_, JSON.stringify(broken));
    const invalid = await refreshSubscription(URL_, undefined, { ...unsigned, fetch: server.fetch });
    expect(invalid).toMatchObject({ kind: 'failed', cause: 'invalid' });
    expect(invalid.kind === 'failed' && invalid.problems.map((p) => p.path)).toContain('rules[0].severity');

    server.serve(URL_, packText({ failingTest: true }));
    const failing = await refreshSubscription(URL_, undefined, { ...unsigned, fetch: server.fetch });
    expect(failing.kind === 'failed' && failing.problems[0]!.path).toMatch(/^rules\[0\]\.tests\[0\]/);
  });

  it('refuses an older version than the one in force (rollback), and takes the same version re-published', async () => {
    const server = packServer();
    const record = await firstCopy(server, packText({ version: '2.1.0' }));
    server.serve(URL_, packText({ version: '2.0.9', word: 'äldre' }));
    expect(await refreshSubscription(URL_, record, { ...unsigned, fetch: server.fetch })).toMatchObject({
      kind: 'failed',
      cause: 'rollback',
      detail: expect.stringContaining('2.0.9, older than 2.1.0'),
    });
    server.serve(URL_, packText({ version: '2.1.0-rc.1', word: 'äldre' }));
    expect(await refreshSubscription(URL_, record, { ...unsigned, fetch: server.fetch })).toMatchObject({ kind: 'failed', cause: 'rollback' });
    server.serve(URL_, packText({ version: '2.1.0', word: 'rättat' }));
    expect(await refreshSubscription(URL_, record, { ...unsigned, fetch: server.fetch })).toMatchObject({ kind: 'updated' });
    // A pack moved to a new address starts afresh.
    server.serve('https://ny.exempel.se/pack.json', packText({ version: '1.0.0' }));
    expect(await refreshSubscription('https://ny.exempel.se/pack.json', record, { ...unsigned, fetch: server.fetch })).toMatchObject({ kind: 'updated' });
  });

  it('refuses a pack past its last day, and takes it on that day', async () => {
    const server = packServer();
    server.serve(URL_, packText({ expires: '2026-11-22' }));
    expect(await refreshSubscription(URL_, undefined, { ...unsigned, fetch: server.fetch })).toMatchObject({
      kind: 'failed',
      cause: 'expired',
      detail: expect.stringContaining('expired on 2026-11-22'),
    });
    server.serve(URL_, packText({ expires: '2026-11-23' }));
    expect(await refreshSubscription(URL_, undefined, { ...unsigned, fetch: server.fetch })).toMatchObject({ kind: 'updated' });
  });
});

describe('a signed subscription', () => {
  it('takes a pack whose .sig was made by a trusted key over its exact bytes', async () => {
    const server = packServer();
    const admin = await signer();
    const text = packText();
    server.serve(URL_, text);
    server.serve(`${URL_}.sig`, await admin.sign(text));
    const outcome = await refreshSubscription(URL_, undefined, { trustedKeys: [admin.publicKey], signatureRequired: true, now: NOW, fetch: server.fetch });
    expect(outcome).toMatchObject({ kind: 'updated', record: { signed: true } });
  });

  it('refuses a pack changed after signing, one signed by an untrusted key, and one without a signature', async () => {
    const server = packServer();
    const admin = await signer();
    const stranger = await signer();
    const options = { trustedKeys: [admin.publicKey], signatureRequired: true, now: NOW, fetch: server.fetch };

    server.serve(URL_, packText({ word: 'ändrat' }));
    server.serve(`${URL_}.sig`, await admin.sign(packText()));
    expect(await refreshSubscription(URL_, undefined, options)).toMatchObject({ kind: 'failed', cause: 'signature' });

    server.serve(`${URL_}.sig`, await stranger.sign(packText({ word: 'ändrat' })));
    expect(await refreshSubscription(URL_, undefined, options)).toMatchObject({ kind: 'failed', cause: 'signature' });

    server.serve(`${URL_}.sig`, 'inte base64 alls!');
    expect(await refreshSubscription(URL_, undefined, options)).toMatchObject({ kind: 'failed', cause: 'signature' });

    server.files.delete(`${URL_}.sig`);
    expect(await refreshSubscription(URL_, undefined, options)).toMatchObject({ kind: 'failed', cause: 'unsigned' });
  });

  it('checks again a copy kept unsigned once the policy asks for signatures', async () => {
    const server = packServer();
    const record = await firstCopy(server);
    const admin = await signer();
    const outcome = await refreshSubscription(URL_, record, { trustedKeys: [admin.publicKey], signatureRequired: true, now: NOW, fetch: server.fetch });
    // Not "unchanged" by ETag or hash: the kept bytes were never signed.
    expect(server.requests.at(-2)).toEqual({ url: URL_, ifNoneMatch: null });
    expect(outcome).toMatchObject({ kind: 'failed', cause: 'unsigned' });
  });
});
