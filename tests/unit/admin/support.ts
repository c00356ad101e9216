/**
 * Packs and a pack server for the admin tests: a small pack that extends `bas` and adds one rule of
 * its own (so a test can tell which pack is in force by what it flags), served by a fake `fetch`
 * that records what it was asked.
 */
import { generateKeyPair, sign } from '../../../lib/admin/signature';

export interface PackOptions {
  id?: string;
  version?: string;
  expires?: string;
  /** The word the pack's own rule flags. */
  word?: string;
  /** A broken rule test: the pack must be refused. */
  failingTest?: boolean;
  accounts?: Record<string, unknown>;
}

export function packJson(options: PackOptions = {}): Record<string, unknown> {
  const word = options.word ?? 'kommunwebben';
  return {
    id: options.id ?? 'kommunen',
    name: 'Kommunens riktlinjer',
    organisation: 'Exempelkommun',
    version: options.version ?? '1.0.0',
    ...(options.expires ? { expires: options.expires } : {}),
    extends: 'bas',
    policy: { title: 'Riktlinjer för sociala medier' },
    ...(options.accounts ? { accounts: options.accounts } : {}),
    rules: [
      {
        id: `${options.id ?? 'kommunen'}.eget-ord`,
        kind: 'existence',
        category: 'plain-language',
        severity: 'error',
        message: 'Skriv inte ”{match}”.',
        policyRef: { document: 'Riktlinjer för sociala medier', section: '1' },
        tokens: [word],
        tests: [{ text: `Läs på ${word} i dag.`, expect: options.failingTest ? [] : [word] }],
      },
    ],
  };
}

export const packText = (options: PackOptions = {}) => `${JSON.stringify(packJson(options), null, 2)}\n`;

export interface Served {
  status?: number;
  body?: string;
  etag?: string;
}

/** A fake `fetch` over a table of URLs; unknown URLs are 404, `down` makes every request fail. */
export function packServer() {
  const files = new Map<string, Served>();
  const requests: Array<{ url: string; ifNoneMatch: string | null }> = [];
  const server = {
    files,
    requests,
    down: false,
    serve(url: string, body: string, etag?: string) {
      files.set(url, { body, ...(etag ? { etag } : {}) });
    },
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      const ifNoneMatch = new Headers(init?.headers).get('If-None-Match');
      requests.push({ url, ifNoneMatch });
      if (server.down) throw new TypeError('Failed to fetch');
      const file = files.get(url);
      if (!file) return new Response('Not Found', { status: 404, statusText: 'Not Found' });
      if (file.etag && ifNoneMatch === file.etag) return new Response(null, { status: 304 });
      return new Response(file.body ?? '', { status: file.status ?? 200, headers: file.etag ? { ETag: file.etag } : {} });
    }) as typeof fetch,
  };
  return server;
}

/** A key pair and a signer for the exact bytes of a text. */
export async function signer() {
  const keys = await generateKeyPair();
  return { ...keys, sign: (text: string) => sign(new TextEncoder().encode(text), keys.privateKey) };
}
