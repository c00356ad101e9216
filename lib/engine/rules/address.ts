/**
 * `address` (du-tilltal): the reader is addressed as "du" (Hofors 2.5 "Läsaren ska alltid tilltalas
 * med 'du'"; Myndigheternas skrivregler 2.2). Flags the capitalised courtesy forms Ni/Er/Ert/Era/Eder
 * inside a sentence, "ni" to one person ("Ni är välkommen", "Ni får läsa det själv", "ni" in a reply
 * to one person greeted or called by name or title), and third-person address ("den sökande"), each
 * with the du-form that fits, the role the reader has in the matter when it is asked to do something
 * ("Vårdnadshavaren ombeds meddela …") and — in a reply to one person — whatever it is told
 * ("Hej Mikael! Fastighetsägaren behöver inte söka bygglov …"). Plural "ni" to a group is
 * correct and left alone, and so is a third-person phrase that names someone else ("vederbörande
 * handläggare").
 */
import { DU_FORMS, DUTY_MODALS, findAddressee } from '../swedish/addressee';
import { nameTokens } from '../swedish/individuals';
import { matchCase } from '../text/casing';
import { PhraseIndex } from '../text/phrases';
import type { TextModel } from '../text/model';
import type { Hit, RuleImplementation } from './rule';

/** Courtesy capitals and the du-forms that replace them, the likelier first. */
const COURTESY_FORMS: Record<string, { object: string[]; possessive: string[] }> = {
  Ni: { object: ['du'], possessive: ['du'] },
  Er: { object: ['dig', 'din'], possessive: ['din', 'dig'] },
  Eder: { object: ['dig'], possessive: ['din'] },
  Ert: { object: ['ditt'], possessive: ['ditt'] },
  Era: { object: ['dina'], possessive: ['dina'] },
  Eran: { object: ['din'], possessive: ['din'] },
  // The capitalised du-forms are the same courtesy style: "Beträffande Din fråga" → "din".
  Du: { object: ['du'], possessive: ['du'] },
  Dig: { object: ['dig'], possessive: ['dig'] },
  Din: { object: ['din'], possessive: ['din'] },
  Ditt: { object: ['ditt'], possessive: ['ditt'] },
  Dina: { object: ['dina'], possessive: ['dina'] },
};

/**
 * Words that may follow "Er" when it is an object ("vi kontaktar Er gärna", "tack till Er som …");
 * any other word after it is taken as what "Er" owns ("Er ansökan" → "din ansökan").
 */
const AFTER_OBJECT = new Set([
  'gärna', 'snart', 'igen', 'direkt', 'också', 'senast', 'så', 'att', 'när', 'om', 'på', 'i', 'med',
  'till', 'för', 'via', 'inom', 'per', 'som', 'och', 'eller', 'men', 'nu', 'då', 'här', 'där', 'alla',
  'båda', 'själv', 'själva', 'personligen', 'inte', 'redan', 'med', 'av', 'efter', 'under', 'hem',
]);

/** Predicates in the singular that show "ni" means one person: "Ni är välkommen" (plural: välkomna). */
const SINGULAR_PREDICATES = new Set([
  'välkommen', 'varmt', 'hjärtligt', 'nöjd', 'berättigad', 'skyldig', 'behörig', 'medveten', 'säker',
  'intresserad', 'antagen', 'beviljad', 'godkänd', 'glad', 'ensam', 'sjuk', 'folkbokförd', 'anmäld',
  'registrerad', 'bosatt', 'försäkrad', 'ansvarig', 'kallad', 'inbjuden', 'välkomnad',
]);
const COPULAS = new Set(['är', 'var', 'blir', 'blev', 'vore', 'känner']);

const DU_CAPITALS = new Set(['Du', 'Dig', 'Din', 'Ditt', 'Dina']);
/**
 * "Beträffande Din fråga": a capital du-form right after a word or a comma. After a handle, an
 * emoji or an abbreviation's full stop ("500 kr. Du anmäler …") it is the start of a sentence.
 */
function inRunningText(model: TextModel, index: number): boolean {
  const previous = model.tokens[index - 1];
  if (!previous || model.tokens[index]!.newlinesBefore > 0 || model.sentenceOf[index - 1] !== model.sentenceOf[index]) return false;
  return previous.type === 'word' || previous.type === 'number' || previous.text === ',' || previous.text === ';';
}

/** First word of its sentence, or the first after a colon ("Till alla vårdnadshavare: Ni är …"). */
function isSentenceStart(model: TextModel, index: number): boolean {
  const first = model.sentences[model.sentenceOf[index]!]!.firstToken;
  for (let i = index - 1; i >= first; i--) {
    const token = model.tokens[i]!;
    if (token.type === 'punct' && token.text === ':') return true;
    if (token.type !== 'punct' && token.type !== 'emoji') return false;
  }
  return true;
}

function singularNi(model: TextModel, index: number): boolean {
  const { lower } = model;
  const verb = lower[index + 1];
  if (verb === undefined || !COPULAS.has(verb)) return false;
  for (let k = index + 2; k <= index + 4 && k < lower.length; k++) {
    if (model.sentenceOf[k] !== model.sentenceOf[index]) return false;
    const word = lower[k]!;
    if (SINGULAR_PREDICATES.has(word)) return word !== 'varmt' && word !== 'hjärtligt' ? true : lower[k + 1] === 'välkommen';
    if (word.endsWith('a') || word === 'er') return false;
  }
  return false;
}

const LOWER_FORMS: Record<string, { object: string[]; possessive: string[] }> = {
  ni: { object: ['du'], possessive: ['du'] },
  er: { object: ['dig'], possessive: ['din', 'ditt'] },
  ert: { object: ['ditt'], possessive: ['ditt'] },
  era: { object: ['dina'], possessive: ['dina'] },
};

const PLURAL_MARKERS = new Set(['tillsammans', 'båda', 'bägge', 'varandra', 'två', 'själva', 'familjen', 'hushållet', 'familj']);
/** The sentences that speak to several: "… så kan ni lösa det tillsammans". */
function pluralSentences(model: TextModel): Set<number> {
  const sentences = new Set<number>();
  model.lower.forEach((word, index) => {
    if (PLURAL_MARKERS.has(word)) sentences.add(model.sentenceOf[index]!);
  });
  return sentences;
}

/**
 * "… kan träffa dig hemma så pratar ni om det": a writer who has just said "du" or "dig" in the
 * sentence means more than the reader by "ni" (the reader and the one they meet).
 */
function duBefore(model: TextModel, index: number): boolean {
  const first = model.sentences[model.sentenceOf[index]!]!.firstToken;
  // "Ring enhetschefen …, så kan ni prata": the reader and the one they are sent to.
  if (CONTACT_IMPERATIVES.has(model.lower[first] ?? '')) return true;
  for (let k = index - 1; k >= first && k >= index - 30; k--) if (DU_FORMS.has(model.lower[k]!)) return true;
  return false;
}
const CONTACT_IMPERATIVES = new Set(['ring', 'kontakta', 'mejla', 'maila', 'träffa', 'boka', 'besök', 'prata', 'fråga']);

/** "Ni får läsa det själv": "själv" (not "själva") in the same clause makes "ni" one person. */
function niWithSjalv(model: TextModel, index: number): boolean {
  const sentence = model.sentenceOf[index];
  for (let k = index + 1; k <= index + 8 && k < model.tokens.length; k++) {
    if (model.sentenceOf[k] !== sentence) return false;
    const token = model.tokens[k]!;
    if (token.type === 'punct' && token.text !== '-') return false;
    if (model.lower[k] === 'själv') return true;
    if (model.lower[k] === 'själva' || model.lower[k] === 'alla' || model.lower[k] === 'båda') return false;
  }
  return false;
}

/**
 * Whether a third-person phrase is followed by what it is about rather than by what the reader
 * does: "vederbörande handläggare" names another person (a noun follows), "Vederbörande kontaktas"
 * and "Den sökande ska …" address the reader (a verb follows).
 */
const FINITE_VERBS = new Set(['ska', 'skall', 'kan', 'bör', 'får', 'måste', 'vill', 'är', 'har', 'blir', 'var', 'hade', 'blev', 'kommer', 'torde', 'äger', 'ges', 'ombeds', 'ombedes', 'uppmanas', 'hänvisas', 'kallas', 'kontaktas', 'meddelas', 'underrättas']);
const FUNCTION_WORDS = new Set(['att', 'och', 'som', 'i', 'på', 'med', 'till', 'för', 'om', 'av', 'inte', 'också', 'alltid', 'själv', 'eller', 'men', 'så', 'vid', 'hos', 'från', 'under', 'efter', 'nu', 'då', 'redan', 'snarast', 'gärna']);
/** "… kan ansöka", "… behöver inte": a modal or a finite verb follows the role. */
function isVerbAfter(model: TextModel, index: number): boolean {
  const word = model.lower[index];
  if (word === undefined || model.sentenceOf[index] !== model.sentenceOf[index - 1]) return false;
  return FINITE_VERBS.has(word) || REQUEST_VERBS.has(word) || ['behöver', 'brukar', 'äger', 'ansvarar', 'betalar', 'ansöker', 'söker', 'skickar', 'fyller'].includes(word);
}

/**
 * Passive requests: whoever "ombeds" or "uppmanas" to do something, or is told what they "ansvarar"
 * for, is the one reading.
 */
const PASSIVE_REQUESTS = new Set(['ombeds', 'ombedes', 'uppmanas', 'anmodas', 'erinras', 'påminns']);
const REQUEST_VERBS = new Set([...PASSIVE_REQUESTS, 'åläggs', 'förväntas', 'tillfrågas', 'uppmanades', 'ombads', 'åligger', 'ansvarar']);

/** Roles that in a post usually name one party rather than the reader: "Ägaren har hämtat katten". */
const SOMEONE_IN_A_POST = new Set(['föreningen', 'ägaren', 'mottagaren', 'medlemmen']);

/** "Den enskilde som önskar erhålla försörjningsstöd ombeds …": the request after a relative clause. */
function askedAfterRelative(model: TextModel, index: number): boolean {
  if (model.lower[index] !== 'som') return false;
  const sentence = model.sentenceOf[index];
  for (let k = index + 2; k < index + 14 && k < model.tokens.length && model.sentenceOf[k] === sentence; k++) {
    if (REQUEST_VERBS.has(model.lower[k]!)) return true;
  }
  return false;
}

function namesSomeoneElse(model: TextModel, firstToken: number, endToken: number): boolean {
  // "Vill vederbörande överklaga …": the phrase is the subject after a verb, so it is the reader.
  const before = model.lower[firstToken - 1];
  if (before !== undefined && model.sentenceOf[firstToken - 1] === model.sentenceOf[firstToken] && (FINITE_VERBS.has(before) || before === 'vill')) return false;
  const next = model.tokens[endToken];
  if (!next || next.type !== 'word' || model.sentenceOf[endToken] !== model.sentenceOf[endToken - 1]) return false;
  const word = model.lower[endToken]!;
  if (FINITE_VERBS.has(word) || FUNCTION_WORDS.has(word)) return false;
  // Present and past tense, passive: "kontaktas", "ansöker", "skickade".
  if (/(?:[aeiouyåäö]r|s|de|te)$/u.test(word) && !/(?:are|ere|ande|ende)$/u.test(word)) return false;
  return /^\p{Ll}/u.test(next.text);
}

function isObjectPosition(model: TextModel, index: number): boolean {
  const next = model.tokens[index + 1];
  return !next || next.type !== 'word' || AFTER_OBJECT.has(model.lower[index + 1]!);
}

export const address: RuleImplementation<'address'> = {
  kind: 'address',
  swedishOnly: true,
  ownWordingOnly: true,
  compile(rule) {
    const thirdPerson = new PhraseIndex(rule.thirdPerson.map((phrase) => ({ phrase, data: phrase })));
    const readerRoles = new PhraseIndex(rule.readerRoles.map((phrase) => ({ phrase, data: phrase })));
    return ({ model, names }) => {
      const hits: Hit[] = [];
      const { tokens, lower } = model;
      const addressee = findAddressee(model, names);
      const oneReader = addressee.onePerson;
      const plural = oneReader ? pluralSentences(model) : new Set<number>();
      // "Hej Dagny! … Evert är hemma … ert kärl": with someone else named, "ni"/"er" may be the household.
      const othersNamed = oneReader && nameTokens(model, names).some((index) => !addressee.vocatives.includes(index));
      // "Hej Mikael! Fastighetsägaren behöver inte söka bygglov …": in a reply to one person, a role
      // that opens a sentence and is followed by what to do is the reader in the third person.
      // A role that opens a sentence and is asked, obliged or allowed to do something is the reader
      // in the third person, in any post: "Vårdnadshavaren ombeds meddela …", "Kunden ska ha kärlet
      // vid tomtgränsen", "Den enskilde som önskar … ombeds". In a reply to one person, whatever it is told ("Hej
      // Mikael! Fastighetsägaren behöver inte söka bygglov …"); in a post that is information.
      for (const match of readerRoles.find(model)) {
        if (!isSentenceStart(model, match.firstToken)) continue;
        if (!oneReader && SOMEONE_IN_A_POST.has(model.lower[match.firstToken]!)) continue;
        // "Den som önskar delta ombeds …": a role that is a relative clause is asked after it.
        const relative = model.lower[match.endToken - 1] === 'som';
        const verb = !relative && model.sentenceOf[match.endToken] === model.sentenceOf[match.firstToken] ? model.lower[match.endToken] ?? '' : '';
        const asked = REQUEST_VERBS.has(verb) || DUTY_MODALS.has(verb) || askedAfterRelative(model, relative ? match.endToken - 1 : match.endToken);
        if (!asked && !(oneReader && isVerbAfter(model, match.endToken))) continue;
        hits.push({ start: match.start, end: match.end, suggestions: [relative ? 'Du som' : 'Du'] });
      }
      // "Väljaren ombeds ta med legitimation": whoever a post asks in the passive is the reader,
      // whatever the role is called.
      for (let i = 0; i + 1 < tokens.length; i++) {
        if (!PASSIVE_REQUESTS.has(lower[i + 1]!) || !isSentenceStart(model, i) || model.sentenceOf[i + 1] !== model.sentenceOf[i]) continue;
        if (!/^\p{Lu}\p{Ll}+(?:en|n)$/u.test(tokens[i]!.text) || SOMEONE_IN_A_POST.has(lower[i]!) || hits.some((hit) => hit.start === tokens[i]!.start)) continue;
        hits.push({ start: tokens[i]!.start, end: tokens[i]!.end, suggestions: ['Du'] });
      }
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        if (token.type !== 'word') continue;
        const forms = COURTESY_FORMS[token.text];
        if (forms && !isSentenceStart(model, i) && (!DU_CAPITALS.has(token.text) || inRunningText(model, i))) {
          hits.push({ start: token.start, end: token.end, suggestions: isObjectPosition(model, i) ? forms.object : forms.possessive });
          continue;
        }
        if (lower[i] === 'ni' && (singularNi(model, i) || niWithSjalv(model, i))) {
          hits.push({ start: token.start, end: token.end, suggestions: [matchCase(token.text, 'du')] });
          continue;
        }
        const lowerForms = LOWER_FORMS[lower[i]!];
        // "ni som …", "er alla" and "så kan ni lösa det tillsammans" are plural even in a reply to one person.
        if (oneReader && !othersNamed && lowerForms && lower[i + 1] !== 'som' && lower[i + 1] !== 'alla' && lower[i + 1] !== 'båda' && !plural.has(model.sentenceOf[i]!) && !duBefore(model, i)) {
          const forms = isObjectPosition(model, i) ? lowerForms.object : lowerForms.possessive;
          hits.push({ start: token.start, end: token.end, suggestions: forms.map((form) => matchCase(token.text, form)) });
        }
      }
      for (const match of thirdPerson.find(model)) {
        if (namesSomeoneElse(model, match.firstToken, match.endToken)) continue;
        const sentenceStart = isSentenceStart(model, match.firstToken);
        hits.push({ start: match.start, end: match.end, suggestions: [sentenceStart ? 'Du' : 'du'] });
      }
      return hits.sort((a, b) => a.start - b.start);
    };
  },
};
