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
    /** Offset in the pattern's source where the problem is. */
    readonly at: number,
  ) {
    super(message);
    this.name = 'PatternError';
  }
}

// ---------------------------------------------------------------- syntax

type Node =
  /** `codePoint`: the one character a literal stands for, so that it can end a range in [ ]. */
  | { type: 'char'; test: CharTest; codePoint?: number }
  | { type: 'empty' }
  | { type: 'assert'; kind: '^' | '$' | 'b' | 'B' }
  | { type: 'concat'; parts: Node[] }
  | { type: 'alt'; options: Node[] }
  | { type: 'repeat'; node: Node; min: number; max: number; greedy: boolean };

/** Whether a code point belongs: a set of ranges and of the browser's Unicode properties. */
type CharTest = (codePoint: number) => boolean;

const WORD = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const DIGIT = (c: number) => c >= 48 && c <= 57;
const SPACE_CHARS = /\s/u;
const SPACE = (c: number) => SPACE_CHARS.test(String.fromCodePoint(c));
const LINE_BREAK = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/** `\\p{…}` as the browser knows it; under `i` a character counts when one of its cases does, as in RegExp. */
function property(name: string, negated: boolean, ignoreCase: boolean, at: number): CharTest {
  let regex: RegExp;
  try {
    regex = new RegExp(`^\\p{${name}}$`, 'u');
  } catch {
    throw new PatternError(`unknown Unicode property \\p{${name}}`, at);
  }
  const test = (char: string) => regex.test(char) !== negated;
  if (!ignoreCase) return (c) => test(String.fromCodePoint(c));
  return (c) => {
    const char = String.fromCodePoint(c);
    return test(char) || test(char.toLowerCase()) || test(char.toUpperCase());
  };
}

class Parser {
  private at = 0;
  private readonly chars: string[];
  /** Offsets in the source of each code point, for messages. */
  private readonly offsets: number[] = [];

  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean,
  ) {
    this.chars = [...source];
    let offset = 0;
    for (const char of this.chars) {
      this.offsets.push(offset);
      offset += char.length;
    }
    this.offsets.push(offset);
  }

  parse(): Node {
    const node = this.alternation();
    if (this.at < this.chars.length) {
      throw this.error(this.peek() === ')' ? 'unmatched ")"' : `unexpected "${this.peek()}"`);
    }
    return node;
  }

  private error(message: string, at = this.at): PatternError {
    return new PatternError(message, this.offsets[Math.min(at, this.offsets.length - 1)]!);
  }

  private peek(ahead = 0): string | undefined {
    return this.chars[this.at + ahead];
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { type: 'alt', options };
  }

  private sequence(): Node {
    const parts: Node[] = [];
    while (this.at < this.chars.length && this.peek() !== '|' && this.peek() !== ')') {
      parts.push(this.quantified(this.atom()));
    }
    if (parts.length === 0) return { type: 'empty' };
    return parts.length === 1 ? parts[0]! : { type: 'concat', parts };
  }

  /** One quantifier after an atom; a second ("a**") is refused by `atom`, as RegExp does. */
  private quantified(node: Node): Node {
    const start = this.at;
    const char = this.peek();
    let min: number;
    let max: number;
    if (char === '*') [min, max] = [0, Infinity];
    else if (char === '+') [min, max] = [1, Infinity];
    else if (char === '?') [min, max] = [0, 1];
    else if (char === '{') {
      const counted = this.count();
      if (!counted) return node; // the next atom refuses the lone "{", as RegExp does with `u`
      [min, max] = counted;
    } else return node;
    if (char !== '{') this.at++;
    if (node.type === 'assert') throw this.error('nothing to repeat', start);
    const greedy = this.peek() !== '?';
    if (!greedy) this.at++;
    return { type: 'repeat', node, min, max, greedy };
  }

  /** `{n}`, `{n,}`, `{n,m}` from the current "{", or undefined (and nothing consumed). */
  private count(): [number, number] | undefined {
    const rest = this.chars.slice(this.at, this.at + 16).join('');
    const m = /^\{(\d+)(,(\d*))?\}/.exec(rest);
    if (!m) return undefined;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    if (max < min) throw this.error('numbers out of order in {} quantifier');
    if (min > MAX_COUNT || (max !== Infinity && max > MAX_COUNT)) {
      throw this.error(`a count above ${MAX_COUNT} in {} (write a shorter pattern)`);
    }
    this.at += [...m[0]].length;
    return [min, max];
  }

  private atom(): Node {
    const start = this.at;
    const char = this.chars[this.at++]!;
    switch (char) {
      case '(':
        return this.group(start);
      case '[':
        return { type: 'char', test: this.charClass() };
      case '.':
        return { type: 'char', test: (c) => !LINE_BREAK(c) };
      case '^':
        return { type: 'assert', kind: '^' };
      case '$':
        return { type: 'assert', kind: '$' };
      case '\\':
        return this.escape(false);
      case '*':
      case '+':
      case '?':
        throw this.error('nothing to repeat', start);
      case '{':
        if (this.count()) throw this.error('nothing to repeat', start);
        throw this.error('lone "{" (write \\{)', start);
      case ']':
      case '}':
        throw this.error(`lone "${char}" (write \\${char})`, start);
      default:
        return this.literal(char);
    }
  }

  private literal(char: string): Node {
    return this.codePoint(char.codePointAt(0)!);
  }

  private codePoint(codePoint: number): Node {
    return { type: 'char', test: this.single(codePoint), codePoint };
  }

  /** One code point, or its other case too under `i`. */
  private single(codePoint: number): CharTest {
    if (!this.ignoreCase) return (c) => c === codePoint;
    const folded = fold(codePoint);
    return (c) => c === codePoint || fold(c) === folded;
  }

  private group(start: number): Node {
    if (this.peek() === '?') {
      const next = this.peek(1);
      if (next === ':') this.at += 2;
      else if (next === '=' || next === '!') throw this.error('lookahead (?= …) and (?! …) are not supported: patterns run in linear time', start);
      else if (next === '<' && (this.peek(2) === '=' || this.peek(2) === '!')) {
        throw this.error('lookbehind (?<= …) and (?<! …) are not supported: patterns run in linear time', start);
      } else if (next === '<') {
        const close = this.chars.indexOf('>', this.at);
        const name = close < 0 ? '' : this.chars.slice(this.at + 2, close).join('');
        if (!/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(name)) throw this.error('a group name (?<name> …) must be a word', start);
        this.at = close + 1;
      } else throw this.error('unknown group (? …)', start);
    }
    const node = this.alternation();
    if (this.peek() !== ')') throw this.error('unclosed "("', start);
    this.at++;
    return node;
  }

  /** After a backslash, in or out of a class. */
  private escape(inClass: boolean): Node {
    const start = this.at - 1;
    const char = this.chars[this.at++];
    if (char === undefined) throw this.error('"\\" at the end of the pattern', start);
    const test = (fn: CharTest): Node => ({ type: 'char', test: fn });
    switch (char) {
      case 'd':
        return test(DIGIT);
      case 'D':
        return test((c) => !DIGIT(c));
      case 'w':
        return test(WORD);
      case 'W':
        return test((c) => !WORD(c));
      case 's':
        return test(SPACE);
      case 'S':
        return test((c) => !SPACE(c));
      case 'p':
      case 'P': {
        if (this.peek() !== '{') throw this.error(`\\${char} needs a property, as in \\${char}{L}`, start);
        const close = this.chars.indexOf('}', this.at);
        if (close < 0) throw this.error(`unclosed \\${char}{`, start);
        const name = this.chars.slice(this.at + 1, close).join('');
        this.at = close + 1;
        return test(property(name, char === 'P', this.ignoreCase, this.offsets[start]!));
      }
      case 'b':
        if (inClass) return this.literal('\b');
        return { type: 'assert', kind: 'b' };
      case 'B':
        if (inClass) throw this.error('\\B inside [ ]', start);
        return { type: 'assert', kind: 'B' };
      case 'k':
        throw this.error('back-references (\\k<name>) are not supported: patterns run in linear time', start);
      case 'n':
        return this.literal('\n');
      case 'r':
        return this.literal('\r');
      case 't':
        return this.literal('\t');
      case 'f':
        return this.literal('\f');
      case 'v':
        return this.literal('\v');
      case 'x': {
        const hex = this.chars.slice(this.at, this.at + 2).join('');
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw this.error('\\x needs two hex digits', start);
        this.at += 2;
        return this.codePoint(parseInt(hex, 16));
      }
      case 'u': {
        const rest = this.chars.slice(this.at, this.at + 10).join('');
        const m = /^(?:([0-9a-fA-F]{4})|\{([0-9a-fA-F]{1,6})\})/.exec(rest);
        const codePoint = m ? parseInt(m[1] ?? m[2]!, 16) : NaN;
        if (!m || codePoint > 0x10ffff) throw this.error('\\u needs four hex digits or {…}', start);
        this.at += m[0].length;
        return this.codePoint(codePoint);
      }
      case '0':
        if (DIGIT(this.peek()?.codePointAt(0) ?? -1)) throw this.error('octal escapes are not supported', start);
        return this.literal('\0');
      default:
        if (/[1-9]/.test(char)) {
          throw this.error('back-references (\\1 …) are not supported: patterns run in linear time', start);
        }
        // With the `u` flag only syntax characters may be escaped; RegExp refuses "\q".
        if (!/[\^$\\.*+?()[\]{}|/-]/.test(char)) throw this.error(`unknown escape \\${char}`, start);
        return this.literal(char);
    }
  }

  private charClass(): CharTest {
    const start = this.at - 1;
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const tests: CharTest[] = [];
    // "[]" matches nothing and "[^]" anything, as in RegExp.
    while (this.peek() !== ']') {
      if (this.at >= this.chars.length) throw this.error('unclosed "["', start);
      const from = this.classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        const dash = this.at;
        this.at++;
        const to = this.classAtom();
        if (from.codePoint === undefined || to.codePoint === undefined) throw this.error('a range needs single characters', dash);
        if (to.codePoint < from.codePoint) throw this.error('range out of order in [ ]', dash);
        const [lo, hi] = [from.codePoint, to.codePoint];
        tests.push(this.ignoreCase ? (c) => (c >= lo && c <= hi) || inRangeFolded(c, lo, hi) : (c) => c >= lo && c <= hi);
      } else tests.push(from.test);
    }
    this.at++;
    return (c) => tests.some((test) => test(c)) !== negated;
  }

  private classAtom(): { test: CharTest; codePoint?: number } {
    const char = this.chars[this.at++]!;
    const node = char === '\\' ? this.escape(true) : this.literal(char);
    if (node.type !== 'char') throw this.error('not a character inside [ ]');
    return node;
  }
}

const folds = new Map<number, number>();
/** A code point's case-insensitive key: its lower case when that is one code point. */
function fold(codePoint: number): number {
  let folded = folds.get(codePoint);
  if (folded === undefined) {
    const lower = [...String.fromCodePoint(codePoint).toLowerCase()];
    folded = lower.length === 1 ? lower[0]!.codePointAt(0)! : codePoint;
    if (folds.size < 10_000) folds.set(codePoint, folded);
  }
  return folded;
}

function inRangeFolded(c: number, lo: number, hi: number): boolean {
  const upper = [...String.fromCodePoint(c).toUpperCase()];
  const u = upper.length === 1 ? upper[0]!.codePointAt(0)! : c;
  const l = fold(c);
  return (u >= lo && u <= hi) || (l >= lo && l <= hi);
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

  constructor(private readonly source: string) {}

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
    this.program = new Compiler(source).compile(tree);
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

function isWordAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && WORD(text.charCodeAt(at));
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
