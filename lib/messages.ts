/**
 * Messages between the background, the content scripts and the popup. Every message is plain data
 * with a `type`, so that each side can ignore what is not meant for it.
 */
import type { LintResult, Platform } from './engine/types';
import type { Pack } from './packs/schema';

/** Content script → background: the pack in force, resolved and validated. */
export interface GetPackMessage {
  type: 'policyvakt:get-pack';
}
export interface PackReply {
  pack: Pack;
  /** Where the pack came from, for the popup ("built-in", later "policy", "subscription", "file"). */
  source: 'builtin';
}

/** Popup → content script: the findings for the composer that was last checked on this tab. */
export interface GetLastResultMessage {
  type: 'policyvakt:last-result';
}
export interface LastResultReply {
  platform: Platform;
  /** Length of the draft that was checked (the draft itself never leaves the page). */
  length: number;
  result: LintResult;
  checkedAt: number;
}

export type PolicyvaktMessage = GetPackMessage | GetLastResultMessage;

export function isPolicyvaktMessage(value: unknown): value is PolicyvaktMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    (value as { type: string }).type.startsWith('policyvakt:')
  );
}
