/**
 * A subscribed pack: fetched by the background from an admin's URL, checked, and kept as the exact
 * bytes that were accepted, so that the last good pack survives restarts and every later failure.
 *
 * A new copy replaces the kept one only when it is different (SHA-256 of the bytes; the ETag saves
 * the download), valid with its tests passing, signed by a trusted key when the admin listed any,
 * not older than the kept version (an old copy served again is refused) and not past its `expires`.
 */
import type { PackProblem } from '../packs/problems';
import type { Pack } from '../packs/schema';
import { checkPackUrl, signatureUrl } from './pack-url';
import { isExpired, loadPackInput } from './pack-text';
import { sha256, verify } from './signature';
import { compareVersions } from './version';

export interface SubscribedPack {
  url: string;
  /** The accepted bytes, as UTF-8 text. */
  text: string;
  sha256: string;
  etag?: string;
  version: string;
  signed: boolean;
  /** When these bytes were accepted. */
  fetchedAt: number;
  /** When the URL was last read successfully (changed or not). */
  checkedAt: number;
}

export const FAILURE_CAUSES = ['url', 'network', 'http', 'not-json', 'invalid', 'unsigned', 'signature', 'rollback', 'expired'] as const;
export type FailureCause = (typeof FAILURE_CAUSES)[number];

export interface RefreshFailure {
  kind: 'failed';
  cause: FailureCause;
  /** What went wrong in a sentence an admin can act on (status code, version numbers, …). */
  detail: string;
  problems: PackProblem[];
}

export type RefreshOutcome =
  | { kind: 'unchanged'; record: SubscribedPack }
  | { kind: 'updated'; record: SubscribedPack; pack: Pack }
  | RefreshFailure;

export interface RefreshOptions {
  trustedKeys: readonly string[];
  signatureRequired: boolean;
  now?: Date;
  fetch?: typeof fetch;
}

const failed = (cause: FailureCause, detail: string, problems: PackProblem[] = []): RefreshFailure => ({ kind: 'failed', cause, detail, problems });

export async function refreshSubscription(url: string, previous: SubscribedPack | undefined, options: RefreshOptions): Promise<RefreshOutcome> {
  const now = options.now ?? new Date();
  const fetchPack = options.fetch ?? fetch;
  const urlProblem = checkPackUrl(url);
  if (urlProblem) return failed('url', urlProblem);
  // What was kept for another URL says nothing about this one (the admin moved the pack), and an
  // unsigned copy says nothing once the policy asks for signatures: both are fetched and checked anew.
  const sameUrl = previous?.url === url ? previous : undefined;
  const kept = sameUrl && (sameUrl.signed || !options.signatureRequired) ? sameUrl : undefined;

  let response: Response;
  try {
    response = await fetchPack(url, {
      // Always ask the server; the ETag lets it answer "not modified" without the body.
      cache: 'no-cache',
      credentials: 'omit',
      headers: kept?.etag ? { 'If-None-Match': kept.etag } : {},
    });
  } catch (error) {
    return failed('network', `${url} could not be reached: ${(error as Error).message}`);
  }
  if (response.status === 304 && kept) return { kind: 'unchanged', record: { ...kept, checkedAt: now.getTime() } };
  if (!response.ok) return failed('http', `${url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);

  const bytes = new Uint8Array(await response.arrayBuffer());
  const hash = await sha256(bytes);
  const etag = response.headers.get('ETag') ?? undefined;
  if (kept && hash === kept.sha256) return { kind: 'unchanged', record: { ...kept, ...(etag ? { etag } : {}), checkedAt: now.getTime() } };

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failed('not-json', `${url} is not UTF-8 text`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failed('not-json', `${url} is not valid JSON: ${(error as Error).message}`);
  }

  let signed = false;
  if (options.signatureRequired) {
    const sigUrl = signatureUrl(url);
    let signature: Response;
    try {
      signature = await fetchPack(sigUrl, { cache: 'no-cache', credentials: 'omit' });
    } catch (error) {
      return failed('network', `${sigUrl} could not be reached: ${(error as Error).message}`);
    }
    if (signature.status === 404) return failed('unsigned', `the policy requires a signature and ${sigUrl} does not exist`);
    if (!signature.ok) return failed('http', `${sigUrl} answered HTTP ${signature.status}`);
    if (!(await verify(bytes, await signature.text(), options.trustedKeys))) {
      return failed('signature', `the signature in ${sigUrl} was not made over these bytes by any of the policy's trusted keys`);
    }
    signed = true;
  }

  const loaded = loadPackInput(json);
  if (!loaded.ok) return failed('invalid', `${url} is not a valid pack`, loaded.problems);
  const pack = loaded.pack;
  if (sameUrl && compareVersions(pack.version, sameUrl.version) < 0) {
    return failed('rollback', `${url} serves version ${pack.version}, older than ${sameUrl.version} already in force`);
  }
  if (isExpired(pack, now)) return failed('expired', `${url} serves version ${pack.version}, which expired on ${pack.expires}`);

  const record: SubscribedPack = {
    url,
    text,
    sha256: hash,
    ...(etag ? { etag } : {}),
    version: pack.version,
    signed,
    fetchedAt: now.getTime(),
    checkedAt: now.getTime(),
  };
  return { kind: 'updated', record, pack };
}
