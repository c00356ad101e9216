/**
 * Which pack is in force. In this version: the built-in pack chosen in storage (default `bas`).
 * Managed policy, subscriptions and imported files take precedence over it once issue 6 lands.
 */
import { browser } from 'wxt/browser';
import { BUILTIN_PACK_IDS, builtinPack } from './packs/builtin';
import type { PackReply } from './messages';

export const DEFAULT_PACK_ID = 'bas';
const STORAGE_KEY = 'builtinPackId';

export async function packInForce(): Promise<PackReply> {
  const stored = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
  const id = typeof stored === 'string' && BUILTIN_PACK_IDS.includes(stored) ? stored : DEFAULT_PACK_ID;
  return { pack: builtinPack(id), source: 'builtin' };
}
