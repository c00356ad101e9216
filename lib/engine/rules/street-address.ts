/**
 * `street-address` (personal data): where a private person lives must not be published ("Han bor
 * på Storgatan 12", "hennes adress är Björkvägen 3, 813 32 Hofors"). An address is personal data
 * when it is tied to a person; the address of a library, a school or an event is not, and neither
 * is a street named to a group ("du som bor på Storgatan 1–15"). A name right before the address
 * ties it to that person even without "bor" ("Hämtas hos Greta Lund, Björkvägen 7"). The pack's
 * own addresses are left alone.
 */
import { nameTokens } from '../swedish/individuals';
import type { TextModel } from '../text/model';
import type { Hit, RuleImplementation } from './rule';

const STREET_SUFFIXES =
  'gatan|gata|vägen|väg|gränd|gränden|stigen|stig|backen|backe|torget|torg|platsen|plats|allén|allé|leden|led|stråket|kajen|esplanaden|promenaden|liden|slingan|höjden|ringen|parken|gården|tået|udden|plan|vändan|hagen|ängen|vreten|gärdet|lyckan|tegen|svängen|kroken|bågen';
/** "Storgatan 12", "Gamla Bruksvägen 4 B", "Övre Slottsgatan 3a", optionally ", 813 32 Hofors". */
const STREET_ADDRESS = new RegExp(
  `(?<![\\p{L}])(?:(?:Gamla|Nya|Norra|Södra|Östra|Västra|Övre|Nedre|Stora|Lilla) )?\\p{Lu}[\\p{Ll}-]*(?:${STREET_SUFFIXES}) \\d{1,4}(?: ?[A-Ha-h](?![\\p{L}]))?(?!\\s?[-–]\\s?\\d)(?:,? \\d{3} ?\\d{2}(?: \\p{Lu}[\\p{L}-]+)?)?`,
  'gu',
);
/** A postcode and town on its own: "813 32 Hofors". */
const POSTCODE = /(?<![\p{N}])\d{3} \d{2} \p{Lu}\p{Ll}+/gu;

/** Wording that ties a place to where one person lives. */
const LIVES = /^(?:bor|bodde|bosatt|hemadress\p{L}*|adress|adressen|folkbokförd|flyttade|flyttat|lägenhet|lägenheten|hemma|hem)$/u;
/** …said of one person, not a group ("du som bor", "alla som bor", "boende på"). */
const ONE_PERSON = new Set(['jag', 'du', 'dig', 'han', 'hon', 'hen', 'henne', 'honom', 'hans', 'hennes', 'hens', 'min', 'mitt', 'din', 'ditt', 'deras', 'familjen', 'grannen', 'mamma', 'pappa', 'mannen', 'kvinnan', 'pojken', 'flickan']);
const GROUP = /^(?:boende|hushåll\p{L}*|alla)$/u;
/** Between a person's name and the address: "Greta Lund, Björkvägen 7", "hos Greta på Björkvägen 7". */
const NAME_JOINERS = new Set([',', 'på', 'i', 'från', '(', '-', ':', 'på adressen']);
const RELATIVES = new Set(['pappa', 'mamma', 'son', 'dotter', 'bror', 'syster', 'mormor', 'morfar', 'farmor', 'farfar', 'farbror', 'morbror', 'faster', 'moster', 'granne', 'grannen', 'kusin', 'sambo', 'make', 'maka', 'fru', 'man']);
const HOUSEHOLD = new Set(['familjen', 'fam', 'makarna', 'paret', 'syskonen']);
/**
 * "barnen på Ringvägen 3", "mannen på Storgatan 5", "till dig på Granvägen 4": one person or
 * household, definite or a pronoun, right before the address.
 */
const DEFINITE_PERSONS = new Set(['dig', 'honom', 'henne', 'barnen', 'mannen', 'kvinnan', 'pojken', 'flickan', 'familjen', 'grannen', 'grannarna', 'paret', 'damen', 'killen', 'tjejen']);

interface SentenceFacts {
  lives: boolean;
  onePerson: boolean;
  group: boolean;
  named: boolean;
}

/** What a sentence says about who lives where, read once per sentence (so the rule stays linear). */
function sentenceFacts(model: TextModel, index: number, named: ReadonlySet<number>): SentenceFacts {
  const sentence = model.sentences[index]!;
  const facts: SentenceFacts = { lives: false, onePerson: false, group: false, named: named.has(index) };
  const { lower } = model;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const word = lower[i]!;
    if (LIVES.test(word) || (word === 'hem' && lower[i + 1] === 'till')) facts.lives = true;
    if (ONE_PERSON.has(word)) facts.onePerson = true;
    if (GROUP.test(word) || (lower[i + 1] === 'som' && (word === 'ni' || word === 'alla' || word === 'du') && (lower[i + 2] === 'bor' || lower[i + 2] === 'har'))) {
      facts.group = true;
    }
  }
  return facts;
}

/** "Greta Lund, Björkvägen 7" / "familjen Dahl, Kopparvägen 22": a person's name right before the address. */
function namedRightBefore(model: TextModel, names: ReadonlySet<string>, start: number): boolean {
  let k = model.tokenAt(start) - 1;
  if (k >= 0 && NAME_JOINERS.has(model.lower[k]!)) k--;
  const token = model.tokens[k];
  if (token && DEFINITE_PERSONS.has(model.lower[k]!)) return true;
  if (!token || token.type !== 'word' || !/^\p{Lu}\p{Ll}/u.test(token.text)) return false;
  if (names.has(token.text)) return true;
  const before = model.tokens[k - 1];
  // "familjen Dahl", "Greta Lund", "din pappa Esad", "din mamma Gun-Britt Olsson": a household, a
  // full name, a relative by name.
  const tiesToPerson = (at: number) => names.has(model.tokens[at]?.text ?? '') || HOUSEHOLD.has(model.lower[at] ?? '') || RELATIVES.has(model.lower[at] ?? '');
  if (before !== undefined && tiesToPerson(k - 1)) return true;
  return before !== undefined && /^\p{Lu}\p{Ll}/u.test(before.text) && RELATIVES.has(model.lower[k - 2] ?? '');
}

export const streetAddress: RuleImplementation<'street-address'> = {
  kind: 'street-address',
  swedishOnly: true,
  ownWordingOnly: false,
  compile(rule) {
    return ({ model, pack, names }) => {
      const official = [...pack.contacts.addresses, ...rule.allow].map((address) => address.toLowerCase());
      const named = new Set(nameTokens(model, names).map((index) => model.sentenceOf[index]!));
      const facts = new Map<number, SentenceFacts>();
      const hits: Hit[] = [];
      let covered = -1;
      const matches = [...model.text.matchAll(STREET_ADDRESS), ...model.text.matchAll(POSTCODE)].sort((a, b) => a.index - b.index);
      for (const m of matches) {
        const start = m.index;
        const end = start + m[0].length;
        if (start < covered) continue;
        covered = end;
        const lowered = m[0].toLowerCase();
        if (official.some((address) => address.includes(lowered) || lowered.includes(address))) continue;
        const index = model.sentenceAt(start);
        let known = facts.get(index);
        if (!known) facts.set(index, (known = sentenceFacts(model, index, named)));
        const personal = (known.lives && (known.onePerson || known.named) && !known.group) || (!known.group && namedRightBefore(model, names, start));
        if (personal) hits.push({ start, end });
      }
      return hits;
    };
  },
};
