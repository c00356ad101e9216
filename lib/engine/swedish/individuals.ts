/**
 * Where a draft speaks about one identifiable person. Several rules need it: a sekretess topic or a
 * diagnosis is general information until it is tied to someone ("pojken", "din mamma", "Anna",
 * "han"). The answer is per sentence, so a rule can look at a topic's own sentence and its neighbours.
 */
import type { TextModel } from '../text/model';
import { PhraseIndex } from '../text/phrases';
import { type Addressee, DU_FORMS, DUTY_MODALS } from './addressee';

/** Pronouns that point at one particular person. "Du" is left out: "du som …" is everyone. */
const PERSON_PRONOUNS = new Set(['han', 'hon', 'hen', 'honom', 'henne', 'hans', 'hennes', 'hens']);

/** Relatives and roles that are one person when owned ("din mamma") or definite ("grannen"). */
const RELATIONS = [
  'mamma', 'pappa', 'mor', 'far', 'mormor', 'morfar', 'farmor', 'farfar', 'son', 'dotter', 'barn',
  'bror', 'syster', 'make', 'maka', 'man', 'fru', 'sambo', 'pojkvän', 'flickvän', 'partner',
  'förälder', 'föräldrar', 'granne', 'kollega', 'chef', 'elev', 'lärare', 'vän', 'kompis', 'svärmor',
  'svärfar', 'barnbarn', 'farbror', 'morbror', 'faster', 'moster', 'kusin', 'brorson', 'systerson',
];
// Not "vår": in the municipality's own posts it is the organisation ("vår barn- och familjeenhet").
const OWNERS = ['din', 'ditt', 'dina', 'min', 'mitt', 'mina', 'er', 'ert', 'hans', 'hennes', 'hens', 'deras'];
const DEFINITE_PERSONS = [
  'pojken', 'flickan', 'killen', 'tjejen', 'mannen', 'kvinnan', 'barnet', 'eleven', 'patienten',
  'brukaren', 'klienten', 'den boende', 'den äldre', 'grannen', 'kollegan', 'medarbetaren',
  'den anställde', 'den anställda', 'läraren', 'sonen', 'dottern', 'mamman', 'pappan', 'modern',
  'fadern', 'föräldern', 'tonåringen', 'flickans', 'pojkens', 'barnets', 'elevens', 'patientens',
  'brukarens', 'mannens', 'kvinnans', 'den unge', 'den unga', '15-åringen', '16-åringen', '17-åringen',
  '14-åringen', '13-åringen', '12-åringen', 'den misstänkte', 'gärningsmannen', 'den dömde', 'pojkarna',
  'flickorna', 'syskonen', 'tvillingarna',
];
const CASE_WORDS = ['ditt ärende', 'ert ärende', 'mitt ärende', 'hans ärende', 'hennes ärende', 'din ansökan', 'din anmälan', 'ditt beslut', 'din utredning', 'ditt bistånd'];

const INDIVIDUAL_PHRASES = new PhraseIndex(
  [
    // "pojkens", "mammans": the definite persons in the genitive.
    ...DEFINITE_PERSONS.filter((person) => !person.includes(' ') && !person.endsWith('s')).map((person) => `${person}s`),
    'syskonen', 'småsyskonen', 'barnen i familjen',
    // "din mamma" and the genitive "din mammas (beslut)".
    ...OWNERS.flatMap((owner) => RELATIONS.flatMap((relation) => [`${owner} ${relation}`, `${owner} ${relation.endsWith('s') ? relation : `${relation}s`}`])),
    ...DEFINITE_PERSONS,
    ...CASE_WORDS,
  ].map((phrase) => ({ phrase, data: phrase })),
);

/** Token indexes of given names written as names (capitalised, not all capitals), also in the genitive ("Alvas"). */
export function nameTokens(model: TextModel, names: ReadonlySet<string>): number[] {
  const found: number[] = [];
  model.tokens.forEach((token, index) => {
    if (token.type !== 'word') return;
    if (names.has(token.text) || (token.text.endsWith('s') && names.has(token.text.slice(0, -1)))) found.push(index);
  });
  return found;
}

/** Something that finds marker words: a phrase index or a term list. */
interface MarkerFinder {
  find(model: TextModel): Array<{ firstToken: number }>;
}

export interface IndividualOptions {
  /** Given names that mark a person (the pack's names). */
  names: ReadonlySet<string>;
  /** The pack's own words that tie a matter to a person or a case. */
  extra?: MarkerFinder;
  /** Count han/hon/hen as a person ("Han har fått stöd av socialtjänsten" is about someone). */
  pronouns?: boolean;
  /**
   * Count sentences that say something about the reader ("du", "din"): always, or only when the
   * draft is written to one person (a reply that greets them or opens with their handle).
   */
  reader?: 'always' | 'one-person';
  /** Whom the draft speaks to (see addressee.ts); needed for `reader`. */
  addressee?: Addressee;
  /** Thanks passed on ("Tack för dina fina ord", "vi skickar vidare ditt beröm") say nothing about the reader's matter. */
  thanksAreNotAboutReader?: boolean;
}

const ROLE_NOUNS = new Set(['brukaren', 'patienten', 'klienten', 'eleven', 'kunden', 'vårdnadshavaren']);
const DESCRIBED_PERSONS = new Set(['barnen', 'pojken', 'flickan', 'mannen', 'kvinnan', 'paret', 'eleven', 'tjejen', 'killen', 'damen', 'barnet']);
const HOMES = new Set(['huset', 'lägenheten', 'villan', 'radhuset', 'hörnhuset', 'trappuppgången']);

/** A name followed (after a surname and a comma) by "som": a relative clause about that person. */
function toldAbout(model: TextModel, index: number): boolean {
  for (let k = index + 1; k <= index + 3 && k < model.tokens.length; k++) {
    if (model.lower[k] === 'som') return model.sentenceOf[k] === model.sentenceOf[index];
    if (model.tokens[k]!.text !== ',' && !/^\p{Lu}/u.test(model.tokens[k]!.text)) return false;
  }
  return false;
}

/** The sentences (by index) that mention one identifiable person or a person's case. */
export function individualSentences(model: TextModel, options: IndividualOptions): Set<number> {
  const sentences = new Set<number>();
  // "Behöver ditt barn specialkost …?": a relative of whoever reads, in a question to anyone.
  const open = new Map<number, boolean>();
  const add = (index: number) => {
    const sentence = model.sentenceOf[index]!;
    const owner = model.lower[index]!;
    // "Brukaren ska själv meddela hemtjänsten": a role told what it must do is whoever reads, not one person.
    if (ROLE_NOUNS.has(owner) && (DUTY_MODALS.has(model.lower[index + 1] ?? '') || model.lower[index + 1] === 'ansvarar')) return;
    if (YOUR_FORMS.has(owner)) {
      let question = open.get(sentence);
      if (question === undefined) open.set(sentence, (question = opensQuestionToAnyone(model, sentence, index)));
      if (question) return;
    }
    sentences.add(sentence);
  };
  for (const match of INDIVIDUAL_PHRASES.find(model)) add(match.firstToken);
  if (options.extra) for (const match of options.extra.find(model)) add(match.firstToken);
  // A name counts where the draft speaks about someone, not where it greets the person it answers.
  const vocatives = new Set(options.addressee?.vocatives ?? []);
  for (const index of nameTokens(model, options.names)) {
    // "Grattis Tove Hedlund, som är …": the person greeted, then told about.
    if (!vocatives.has(index) || toldAbout(model, index)) sentences.add(model.sentenceOf[index]!);
  }
  // "familjen Berg": one household, named; "vår nya vaktmästare": one person, introduced;
  // "Alex, 17 år": someone by name and age.
  model.lower.forEach((word, index) => {
    // "barnen i huset på Storgatan", "pojken på Björkvägen": people by where they live.
    if (DESCRIBED_PERSONS.has(word) && (model.lower[index + 1] === 'i' || model.lower[index + 1] === 'på')) {
      const place = model.tokens[index + 2];
      if (place && (/^\p{Lu}/u.test(place.text) || HOMES.has(model.lower[index + 2]!))) sentences.add(model.sentenceOf[index]!);
    }
    if (word === 'år' && model.tokens[index - 1]?.type === 'number' && model.tokens[index - 2]?.text === ',' && /^\p{Lu}\p{Ll}/u.test(model.tokens[index - 3]?.text ?? '')) {
      sentences.add(model.sentenceOf[index]!);
    }
    if ((word === 'familjen' || word === 'makarna') && /^\p{Lu}\p{Ll}/u.test(model.tokens[index + 1]?.text ?? '')) sentences.add(model.sentenceOf[index]!);
    // "familjen i det gula huset": one household, described.
    if (word === 'familjen' && ['i', 'på', 'vid', 'bredvid', 'mittemot'].includes(model.lower[index + 1] ?? '')) sentences.add(model.sentenceOf[index]!);
    if (word === 'vår' && (model.lower[index + 1] === 'nya' || model.lower[index + 1] === 'nye') && model.tokens[index + 2]?.type === 'word') {
      sentences.add(model.sentenceOf[index]!);
    }
  });
  if (options.pronouns) {
    model.lower.forEach((word, index) => {
      if (model.tokens[index]!.type === 'word' && PERSON_PRONOUNS.has(word) && !pointsAtStaff(model, index)) {
        sentences.add(model.sentenceOf[index]!);
      }
    });
  }
  if (options.reader === 'always' || (options.reader === 'one-person' && options.addressee?.onePerson)) {
    const onePerson = options.addressee?.onePerson ?? false;
    model.sentences.forEach((_sentence, index) => {
      if (speaksAboutReader(model, index, onePerson) && !(options.thanksAreNotAboutReader && passesOnThanks(model, index))) sentences.add(index);
    });
  }
  return sentences;
}

/** Roles of the municipality's own staff: "en biståndshandläggare", "vår skolsköterska". */
const STAFF = /(?:handläggare|sekreterare|sköterska|läkare|kurator|psykolog|rektor|lärare|pedagog|assistent|personal|medarbetare|tjänsteman|tjänstemän|samordnare|chef|coach|vägledare|rådgivare|utredare|behandlare)$/u;
const STAFF_DETERMINERS = new Set(['en', 'ett', 'vår', 'våra', 'någon', 'kommunens']);

/**
 * "…be att få prata med en biståndshandläggare. Hon hjälper dig": "hon" is the staff member just
 * introduced, not someone whose matter is discussed. True when an indefinite or "vår" staff role
 * stands earlier in the pronoun's sentence or in the sentence before it.
 */
function pointsAtStaff(model: TextModel, index: number): boolean {
  const sentence = model.sentenceOf[index]!;
  // At most 30 words back: enough for two sentences, and bounded work per pronoun on any draft.
  const from = Math.max(index - 30, sentence > 0 ? model.sentences[sentence - 1]!.firstToken : model.sentences[sentence]!.firstToken);
  for (let k = index - 1; k > from; k--) {
    if (STAFF.test(model.lower[k]!) && (STAFF_DETERMINERS.has(model.lower[k - 1]!) || STAFF_DETERMINERS.has(model.lower[k - 2] ?? ''))) return true;
  }
  return false;
}

const THANKS = new Set(['tack', 'tackar', 'tacka', 'beröm', 'berömmet', 'hälsningen', 'hälsningar']);

/** "Tack för dina fina ord", "vi skickar vidare ditt beröm": thanks, not a fact about the reader. */
function passesOnThanks(model: TextModel, index: number): boolean {
  const { firstToken, endToken } = model.sentences[index]!;
  for (let i = firstToken; i < endToken; i++) {
    const word = model.lower[i]!;
    if (THANKS.has(word) || (word === 'fina' && model.lower[i + 1] === 'ord') || (word === 'skickar' && model.lower[i + 1] === 'vidare')) return true;
  }
  return false;
}
const YOUR_FORMS: ReadonlySet<string> = new Set(['din', 'ditt', 'dina']);

/** Whether sentence `index` ends in a question mark; emoji after it ("… specialkost? 🥜🥛") still end a question. */
function asks(model: TextModel, index: number): boolean {
  const { firstToken, endToken } = model.sentences[index]!;
  let end = endToken - 1;
  while (end > firstToken && model.tokens[end]!.type === 'emoji') end--;
  const last = model.tokens[end]!;
  return last.type === 'punct' && last.text.includes('?');
}

/**
 * "Har du …?", "Behöver ditt barn …?", "Har du eller ditt barn …?": a verb first, then the reader, in
 * a question; or in a condition put first without "om" ("Väljer du inte får ditt barn …").
 */
function opensQuestionToAnyone(model: TextModel, index: number, at: number): boolean {
  const { firstToken, endToken } = model.sentences[index]!;
  let first = firstToken;
  while (first < endToken && model.tokens[first]!.type !== 'word') first++;
  if (!asks(model, index)) {
    // "Väljer du inte får ditt barn plats på närmaste skolan": a verb first, "du", no question — a condition.
    return at > first + 1 && model.lower[first + 1] === 'du' && /\p{Ll}{2,}r$/u.test(model.lower[first]!);
  }
  return at > first && OPEN_QUESTION_VERBS.has(model.lower[first]!) && DU_FORMS.has(model.lower[first + 1] ?? '');
}

/** "om du …", "när du …": a condition anyone may meet, not a fact about the reader. */
const CONDITIONS = new Set(['om', 'när', 'ifall', 'innan', 'såvida']);
/** "Har du frågor om …?", "Vill du veta mer …?": a question to anyone who reads. */
const OPEN_QUESTION_VERBS = new Set([
  'har', 'vill', 'behöver', 'undrar', 'känner', 'vet', 'saknar', 'funderar', 'letar', 'söker', 'planerar',
  'ska', 'kan', 'är', 'tänker', 'bor', 'jobbar', 'arbetar', 'får', 'brukar', 'skulle', 'vill', 'använder', 'äter',
  'går', 'åker',
]);
/** "du kan läsa mer", "kontakta din handläggare": instructions and referrals say nothing about a case. */
const INSTRUCTIONS = new Set(['läsa', 'läser', 'hitta', 'hittar', 'ansöka', 'ansöker', 'söka', 'kontakta', 'ringa', 'ring', 'mejla', 'maila', 'boka', 'anmäla', 'vända', 'vänd', 'når', 'nå', 'prata', 'fråga', 'kontaktar', 'ringer', 'mejlar']);
const GENERIC_RELATIVE_HEADS = new Set(['du', 'dig', 'er', 'ni', 'alla', 'den', 'de', 'dem']);

/**
 * Whether sentence `index` says something about the reader: it has "du"/"din" that is not a
 * condition ("om du har diabetes"), an open question ("Har du frågor om …?"), an instruction or
 * referral ("du når din handläggare via växeln"), or — unless the draft is written to one person —
 * a group ("du som är gravid", "alla som").
 */
export function speaksAboutReader(model: TextModel, index: number, onePerson: boolean): boolean {
  const sentence = model.sentences[index]!;
  const { lower, tokens } = model;
  let you = false;
  const question = asks(model, index);
  let firstWord = sentence.firstToken;
  while (firstWord < sentence.endToken && tokens[firstWord]!.type !== 'word') firstWord++;
  // "Har du en funktionsnedsättning? Då kan du ha rätt till stöd": the answer to an open question.
  if (lower[firstWord] === 'då' && index > 0 && opensQuestionToAnyone(model, index - 1, model.sentences[index - 1]!.firstToken + 1)) return false;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const word = lower[i]!;
    if (!DU_FORMS.has(word)) continue;
    const previous = lower[i - 1] ?? '';
    const next = lower[i + 1] ?? '';
    if ((word === 'du' || word === 'dig') && CONDITIONS.has(previous)) return false;
    // "Har du frågor om …?", and without the question mark a condition: "Har du parkeringstillstånd parkerar du gratis".
    if (word === 'du' && i === firstWord + 1 && OPEN_QUESTION_VERBS.has(lower[firstWord]!)) return false;
    // "Behöver ditt barn specialkost …?": the same open question, about the reader's child.
    if (word !== 'du' && word !== 'dig' && question && i === firstWord + 1 && OPEN_QUESTION_VERBS.has(lower[firstWord]!)) return false;
    if (next === 'som' && GENERIC_RELATIVE_HEADS.has(word) && !onePerson) return false;
    if (word === 'du' && INSTRUCTIONS.has(next)) continue;
    if ((word === 'din' || word === 'ditt' || word === 'dina') && INSTRUCTIONS.has(previous)) continue;
    if (word === 'du' && next === 'kan' && INSTRUCTIONS.has(lower[i + 2] ?? '')) continue;
    you = true;
  }
  if (!you) return false;
  // "alla som …" or "den som …" anywhere in the sentence: it speaks to a group.
  if (!onePerson) {
    for (let i = sentence.firstToken; i < sentence.endToken - 1; i++) {
      if (lower[i + 1] === 'som' && (lower[i] === 'alla' || lower[i] === 'den')) return false;
    }
  }
  return true;
}

/** True when sentence `index` or one within `window` sentences of it is in `sentences`. */
export function near(sentences: ReadonlySet<number>, index: number, window: number): boolean {
  for (let k = index - window; k <= index + window; k++) if (sentences.has(k)) return true;
  return false;
}
