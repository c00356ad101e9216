/**
 * Swedish terms as the language writes them: inflected and inside compounds. A list holds the word
 * once ("behandlingshem", "hemtjänst", "kurator") and a draft says "behandlingshemmet",
 * "hemtjänstbeslutet", "skolkuratorssamtalet" or "LSS-handläggaren". Swedish writes compounds as
 * one word, so a term is found
 * - with an inflection ending (placering-en, -ar, -arna; hem-met with the consonant doubled;
 *   skolsköterska → skolsköterskor with the final vowel replaced),
 * - as the modifier of a longer word when the rest is one of the heads that case work uses
 *   (-beslut, -ärende, -samtal, -placering …) or stands after a hyphen, and
 * - as the head of a longer word after a modifier of three or more letters that is not a prefix
 *   ("skolkurator", "bröstcancer"; not "förtroende" for "troende").
 * The work per word is bounded by its length, so finding terms stays linear in the draft.
 *
 * Entries of several words, and entries ending in "*" (a plain prefix), are matched as phrases.
 */
import type { TextModel } from '../text/model';
import { PhraseIndex, type PhraseMatch } from '../text/phrases';

/** Endings of nouns, adjectives and participles, longest first so that the whole rest must be one. */
const ENDINGS = new Set([
  '', 'e', 'en', 'et', 'er', 'erna', 'ers', 'ernas', 'ar', 'arna', 'arnas', 'or', 'orna', 'ornas',
  'n', 'na', 'nas', 'ns', 's', 'es', 'ens', 'ets', 't', 'ts', 'a', 'as', 'ade', 'ad', 'at', 'ande',
  'are', 'arens', 'aren', ':s', ':en', ':et', ':n', ':ar', ':arna',
]);

/** Heads of compounds in case work: a term followed by one of these is the same matter. */
const CASE_HEADS = [
  'beslut', 'ärende', 'ansökan', 'anmälan', 'utredning', 'utredare', 'insats', 'plats', 'hem', 'boende',
  'samtal', 'möte', 'kontakt', 'kontaktperson', 'handläggare', 'handläggning', 'sekreterare', 'tid',
  'stöd', 'placering', 'assistent', 'assistans', 'bidrag', 'handling', 'journal', 'plan', 'behandling',
  'vistelse', 'vård', 'ombud', 'tjänst', 'avgift', 'brukare', 'dom', 'remiss', 'besök', 'kö', 'grupp',
];

/** Prefixes that make a new word rather than a compound: "förtroende" is not about "troende". */
const PREFIXES = new Set([
  'för', 'be', 'an', 'till', 'upp', 'ut', 'in', 'över', 'under', 'åter', 'sam', 'mot', 'av', 'efter',
  'fram', 'bort', 'ned', 'ner', 'om', 'miss', 'van', 'icke', 'gen', 'med', 'vid', 'på', 'i', 'o',
]);

/** A term this short is matched as a whole word (with endings) or after a hyphen, never inside one. */
const MIN_INSIDE = 5;
/** Modifiers shorter than this are prefixes or chance letters ("om-placering"). */
const MIN_MODIFIER = 3;
const KEY = 4;
/** How many looked-up words a term list remembers. */
const MEMORY = 20_000;
const VOWELS = 'aeiouyåäö';

interface Term<T> {
  text: string;
  data: T;
  /** Any longer compound counts: "diagnos*" is "diagnosen", "diagnostiserad", "demensdiagnosen". */
  open: boolean;
}

export interface TermOptions {
  /**
   * A term that modifies a longer word counts whatever the word's head: right for words whose every
   * compound keeps their meaning ("demensdiagnos", "strokeoperationen", "astmamedicin"); wrong for
   * words that start other words ("journal" in "journalist"), so off unless asked for.
   */
  openCompounds?: boolean;
}

function isEnding(rest: string): boolean {
  return ENDINGS.has(rest);
}

/** The rest after a term is an ending: "-en", doubled "hem|met", or "skolsköterska" → "-or". */
function endsTerm(term: string, rest: string): boolean {
  if (isEnding(rest)) return true;
  const last = term[term.length - 1]!;
  if (rest.length > 1 && rest[0] === last && !VOWELS.includes(last) && VOWELS.includes(rest[1]!) && isEnding(rest.slice(1))) return true;
  return false;
}

/** Matches when `word` is the term with an ending after dropping the term's final vowel ("skolsköterskor"). */
function endsWithoutFinalVowel(word: string, p: number, term: string): boolean {
  const last = term[term.length - 1]!;
  if (!VOWELS.includes(last) || term.length < 4) return false;
  const stem = term.slice(0, -1);
  if (!word.startsWith(stem, p)) return false;
  const rest = word.slice(p + stem.length);
  return rest.length > 0 && VOWELS.includes(rest[0]!) && isEnding(rest);
}

const HEADS = CASE_HEADS.slice().sort((a, b) => b.length - a.length);

/** The rest continues the compound with a case-work head: "-beslutet", "s|samtalet", "-handläggaren". */
function continuesCompound(rest: string): boolean {
  if (rest.startsWith('-') && rest.length > 1) return true;
  const body = rest.startsWith('s') ? [rest, rest.slice(1)] : [rest];
  for (const candidate of body) {
    for (const head of HEADS) if (candidate.startsWith(head) && endsTerm(head, candidate.slice(head.length))) return true;
  }
  return false;
}

export interface TermMatch<T> {
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  firstToken: number;
  endToken: number;
  data: T;
}

export class SwedishTerms<T> {
  private readonly phrases: PhraseIndex<T>;
  private readonly byKey = new Map<string, Term<T>[]>();
  private readonly short = new Map<string, Term<T>>();
  /** Words already looked up: drafts repeat their words, and every keystroke re-reads the draft. */
  private readonly seen = new Map<string, Term<T> | null>();
  readonly size: number;

  constructor(entries: Iterable<{ phrase: string; data: T }>, options: TermOptions = {}) {
    const phrases: Array<{ phrase: string; data: T }> = [];
    let size = 0;
    for (const entry of entries) {
      size++;
      let text = entry.phrase.normalize('NFC').trim().toLowerCase();
      // "diagnos*": a single word written as a prefix is a term open to every compound.
      const star = text.endsWith('*') && !/\s/u.test(text);
      if (star) text = text.slice(0, -1);
      if (/[\s*]/u.test(text) || !/^[\p{L}][\p{L}\-:]*$/u.test(text)) {
        phrases.push(entry);
        continue;
      }
      const term = { text, data: entry.data, open: star || options.openCompounds === true };
      if (text.length < KEY) this.short.set(text, term);
      else {
        const key = text.slice(0, KEY);
        const bucket = this.byKey.get(key);
        if (bucket) bucket.push(term);
        else this.byKey.set(key, [term]);
      }
    }
    this.phrases = new PhraseIndex(phrases);
    this.size = size;
  }

  /** Matches left to right, at most one per word; phrases win over single words they cover. */
  find(model: TextModel): TermMatch<T>[] {
    if (this.size === 0) return [];
    const phraseMatches: PhraseMatch<T>[] = this.phrases.find(model);
    const covered = new Set<number>();
    for (const match of phraseMatches) for (let k = match.firstToken; k < match.endToken; k++) covered.add(k);
    const matches: TermMatch<T>[] = [...phraseMatches];
    const { tokens, lower } = model;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.type !== 'word' || covered.has(i)) continue;
      const term = this.match(lower[i]!);
      if (term) matches.push({ start: tokens[i]!.start, end: tokens[i]!.end, firstToken: i, endToken: i + 1, data: term.data });
    }
    return matches.sort((a, b) => a.start - b.start);
  }

  /** The term that `word` (lower case) is a form or a compound of, the longest if several. */
  match(word: string): Term<T> | undefined {
    const known = this.seen.get(word);
    if (known !== undefined) return known ?? undefined;
    const found = this.lookUp(word);
    // Bounded, so that a draft of a million distinct words cannot grow it without end.
    if (this.seen.size >= MEMORY) this.seen.clear();
    this.seen.set(word, found ?? null);
    return found;
  }

  private lookUp(word: string): Term<T> | undefined {
    let best: Term<T> | undefined;
    const consider = (term: Term<T> | undefined) => {
      if (term && (!best || term.text.length > best.text.length)) best = term;
    };
    // Short terms ("lss", "hvb"): the whole word or a part between hyphens, with an ending ("LVU:s").
    for (const piece of word.split('-', 4)) {
      for (let cut = Math.min(piece.length, KEY - 1); cut >= 1; cut--) {
        const term = this.short.get(piece.slice(0, cut));
        if (term && endsTerm(term.text, piece.slice(cut))) consider(term);
      }
    }
    const last = word.length - KEY;
    for (let p = 0; p <= last; p++) {
      // Inside a word only after a real modifier ("skol|kurator") or a hyphen ("LSS-|handläggaren").
      if (p > 0 && word[p - 1] !== '-' && (p < MIN_MODIFIER || PREFIXES.has(word.slice(0, p)))) continue;
      const bucket = this.byKey.get(word.slice(p, p + KEY));
      if (!bucket) continue;
      for (const term of bucket) {
        if (p > 0 && word[p - 1] !== '-' && term.text.length < MIN_INSIDE) continue;
        if (word.startsWith(term.text, p)) {
          const rest = word.slice(p + term.text.length);
          if (endsTerm(term.text, rest) || continuesCompound(rest) || (term.open && rest.length >= 3)) consider(term);
        } else if (endsWithoutFinalVowel(word, p, term.text)) consider(term);
      }
    }
    return best;
  }
}
