/**
 * `street-address` (personal data): where a private person lives must not be published ("Han bor
 * på Storgatan 12", "hennes adress är Björkvägen 3, 813 32 Hofors"). An address is personal data
 * when it is tied to a person; the address of a library, a school or an event is not, and neither
 * is a street named to a group ("du som bor på Storgatan 1–15"). The pack's own addresses are left
 * alone.
 */
import { nameTokens } from '../swedish/individuals';
import type { Hit, RuleImplementation } from './rule';

const STREET_SUFFIXES =
  'gatan|gata|vägen|väg|gränd|gränden|stigen|stig|backen|backe|torget|torg|platsen|plats|allén|allé|leden|led|stråket|kajen|esplanaden|promenaden|liden|slingan|höjden|ringen|parken|gården|tået|udden|plan';
/** "Storgatan 12", "Gamla Bruksvägen 4 B", "Övre Slottsgatan 3a", optionally ", 813 32 Hofors". */
const STREET_ADDRESS = new RegExp(
  `(?<![\\p{L}])(?:(?:Gamla|Nya|Norra|Södra|Östra|Västra|Övre|Nedre|Stora|Lilla) )?\\p{Lu}[\\p{Ll}-]*(?:${STREET_SUFFIXES}) \\d{1,4}(?: ?[A-Ha-h](?![\\p{L}]))?(?!\\s?[-–]\\s?\\d)(?:,? \\d{3} ?\\d{2}(?: \\p{Lu}[\\p{L}-]+)?)?`,
  'gu',
);
/** A postcode and town on its own: "813 32 Hofors". */
const POSTCODE = /(?<![\p{N}])\d{3} \d{2} \p{Lu}\p{Ll}+/gu;

/** Wording that ties a place to where one person lives. */
const LIVES = /\b(?:bor|bodde|bosatt|hemadress\w*|adress(?:en)?|folkbokförd|flyttade|flyttat|lägenhet(?:en)?|hemma hos|hem till)\b/iu;
/** …said of one person, not a group ("du som bor", "alla som bor", "boende på"). */
const ONE_PERSON = /\b(?:jag|han|hon|hen|hans|hennes|hens|min|mitt|din|ditt|deras|familjen|grannen|mamma|pappa|mannen|kvinnan|pojken|flickan)\b/iu;
const GROUP = /\b(?:som bor|som har|boende|hushåll\w*|alla|ni som)\b/iu;

export const streetAddress: RuleImplementation<'street-address'> = {
  kind: 'street-address',
  swedishOnly: true,
  compile(rule) {
    return ({ model, pack }) => {
      const official = [...pack.contacts.addresses, ...rule.allow].map((address) => address.toLowerCase());
      const named = new Set(nameTokens(model).map((index) => model.sentenceOf[index]!));
      const hits: Hit[] = [];
      const seen: Array<[number, number]> = [];
      for (const pattern of [STREET_ADDRESS, POSTCODE]) {
        for (const m of model.text.matchAll(pattern)) {
          const start = m.index;
          const end = start + m[0].length;
          if (seen.some(([s, e]) => start < e && end > s)) continue;
          seen.push([start, end]);
          if (official.some((address) => address.includes(m[0].toLowerCase()) || m[0].toLowerCase().includes(address))) continue;
          const sentence = model.sentences.find((s) => s.start <= start && start < s.end);
          const text = sentence ? model.text.slice(sentence.start, sentence.end) : m[0];
          const sentenceIndex = sentence ? model.sentences.indexOf(sentence) : -1;
          const personal = LIVES.test(text) && (ONE_PERSON.test(text) || named.has(sentenceIndex)) && !GROUP.test(text);
          if (personal) hits.push({ start, end });
        }
      }
      return hits.sort((a, b) => a.start - b.start);
    };
  },
};
