/**
 * What a site adapter tells the rest of Policyvakt: which composer the user is writing in, how to
 * read and write it, and who is writing.
 */
import type { AccountKind, Platform } from '../engine/types';

/** The editor implementation behind a composer; each has its own file in lib/sites/editors/. */
export type EditorKind = 'lexical' | 'draft' | 'plain' | 'textarea';

/** Every place where staff write, named `<site>/<place>` for the UI and the rules. */
export const SURFACES = [
  'facebook/post',
  'facebook/comment',
  'facebook/reply',
  'facebook/inbox',
  'x/post',
  'x/reply',
  'x/thread',
  'youtube/comment',
  'youtube/reply',
  'youtube/studio-reply',
  'youtube/live-chat',
] as const;
export type Surface = (typeof SURFACES)[number];

/** How one surface is recognised: the first rule whose test passes wins. */
export interface SurfaceRule {
  surface: Surface;
  /** What the rule looks for, and where and when it was seen, for whoever updates it. */
  evidence: string;
  test(editor: HTMLElement, document: Document, location: Location | URL): boolean;
}

export interface ReplaceResult {
  /** The editor holds the new text (read back after it had time to settle). */
  applied: boolean;
  /** When not applied: the replacement was put on the clipboard for the user to paste. */
  copied: boolean;
}

export interface Composer {
  element: HTMLElement;
  platform: Platform;
  /** undefined when a composer was focused but no rule recognised it (the popup says so). */
  surface: Surface | undefined;
  editor: EditorKind;
  /** The text as the engine sees it. */
  text(): string;
  /** A DOM Range for text[start, end), for underlining; undefined for textareas. */
  rangeAt(start: number, end: number): Range | undefined;
  /** Whether replace() can be offered for this span as a one-click fix. */
  canReplace(start: number, end: number): boolean;
  replace(start: number, end: number, replacement: string): Promise<ReplaceResult>;
  /** Where the caret is, as a text offset (the end of the text when the caret is elsewhere). */
  caret(): number;
  /** One reading of the editor for many spans (drawing underlines, deciding which fixes to offer). */
  snapshot(): ComposerSnapshot;
}

export interface ComposerSnapshot {
  rangeAt(start: number, end: number): Range | undefined;
  canReplace(start: number, end: number): boolean;
}

/** Who is writing. */
export interface Identity {
  platform: Platform;
  accountId?: string;
  handle?: string;
  name?: string;
  kind: AccountKind;
  /** Where the answer came from ("cookie c_user/i_user", "twid cookie", "ytcfg DELEGATED_SESSION_ID", …). */
  source: string;
}

/** Whose thread the draft answers. */
export interface ThreadOwner {
  /** Page id or slug, X handle or id, YouTube channel id or handle. */
  owner?: string;
  /** True when the owner is one of the pack's official accounts; undefined when unknown. */
  official?: boolean;
  source: string;
}
