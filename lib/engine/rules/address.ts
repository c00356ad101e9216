/**
 * `address` (du-tilltal): the reader is addressed as "du" (Hofors 2.5 "Läsaren ska alltid tilltalas
 * med 'du'"; Myndigheternas skrivregler 2.2). Flags the capitalised courtesy forms Ni/Er/Ert/Era/Eder
 * inside a sentence, "ni" to one person ("Ni är välkommen"), and third-person address ("den
 * sökande"), each with the du-form that fits. Plural "ni" to a group is correct and left alone.
 */
import { FIRST_NAMES } from '../swedish/first-names';
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

const GREETINGS = new Set(['hej', 'hejsan', 'hallå', 'tack', 'tjena', 'hälsningar', 'välkommen', 'grattis']);
const LOWER_FORMS: Record<string, { object: string[]; possessive: string[] }> = {
  ni: { object: ['du'], possessive: ['du'] },
  er: { object: ['dig'], possessive: ['din', 'ditt'] },
  ert: { object: ['ditt'], possessive: ['ditt'] },
  era: { object: ['dina'], possessive: ['dina'] },
};

/**
 * "Hej Anna! Ni kan …": a draft that greets one person by name speaks to that one person, so plain
 * "ni"/"er" in it is the formal singular. Two names or a group ("Hej Anna och Kalle", "Hej alla")
 * make it plural, which is left alone.
 */
function greetsOnePerson(model: TextModel): boolean {
  const { tokens, lower } = model;
  let i = 0;
  while (i < tokens.length && tokens[i]!.type !== 'word') i++;
  if (!GREETINGS.has(lower[i] ?? '')) return false;
  const name = tokens[i + 1];
  if (!name || name.type !== 'word' || !FIRST_NAMES.has(name.text)) return false;
  const after = tokens[i + 2];
  if (!after) return true;
  if (after.type === 'word' && (lower[i + 2] === 'och' || lower[i + 2] === '&')) return false;
  return after.type === 'punct' || after.type === 'emoji' || after.type === 'word';
}

function isObjectPosition(model: TextModel, index: number): boolean {
  const next = model.tokens[index + 1];
  return !next || next.type !== 'word' || AFTER_OBJECT.has(model.lower[index + 1]!);
}

export const address: RuleImplementation<'address'> = {
  kind: 'address',
  swedishOnly: true,
  compile(rule) {
    const thirdPerson = new PhraseIndex(rule.thirdPerson.map((phrase) => ({ phrase, data: phrase })));
    return ({ model }) => {
      const hits: Hit[] = [];
      const { tokens, lower } = model;
      const oneReader = greetsOnePerson(model);
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        if (token.type !== 'word') continue;
        const forms = COURTESY_FORMS[token.text];
        if (forms && !isSentenceStart(model, i)) {
          hits.push({ start: token.start, end: token.end, suggestions: isObjectPosition(model, i) ? forms.object : forms.possessive });
          continue;
        }
        if (lower[i] === 'ni' && singularNi(model, i)) {
          hits.push({ start: token.start, end: token.end, suggestions: [matchCase(token.text, 'du')] });
          continue;
        }
        const lowerForms = LOWER_FORMS[lower[i]!];
        // "ni som …" and "er alla" are plural even in a reply to one person.
        if (oneReader && lowerForms && lower[i + 1] !== 'som' && lower[i + 1] !== 'alla' && lower[i + 1] !== 'båda') {
          const forms = isObjectPosition(model, i) ? lowerForms.object : lowerForms.possessive;
          hits.push({ start: token.start, end: token.end, suggestions: forms.map((form) => matchCase(token.text, form)) });
        }
      }
      for (const match of thirdPerson.find(model)) {
        const sentenceStart = isSentenceStart(model, match.firstToken);
        hits.push({ start: match.start, end: match.end, suggestions: [sentenceStart ? 'Du' : 'du'] });
      }
      return hits.sort((a, b) => a.start - b.start);
    };
  },
};
