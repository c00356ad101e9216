/**
 * Constructions: short token patterns for what a sentence does rather than which word it uses
 * ("har du ens …?", "jobbar jag på …", "om du inte gillar … behöver du inte"). A pattern is a list
 * of steps matched against the lower-cased tokens of one sentence; every step consumes at most a
 * few tokens, so a match costs a bounded amount of work wherever it is tried. Patterns are indexed
 * by their first word, so a draft is read once, not once per pattern.
 */
import type { TextModel } from './model';

export type TokenTest<C> = (context: C, index: number) => boolean;

/**
 * A step: a word, one of several words, an optional word, up to n tokens of any kind, a named test
 * of the token, or a named look at the next token that consumes nothing (`next`; true at the
 * sentence's end). Steps are plain data, so that packs can carry constructions; the tests they
 * name are the rule kind's.
 */
export type Step<_C = unknown> =
  | string
  | readonly string[]
  | { optional: string | readonly string[] }
  | { skip: number }
  | { test: string }
  | { next: string };

/** A step with its named test looked up. */
type CompiledStep<C> =
  | string
  | readonly string[]
  | { optional: readonly string[] }
  | { skip: number }
  | { test: TokenTest<C> }
  | { next: TokenTest<C> };

export interface Construction<C, D> {
  steps: readonly Step<C>[];
  /** Only in a sentence that asks ("…?"). */
  question?: boolean;
  /** Only from the sentence's first word (punctuation, emoji and @mentions before it aside). */
  opening?: boolean;
  /** Only as the whole sentence ("Punkt."), not as its first sentence, and not ending in "!". */
  whole?: boolean;
  /** Not in a sentence that holds any of these words. */
  unless?: ReadonlySet<string>;
  data: D;
}

/** A construction as a pack holds it: plain data, its `unless` words a list, and a weight. */
export interface ConstructionData {
  steps: readonly Step[];
  weight: number;
  question?: boolean;
  opening?: boolean;
  whole?: boolean;
  unless?: readonly string[];
}

/** Pack entries as constructions: `unless` becomes a set, and `data` says what a match carries. */
export function fromPackData<T extends ConstructionData, D>(entries: readonly T[], data: (entry: T) => D): Construction<unknown, D>[] {
  return entries.map((entry) => ({
    steps: entry.steps,
    ...(entry.question ? { question: true } : {}),
    ...(entry.opening ? { opening: true } : {}),
    ...(entry.whole ? { whole: true } : {}),
    ...(entry.unless ? { unless: new Set(entry.unless) } : {}),
    data: data(entry),
  }));
}

/**
 * Cues in `order` (the first wins), without those nested in or around one already kept and hidden
 * by it (`hides`). Only spans that share a token can nest, so each cue is compared with the kept
 * cues that cover its first token or start inside it: bounded work per cue however long the
 * sentence.
 */
export function withoutNested<T extends { start: number; end: number }>(
  model: TextModel,
  cues: readonly T[],
  order: (a: T, b: T) => number,
  hides: (kept: T, cue: T) => boolean = () => true,
): T[] {
  const kept: T[] = [];
  const covering = new Map<number, T[]>();
  const startingAt = new Map<number, T[]>();
  const add = (map: Map<number, T[]>, at: number, cue: T) => {
    const list = map.get(at);
    if (list) list.push(cue);
    else map.set(at, [cue]);
  };
  for (const cue of [...cues].sort(order)) {
    const first = model.tokenAt(cue.start);
    const last = model.tokenAt(cue.end - 1);
    const nests = (other: T) =>
      ((other.start <= cue.start && cue.end <= other.end) || (cue.start <= other.start && other.end <= cue.end)) && hides(other, cue);
    let hidden = (covering.get(first) ?? []).some(nests);
    for (let k = first; !hidden && k <= last; k++) hidden = (startingAt.get(k) ?? []).some(nests);
    if (hidden) continue;
    kept.push(cue);
    add(startingAt, first, cue);
    for (let k = first; k <= last; k++) add(covering, k, cue);
  }
  return kept;
}

export interface ConstructionMatch<D> {
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
  data: D;
}

export interface ConstructionContext {
  model: TextModel;
}

interface Compiled<C, D> extends Omit<Construction<C, D>, 'steps'> {
  steps: readonly CompiledStep<C>[];
}

export class ConstructionIndex<C extends ConstructionContext, D> {
  private readonly byWord = new Map<string, Compiled<C, D>[]>();
  private readonly anyWord: Compiled<C, D>[] = [];

  /** `tests`: the named tests the constructions may use; an unknown name is a programming error. */
  constructor(constructions: Iterable<Construction<C, D>>, tests: Readonly<Record<string, TokenTest<C>>> = {}) {
    const named = (name: string) => {
      const test = tests[name];
      if (!test) throw new Error(`a construction names the unknown test "${name}"`);
      return test;
    };
    for (const source of constructions) {
      const construction: Compiled<C, D> = {
        ...source,
        steps: source.steps.map((step): CompiledStep<C> => {
          if (typeof step === 'string' || Array.isArray(step)) return step as string | readonly string[];
          const special = step as Exclude<Step, string | readonly string[]>;
          if ('optional' in special) return { optional: typeof special.optional === 'string' ? [special.optional] : special.optional };
          if ('test' in special) return { test: named(special.test) };
          if ('next' in special) return { next: named(special.next) };
          return special;
        }),
      };
      const first = construction.steps[0];
      if (typeof first === 'string' || Array.isArray(first)) {
        for (const word of typeof first === 'string' ? [first] : (first as readonly string[])) {
          const bucket = this.byWord.get(word);
          if (bucket) bucket.push(construction);
          else this.byWord.set(word, [construction]);
        }
      } else if (first && typeof first === 'object' && 'test' in first) {
        this.anyWord.push(construction);
      } else {
        throw new Error('a construction must start with a word or a test of one');
      }
    }
  }

  /** Every match in the draft, sentence by sentence (several constructions may match at one place). */
  find(context: C): ConstructionMatch<D>[] {
    const { model } = context;
    const { tokens, lower, sentences } = model;
    const found: ConstructionMatch<D>[] = [];
    const anyWord = this.anyWord.length > 0;
    for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
      const { firstToken, endToken } = sentences[sentenceIndex]!;
      // What the conditions need of the sentence, read only once a construction may start in it:
      // most sentences of a draft start none.
      let facts: SentenceFacts | undefined;
      for (let i = firstToken; i < endToken; i++) {
        const indexed = this.byWord.get(lower[i]!);
        const tryAny = anyWord && tokens[i]!.type === 'word';
        if (!indexed && !tryAny) continue;
        facts ??= sentenceFacts(model, sentenceIndex);
        if (indexed) for (const construction of indexed) this.tryAt(context, construction, i, facts, found);
        if (tryAny) for (const construction of this.anyWord) this.tryAt(context, construction, i, facts, found);
      }
    }
    return found;
  }

  private tryAt(context: C, construction: Compiled<C, D>, i: number, facts: SentenceFacts, found: ConstructionMatch<D>[]): void {
    if (construction.question && !facts.question) return;
    if (construction.opening && i !== facts.opening) return;
    const end = matchSteps(context, construction.steps, 0, i, facts.endToken);
    if (end < 0) return;
    if (construction.unless && facts.has(context.model, construction.unless)) return;
    if (construction.whole && (i !== facts.firstWord || end <= facts.lastWord || facts.exclaims || facts.index === 0)) return;
    const { tokens } = context.model;
    const last = Math.max(end, i + 1) - 1;
    found.push({ firstToken: i, endToken: last + 1, start: tokens[i]!.start, end: tokens[last]!.end, data: construction.data });
  }
}

/** What constructions' conditions ask of a sentence: read once, when the first construction is tried in it. */
interface SentenceFacts {
  index: number;
  endToken: number;
  question: boolean;
  exclaims: boolean;
  /** The first token that is not punctuation or a @mention. */
  opening: number;
  firstWord: number;
  lastWord: number;
  /** Whether the sentence holds a word of an `unless` list, looked up once per list. */
  has(model: TextModel, unless: ReadonlySet<string>): boolean;
}

function sentenceFacts(model: TextModel, index: number): SentenceFacts {
  const { firstToken, endToken } = model.sentences[index]!;
  const { tokens, lower } = model;
  let question = false;
  let exclaims = false;
  let opening = -1;
  let firstWord = -1;
  let lastWord = -1;
  for (let i = firstToken; i < endToken; i++) {
    const token = tokens[i]!;
    if (token.type === 'punct') {
      if (token.text.includes('?')) question = true;
      if (token.text.includes('!')) exclaims = true;
    } else if (opening < 0 && token.type !== 'mention') opening = i;
    if (token.type === 'word' || token.type === 'number' || token.type === 'hashtag' || token.type === 'mention') {
      if (firstWord < 0) firstWord = i;
      lastWord = i;
    }
  }
  let seen: Map<ReadonlySet<string>, boolean> | undefined;
  return {
    index,
    endToken,
    question,
    exclaims,
    opening,
    firstWord,
    lastWord,
    has(_model, unless) {
      seen ??= new Map();
      let holds = seen.get(unless);
      if (holds === undefined) {
        holds = false;
        for (let k = firstToken; k < endToken && !holds; k++) holds = unless.has(lower[k]!);
        seen.set(unless, holds);
      }
      return holds;
    },
  };
}

/** The end token of `steps` matched from token `at` within the sentence ending at `limit`, or -1. */
function matchSteps<C extends ConstructionContext>(context: C, steps: readonly CompiledStep<C>[], step: number, at: number, limit: number): number {
  if (step === steps.length) return at;
  const current = steps[step]!;
  const { lower } = context.model;
  if (typeof current === 'string') return at < limit && lower[at] === current ? matchSteps(context, steps, step + 1, at + 1, limit) : -1;
  if (Array.isArray(current)) {
    return at < limit && (current as readonly string[]).includes(lower[at]!) ? matchSteps(context, steps, step + 1, at + 1, limit) : -1;
  }
  const special = current as Exclude<CompiledStep<C>, string | readonly string[]>;
  if ('optional' in special) {
    if (at < limit && special.optional.includes(lower[at]!)) {
      const taken = matchSteps(context, steps, step + 1, at + 1, limit);
      if (taken >= 0) return taken;
    }
    return matchSteps(context, steps, step + 1, at, limit);
  }
  if ('skip' in special) {
    for (let k = 0; k <= special.skip && at + k <= limit; k++) {
      const found = matchSteps(context, steps, step + 1, at + k, limit);
      if (found >= 0) return found;
    }
    return -1;
  }
  if ('next' in special) return at >= limit || special.next(context, at) ? matchSteps(context, steps, step + 1, at, limit) : -1;
  return at < limit && special.test(context, at) ? matchSteps(context, steps, step + 1, at + 1, limit) : -1;
}
