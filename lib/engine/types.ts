/**
 * The engine's public contract. Everything here is plain data so that the same findings can cross
 * from the engine to a content script, the popup, the command line and JSON output unchanged.
 */

/** Stable category ids (../shared/DESIGN.md, "Findings and rules"). */
export const CATEGORIES = [
  'address',
  'plain-language',
  'personal-data',
  'confidential',
  'tone',
  'platform',
  'language',
  'identity',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** error = must not be published as is; warning = should be fixed; info = a hint. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const PLATFORMS = ['facebook', 'x', 'youtube'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Who is writing: the municipality's official account, a private profile, or not known. */
export const ACCOUNT_KINDS = ['official', 'private', 'unknown'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** The passage of a policy document that a rule enforces, shown under "Varför?". */
export interface PolicyRef {
  /** The document's title, e.g. "Riktlinjer för sociala medier, Hofors kommun". */
  document: string;
  /** Section number and heading, e.g. "2.5 Bemötande och tilltal". */
  section: string;
  /** The words of the passage, quoted. */
  quote?: string;
  url?: string;
}

/** A reply template from the pack that a finding offers to insert (not a replacement of the span). */
export interface TemplateOffer {
  id: 'privateReferral' | 'confidentialCase';
  text: string;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the text exactly as it was passed to lint(). */
  start: number;
  end: number;
  message: string;
  /** Replacements for text.slice(start, end), best first. Empty when there is no one-click fix. */
  suggestions: string[];
  policyRef: PolicyRef;
  /** Set when the finding offers one of the pack's reply templates. */
  template?: TemplateOffer;
}

/** The thread a draft answers: whose post, page or channel it is. */
export interface ThreadContext {
  /** True when the thread belongs to one of the pack's official accounts. */
  official?: boolean;
  /** Stable id or handle of the thread's owner, when known. */
  owner?: string;
}

export interface LintOptions {
  pack: import('../packs/schema').Pack;
  platform: Platform;
  account: AccountKind;
  thread?: ThreadContext;
}

export interface LintResult {
  findings: Finding[];
  /** BCP 47 language of the draft ('sv', 'en', 'fi', 'ar', …) or 'und' when too short to tell. */
  language: string;
  /** The draft's length as the platform counts it and the pack's limit there, when the pack sets one. */
  length?: { used: number; limit: number };
  /** LIX readability index of the draft, rounded to two decimals; null when the draft has no words. */
  lix: number | null;
}
