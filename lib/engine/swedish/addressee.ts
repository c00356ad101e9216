/**
 * Whom a draft speaks to. A reply that greets one person ("Hej Robban!", "Tack Leif för …"), opens
 * with their @handle, or calls them by title ("…, herr Andersson.") is written to that one person:
 * its "du" is that person, not everyone, and its "ni" is the formal singular. Two names, "alla" or a
 * group ("Hej grannar!") make it plural.
 */
import type { TextModel } from '../text/model';

export interface Addressee {
  /** The draft is written to one particular person. */
  onePerson: boolean;
  /** Token indexes of the words that name that person where they are called (the vocative). */
  vocatives: number[];
}

const GREETINGS = new Set(['hej', 'hejsan', 'hallå', 'tjena', 'tjenare', 'tja', 'tack', 'grattis', 'hälsningar', 'välkommen', 'kära', 'bästa', 'morsning']);
/** Given names that are everyday words at the start of a sentence: names only right after a greeting. */
const NAMES_THAT_ARE_WORDS = new Set(['Bo', 'Per', 'Love', 'Max', 'Liv', 'Stig', 'Tor', 'Dan', 'Sten', 'Maj', 'Juni', 'Uno', 'Sam']);
/** The reader in the singular: "du" and its object and possessive forms. */
export const DU_FORMS: ReadonlySet<string> = new Set(['du', 'dig', 'din', 'ditt', 'dina']);
/** What a role must, may or can do: "Kunden ska …", "Brukaren kan …" — told to whoever holds the role. */
export const DUTY_MODALS: ReadonlySet<string> = new Set(['ska', 'skall', 'måste', 'bör', 'behöver', 'kan', 'får']);
const TITLES = new Set(['herr', 'fru', 'fröken']);
/** Words after a greeting that speak to many. */
const GROUP_WORDS = new Set(['alla', 'allihop', 'allihopa', 'ni', 'er', 'allesammans', 'vänner', 'grannar', 'föräldrar', 'vårdnadshavare', 'medlemmar', 'invånare', 'kommuninvånare', 'på', 'i', 'och', 'från', 'till', 'igen', 'där', 'hej', 'båda', 'bägge']);
/**
 * Nicknames and names outside the list, by their shape ("Robban", "Kicki", "Jocke"): a capitalised
 * word right after a greeting that ends like a Swedish given name. Inhabitants ("Hoforsbor") do not.
 */
const NAME_SHAPE = /^\p{Lu}\p{Ll}{1,}(?:an|en|in|on|e|i|y|ie|a|o|as|us|is|er|el|ar|ik|ef|af|ij|ej)$/u;
const INHABITANTS = /(?:bo|bor|borna|bon)$/u;

/** A capitalised word that names a person: a known given name, or (after a greeting) a name's shape. */
function isName(model: TextModel, names: ReadonlySet<string>, index: number, afterGreeting: boolean): boolean {
  const token = model.tokens[index];
  if (!token || token.type !== 'word') return false;
  if (names.has(token.text)) return true;
  if (afterGreeting && NAMES_THAT_ARE_WORDS.has(token.text)) return true;
  return afterGreeting && NAME_SHAPE.test(token.text) && !INHABITANTS.test(token.text);
}

function isCapitalised(model: TextModel, index: number): boolean {
  const token = model.tokens[index];
  return token !== undefined && token.type === 'word' && /^\p{Lu}\p{Ll}/u.test(token.text);
}

const found = new WeakMap<TextModel, Addressee>();

/** Whom the draft speaks to; worked out once per text model, however many rules ask. */
export function findAddressee(model: TextModel, names: ReadonlySet<string>): Addressee {
  let addressee = found.get(model);
  if (!addressee) found.set(model, (addressee = addresseeOf(model, names)));
  return addressee;
}

/** A person noun right before ", Name": the name is in apposition, not a vocative. */
const APPOSITION_HEADS = /^(?:man|mannen|kvinna|kvinnan|pojke|pojken|flicka|flickan|person|personen|tjej|tjejen|kille|killen|elev|eleven|granne|grannen|pensionär|\p{L}*åring|\p{L}*åringen|ordförande|vinnare|vinnaren)$/u;

function addresseeOf(model: TextModel, names: ReadonlySet<string>): Addressee {
  const { tokens, lower } = model;
  const vocatives: number[] = [];
  let plural = false;

  let first = 0;
  while (first < tokens.length && (tokens[first]!.type === 'emoji' || tokens[first]!.type === 'punct')) first++;
  const opening = tokens[first];

  // "@anna_h Vi har …": a reply that opens with one handle.
  if (opening?.type === 'mention' && tokens[first + 1]?.type !== 'mention') vocatives.push(first);

  // "Hej Anna!", "Tack Leif för …", "Hej Robban," — not "Hej alla", "Hej Anna och Kalle"; also
  // after the handle a reply opens with ("@karin_f Hej Karin!").
  const greeting = opening?.type === 'mention' && tokens[first + 1]?.type === 'word' ? first + 1 : first;
  if (tokens[greeting]?.type === 'word' && GREETINGS.has(lower[greeting]!)) {
    let at = greeting + 1;
    if (lower[at] === 'och' || lower[at] === 'igen') at++;
    if (GROUP_WORDS.has(lower[at] ?? '')) plural = true;
    else if (isName(model, names, at, true) || tokens[at]?.type === 'mention') {
      const next = tokens[at + 1];
      const afterName = isCapitalised(model, at + 1) && !names.has(next!.text) ? at + 2 : at + 1;
      const then = lower[afterName];
      if (then === 'och' || then === '&' || (tokens[afterName]?.text === ',' && isName(model, names, afterName + 1, true) && tokens[afterName + 2]?.text !== '!')) {
        plural = true;
      } else if (names.has(tokens[at]!.text) || NAMES_THAT_ARE_WORDS.has(tokens[at]!.text) || tokens[at]!.type === 'mention') {
        vocatives.push(at);
      } else if ((!tokens[afterName] || tokens[afterName]!.type === 'punct' || tokens[afterName]!.type === 'emoji') && lower.some((word) => DU_FORMS.has(word))) {
        // A name by its shape only: "Hej Ludvika! Nu kan ni …" greets a town, "Hej Robban! … din …" a person.
        vocatives.push(at);
      }
    }
  }

  // "Lars, vi vet …": the draft opens by calling someone by name.
  if (opening?.type === 'word' && names.has(opening.text) && tokens[first + 1]?.text === ',') vocatives.push(first);

  for (let i = 0; i < tokens.length; i++) {
    // "…, herr Lindqvist." / "fru Eriksson": a title and a surname anywhere.
    if (TITLES.has(lower[i]!) && isCapitalised(model, i + 1)) vocatives.push(i + 1);
    // "Tack för svaret, Anna!": a given name between a comma and the end of the sentence.
    // …but "en 19-årig man, Anton Lindberg." names him, in apposition.
    if (tokens[i]!.text === ',' && isName(model, names, i + 1, false) && !APPOSITION_HEADS.test(lower[i - 1] ?? '')) {
      const after = tokens[i + 1 + (isCapitalised(model, i + 2) ? 2 : 1)];
      if (!after || (after.type === 'punct' && after.text !== ',') || after.type === 'emoji' || after.newlinesBefore > 0) vocatives.push(i + 1);
    }
  }
  return { onePerson: !plural && vocatives.length > 0, vocatives };
}
