/**
 * Pack patterns on a linear-time matcher. `existence`, `official-business` and `occurrence` run
 * regular expressions that an admin, a subscription or a user import supplies. JavaScript's own
 * RegExp backtracks: `(a+)+$` on forty a's and a "b" never returns, and the tab freezes while the
 * user types. So pack patterns never reach RegExp. They are parsed here and run as a Pike VM
 * (Thompson's construction, all threads in step): each character of the draft costs at most one
 * step per instruction, whatever the pattern, and a program has at most MAX_PROGRAM instructions.
 *
 * Why not a library: RE2's JavaScript port (`re2js`) is the well-kept linear engine, but it is
 * 45 KiB gzip — most of a content script's budget — for Unicode tables that the browser already
 * has. Here a character class asks the browser's own `\p{…}` for one character at a time, and
 * the result is remembered.
 *
 * The syntax is JavaScript's with the `u` flag, less what needs backtracking: lookahead,
 * lookbehind and back-references are refused with a message that says so. Matches are the same as
 * RegExp's (leftmost, then greedy or lazy as written), which a property test holds it to.
 */

/** Instructions a pattern may compile to: bounds the work per character of the draft. */
export const MAX_PROGRAM = 2_000;
/** How many times `matchAll` may read the text in all (see there). */
const PASSES = 8;
/** `{n,m}` counts above this are refused: they multiply the program. */
const MAX_COUNT = 100;

export class PatternError extends Error {
  constructor(
    message: string,
    /** Offset in the pattern's source where the problem is; -1 when the browser's RegExp found it. */
    readonly at: number,
  ) {
    super(message);
    this.name = 'PatternError';
  }
}

// ---------------------------------------------------------------- syntax

type Node =
  | { type: 'char'; test: CharTest }
  | { type: 'empty' }
  | { type: 'assert'; kind: '^' | '$' | 'b' | 'B' }
  | { type: 'concat'; parts: Node[] }
  | { type: 'alt'; options: Node[] }
  | { type: 'repeat'; node: Node; min: number; max: number; greedy: boolean };

/** Whether a code point is what one atom of the pattern stands for. */
type CharTest = (codePoint: number) => boolean;

const NOT_SUPPORTED = 'not supported: patterns run in linear time';

/**
 * The structure of a pattern: alternatives, groups, quantifiers and assertions. What one character
 * may be — a literal, an escape such as \d or \p{L}, a class such as [^a-zåäö] — is left to the
 * browser's own RegExp on that one character, which cannot backtrack and knows Unicode and case
 * exactly as a pattern's author expects. The whole source is first checked by RegExp, so that a
 * broken pattern gets the browser's own message.
 */
class Parser {
  private at = 0;

  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean,
  ) {}

  parse(): Node {
    try {
      new RegExp(this.source, 'u');
    } catch (error) {
      // The browser says what is wrong but not where: no place is given then.
      throw new PatternError(String((error as Error).message).replace(/^Invalid regular expression: \/.*\/u?: /u, ''), -1);
    }
    return this.alternation();
  }

  private error(message: string, at: number): PatternError {
    return new PatternError(message, at);
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { type: 'alt', options };
  }

  private sequence(): Node {
    const parts: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') parts.push(this.quantified(this.atom()));
    return parts.length === 0 ? { type: 'empty' } : parts.length === 1 ? parts[0]! : { type: 'concat', parts };
  }

  private quantified(node: Node): Node {
    const rest = this.source.slice(this.at, this.at + 24);
    const m = /^(?:([*+?])|\{(\d+)(,(\d*))?\})(\??)/u.exec(rest);
    if (!m) return node;
    let [min, max] = m[1] === '*' ? [0, Infinity] : m[1] === '+' ? [1, Infinity] : m[1] === '?' ? [0, 1] : [Number(m[2]), m[3] === undefined ? Number(m[2]) : m[4] === '' ? Infinity : Number(m[4])];
    if (min > MAX_COUNT || (max !== Infinity && max > MAX_COUNT)) throw this.error(`a count above ${MAX_COUNT} in {} (write a shorter pattern)`, this.at);
    this.at += m[0].length;
    return { type: 'repeat', node, min: min!, max: max!, greedy: m[5] === '' };
  }

  private atom(): Node {
    const start = this.at;
    const char = this.source[this.at]!;
    if (char === '(') return this.group(start);
    if (char === '^' || char === '$') {
      this.at++;
      return { type: 'assert', kind: char };
    }
    if (char === '\\') {
      const next = this.source[this.at + 1]!;
      if (next === 'b' || next === 'B') {
        this.at += 2;
        return { type: 'assert', kind: next };
      }
      if (next === 'k' || /[1-9]/u.test(next)) throw this.error(`back-references (\\${next}) are ${NOT_SUPPORTED}`, start);
      // \p{…}, \u{…}, \xHH, \uHHHH, \cX or one escaped character.
      const m = /^\\(?:[pPu]\{[^}]*\}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|c[a-zA-Z]|[\s\S])/u.exec(this.source.slice(this.at));
      this.at += m![0].length;
    } else if (char === '[') {
      // In `u` mode a class ends at the first "]" that is not escaped.
      let k = this.at + 1;
      if (this.source[k] === '^') k++;
      while (this.source[k] !== ']') k += this.source[k] === '\\' ? 2 : 1;
      this.at = k + 1;
    } else this.at += String.fromCodePoint(this.source.codePointAt(this.at)!).length;
    return { type: 'char', test: this.charTest(this.source.slice(start, this.at)) };
  }

  /** One atom, asked of the browser one character at a time. */
  private charTest(atom: string): CharTest {
    const regex = new RegExp(`^(?:${atom})$`, this.ignoreCase ? 'iu' : 'u');
    return (codePoint) => regex.test(String.fromCodePoint(codePoint));
  }

  private group(start: number): Node {
    this.at++;
    if (this.source[this.at] === '?') {
      const kind = this.source.slice(this.at, this.at + 3);
      if (/^\?(?:[=!]|<[=!])/u.test(kind)) throw this.error(`${kind[1] === '<' ? 'lookbehind (?<= …) and (?<! …)' : 'lookahead (?= …) and (?! …)'} are ${NOT_SUPPORTED}`, start);
      this.at = kind.startsWith('?:') ? this.at + 2 : this.source.indexOf('>', this.at) + 1;
    }
    const node = this.alternation();
    this.at++; // ")": RegExp has checked that it is there
    return node;
  }
}

// ---------------------------------------------------------------- program

type Instruction =
  | { op: 'char'; test: CharTest }
  | { op: 'assert'; kind: '^' | '$' | 'b' | 'B' }
  /** Try `to` first, then `or`: the order is what makes a quantifier greedy or lazy. */
  | { op: 'split'; to: number; or: number }
  | { op: 'jump'; to: number }
  | { op: 'match' };

class Compiler {
  readonly program: Instruction[] = [];

  private emit(instruction: Instruction): number {
    if (this.program.length >= MAX_PROGRAM) {
      throw new PatternError(`the pattern is too large (more than ${MAX_PROGRAM} steps); write a shorter one`, 0);
    }
    this.program.push(instruction);
    return this.program.length - 1;
  }

  compile(node: Node): Instruction[] {
    this.node(node);
    this.emit({ op: 'match' });
    return this.program;
  }

  private node(node: Node): void {
    switch (node.type) {
      case 'empty':
        return;
      case 'char':
        this.emit({ op: 'char', test: node.test });
        return;
      case 'assert':
        this.emit({ op: 'assert', kind: node.kind });
        return;
      case 'concat':
        for (const part of node.parts) this.node(part);
        return;
      case 'alt': {
        const jumps: number[] = [];
        node.options.forEach((option, i) => {
          if (i < node.options.length - 1) {
            const split = this.emit({ op: 'split', to: 0, or: 0 });
            (this.program[split] as { to: number }).to = this.program.length;
            this.node(option);
            jumps.push(this.emit({ op: 'jump', to: 0 }));
            (this.program[split] as { or: number }).or = this.program.length;
          } else this.node(option);
        });
        for (const jump of jumps) (this.program[jump] as { to: number }).to = this.program.length;
        return;
      }
      case 'repeat': {
        for (let i = 0; i < node.min; i++) this.node(node.node);
        if (node.max === Infinity) {
          // L: split body, out; body; jump L — an empty body may loop: the VM visits each step once.
          const split = this.emit({ op: 'split', to: 0, or: 0 });
          const body = this.program.length;
          this.node(node.node);
          this.emit({ op: 'jump', to: split });
          this.setSplit(split, body, this.program.length, node.greedy);
          return;
        }
        const splits: number[] = [];
        for (let i = node.min; i < node.max; i++) {
          const split = this.emit({ op: 'split', to: 0, or: 0 });
          splits.push(split);
          const body = this.program.length;
          this.node(node.node);
          (this.program[split] as { to: number }).to = body;
        }
        for (const split of splits) this.setSplit(split, split + 1, this.program.length, node.greedy);
        return;
      }
    }
  }

  private setSplit(at: number, body: number, out: number, greedy: boolean): void {
    this.program[at] = greedy ? { op: 'split', to: body, or: out } : { op: 'split', to: out, or: body };
  }
}

// ---------------------------------------------------------------- matching

export interface PatternMatch {
  start: number;
  end: number;
}

export class Pattern {
  private readonly program: Instruction[];
  /** Characters stepped through since the last `matchAll` began. */
  private stepped = 0;

  constructor(
    readonly source: string,
    options: { ignoreCase: boolean },
  ) {
    const tree = new Parser(source, options.ignoreCase).parse();
    this.program = new Compiler().compile(tree);
    // A class asks the browser about one character at a time; drafts repeat their characters.
    this.program.forEach((instruction, pc) => {
      if (instruction.op !== 'char') return;
      const known = new Map<number, boolean>();
      const test = instruction.test;
      instruction.test = (c) => {
        let result = known.get(c);
        if (result === undefined) {
          result = test(c);
          if (known.size < 4_096) known.set(c, result);
        }
        return result;
      };
    });
  }

  /** The leftmost match at or after `from` (a UTF-16 offset), as RegExp would find it, or undefined. */
  exec(text: string, from = 0): PatternMatch | undefined {
    const program = this.program;
    const size = program.length;
    // Threads of this step and the next, in priority order; `starts` holds where each thread's match began.
    let current = new Int32Array(size);
    let currentStarts = new Int32Array(size);
    let next = new Int32Array(size);
    let nextStarts = new Int32Array(size);
    const onList = new Int32Array(size).fill(-1);
    let currentCount = 0;
    let found: PatternMatch | undefined;
    const stack: number[] = [];

    // Follows splits, jumps and assertions from `pc` at position `at`; adds char and match steps in priority order.
    const addThread = (list: Int32Array, starts: Int32Array, count: number, pc: number, start: number, at: number, mark: number): number => {
      stack.length = 0;
      stack.push(pc);
      while (stack.length > 0) {
        const p = stack.pop()!;
        if (onList[p] === mark) continue;
        onList[p] = mark;
        const instruction = program[p]!;
        switch (instruction.op) {
          case 'jump':
            stack.push(instruction.to);
            break;
          case 'split':
            stack.push(instruction.or, instruction.to);
            break;
          case 'assert':
            if (holds(instruction.kind, text, at)) stack.push(p + 1);
            break;
          default:
            list[count] = p;
            starts[count] = start;
            count++;
        }
      }
      return count;
    };

    let at = from;
    // The mark of the list being stepped: a new start joins it without repeating a step it holds.
    let mark = 0;
    for (;;) {
      if (!found) currentCount = addThread(current, currentStarts, currentCount, 0, at, at, mark);
      if (currentCount === 0) {
        // Nothing alive: done, or nothing can start here ("\\b" between two letters) and the next place may.
        if (found || at >= text.length) break;
        at += (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
        mark++;
        continue;
      }
      const codePoint = at < text.length ? text.codePointAt(at)! : -1;
      const width = codePoint > 0xffff ? 2 : 1;
      mark++;
      this.stepped++;
      let nextCount = 0;
      for (let t = 0; t < currentCount; t++) {
        const instruction = program[current[t]!]!;
        if (instruction.op === 'match') {
          found = { start: currentStarts[t]!, end: at };
          break; // lower-priority threads lose to this match
        }
        if (instruction.op === 'char' && codePoint >= 0 && instruction.test(codePoint)) {
          nextCount = addThread(next, nextStarts, nextCount, current[t]! + 1, currentStarts[t]!, at + width, mark);
        }
      }
      if (at >= text.length) break;
      [current, next] = [next, current];
      [currentStarts, nextStarts] = [nextStarts, currentStarts];
      currentCount = nextCount;
      at += width;
      if (found && currentCount === 0) break;
    }
    return found;
  }

  /**
   * Every match left to right, as `String.matchAll` gives them (an empty match moves on by one
   * character). One search is linear, but a pattern such as `a.*b|a` looks to the end of the text
   * for each short match it returns; so the matches stop once the searches together have read the
   * text PASSES times, and the draft's other rules carry on.
   */
  *matchAll(text: string): Generator<PatternMatch> {
    let from = 0;
    this.stepped = 0;
    const budget = PASSES * (text.length + 1);
    while (from <= text.length && this.stepped <= budget) {
      const match = this.exec(text, from);
      if (!match) return;
      yield match;
      from = match.end > match.start ? match.end : match.end + (text.codePointAt(match.end)! > 0xffff ? 2 : 1);
    }
  }
}

/** `\\b` as RegExp has it without `i`: ASCII letters, digits and "_". */
function isWordAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const c = text.charCodeAt(at);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function holds(kind: '^' | '$' | 'b' | 'B', text: string, at: number): boolean {
  switch (kind) {
    case '^':
      return at === 0;
    case '$':
      return at === text.length;
    case 'b':
      return isWordAt(text, at - 1) !== isWordAt(text, at);
    case 'B':
      return isWordAt(text, at - 1) === isWordAt(text, at);
  }
}

/** The problem with a pattern's source, or undefined when it compiles. */
export function patternProblem(source: string): PatternError | undefined {
  try {
    new Pattern(source, { ignoreCase: true });
    return undefined;
  } catch (error) {
    if (error instanceof PatternError) return error;
    throw error;
  }
}
