/**
 * Messages between the background, the content scripts and the popup. Every message is plain data
 * with a `type`, so that each side can ignore what is not meant for it.
 */
import type { LintResult, Platform } from './engine/types';
import type { PackInForce } from './admin/pack-in-force';
import type { PolicyReading } from './admin/policy';
import type { PackProblem } from './packs/problems';
import type { Pack } from './packs/schema';
import type { EditorKind, Identity, Surface, ThreadOwner } from './sites/types';

/** Content script → background: the pack in force, resolved and validated. */
export interface GetPackMessage {
  type: 'policyvakt:get-pack';
}
export interface PackReply {
  pack: Pack;
  /** Where the pack came from, for the popup. */
  source: PackInForce['origin']['source'];
  /** The admin's policy may forbid pausing Policyvakt on a site. */
  allowPause: boolean;
}

/** Options page → background: everything the options page shows about packs and the policy. */
export interface GetPackStateMessage {
  type: 'policyvakt:pack-state';
}
export type PackStateReply = PackInForce & { policy: PolicyReading; builtinPackIds: readonly string[] };

/** Options page → background: validate a pack file and, if it loads, make it the imported pack. */
export interface ImportPackMessage {
  type: 'policyvakt:import-pack';
  text: string;
  fileName: string;
}
export type ImportPackReply = { ok: true } | { ok: false; problems: PackProblem[] };

/** Options page → background: subscribe to a pack URL of the user's own (null: unsubscribe). */
export interface SubscribeMessage {
  type: 'policyvakt:subscribe';
  url: string | null;
}
export type SubscribeReply = { ok: true } | { ok: false; problem: string };

/** Options page → background: fetch the subscribed pack now. */
export interface RefreshPackMessage {
  type: 'policyvakt:refresh-pack';
}

/** Popup → content script: the findings for the composer that was last checked on this tab. */
export interface GetLastResultMessage {
  type: 'policyvakt:last-result';
}
export interface LastResultReply {
  platform: Platform;
  /** null when a composer was focused but could not be classified: the popup says so. */
  surface: Surface | null;
  editor: EditorKind;
  identity: Identity | null;
  thread: ThreadOwner | null;
  /** Length of the draft that was checked (the draft itself never leaves the page); null before. */
  length: number | null;
  /** null until the pack has arrived and the draft was checked. */
  result: LintResult | null;
  checkedAt: number | null;
}

/** Content script → background: the identity cookies (see lib/sites/signals.ts). */
export interface GetCookieSignalsMessage {
  type: 'policyvakt:cookie-signals';
}
/** Background → content scripts: an identity cookie changed (signed in, switched profile or Page). */
export interface CookiesChangedMessage {
  type: 'policyvakt:cookies-changed';
}

/** Background → content scripts: the pack in force changed (policy, subscription, options). */
export interface PackChangedMessage {
  type: 'policyvakt:pack-changed';
}
/** → content script: replace text[start, end) of the focused composer, as a fix button does. */
export interface ApplyFixMessage {
  type: 'policyvakt:apply-fix';
  start: number;
  end: number;
  replacement: string;
}

/** Popup → content script: the page's host (for the pause switch). */
export interface GetHostMessage {
  type: 'policyvakt:host';
}

export type PolicyvaktMessage =
  | GetHostMessage
  | GetPackStateMessage
  | ImportPackMessage
  | SubscribeMessage
  | RefreshPackMessage
  | GetPackMessage
  | GetLastResultMessage
  | GetCookieSignalsMessage
  | CookiesChangedMessage
  | PackChangedMessage
  | ApplyFixMessage;

export function isPolicyvaktMessage(value: unknown): value is PolicyvaktMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    (value as { type: string }).type.startsWith('policyvakt:')
  );
}
