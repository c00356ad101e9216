/**
 * What every rule kind implements, ESLint-style: a kind (the `kind` of a pack rule) and a compile
 * step that turns the rule's parameters into a check. Checks are compiled once per pack and run on
 * the shared text model, so a keystroke costs one tokenisation and one pass per rule.
 */
import type { Pack, RuleKind, RuleOfKind } from '../../packs/schema';
import type { TextModel } from '../text/model';
import type { AccountKind, Category, Platform, TemplateOffer, ThreadContext } from '../types';

export interface RuleContext {
  model: TextModel;
  pack: Pack;
  platform: Platform;
  account: AccountKind;
  thread: ThreadContext | undefined;
  /** BCP 47 language of the draft, or 'und'. */
  language: string;
  /** Given names that mark a person (the pack's `names`), as written: "Anna", "Robban". */
  names: ReadonlySet<string>;
}

/** What a check reports; lint() turns it into a Finding. Offsets are into the normalised text. */
export interface Hit {
  start: number;
  end: number;
  suggestions?: string[];
  /** Values for the message's placeholders ({value}, {limit}, …); {match} and {suggestion} are filled in by lint(). */
  values?: Record<string, string | number>;
  template?: TemplateOffer['id'];
}

export type Check = (context: RuleContext) => Hit[];

export interface RuleImplementation<K extends RuleKind> {
  kind: K;
  /** The check reads Swedish words, so it says nothing useful about a draft in another language. */
  swedishOnly: boolean;
  /**
   * The check judges how the writer writes (du-tilltal, klarspråk, tone), so what stands inside
   * quotation marks (a title, a quoted comment, a word being explained) is not held against them.
   * Personal data and sekretess are judged wherever they stand. A kind whose category is the pack's
   * choice decides per rule.
   */
  ownWordingOnly: boolean | ((rule: RuleOfKind<K>) => boolean);
  /**
   * The check backs up other rules: a hit inside a passage that a rule of one of these categories
   * already flags is dropped, so the writer gets one finding, not two.
   */
  defersTo?: (rule: RuleOfKind<K>) => readonly Category[];
  compile(rule: RuleOfKind<K>): Check;
}
