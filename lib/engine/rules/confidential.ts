/**
 * `confidential` (sekretess): a matter from socialtjänst, vård, omsorg or elevhälsa tied to an
 * individual or a case must not be discussed in social media (Hofors 3.2 "Inlägg som innehåller
 * sekretessbelagd information får inte förekomma"; OSL 26 kap. 1 §). The topic alone is general
 * information and is left alone; the topic together with a person or a case in the same or the next
 * sentence is flagged, with the pack's template for moving the matter to ordinary case handling. A
 * topic with its owner ("din placering", "hans boendestöd") is a matter by itself; a referral
 * ("kontakta din socialsekreterare") is not. Topics are found inflected and inside compounds.
 */
import { findAddressee } from '../swedish/addressee';
import { individualSentences, near } from '../swedish/individuals';
import { SwedishTerms } from '../swedish/terms';
import type { TextModel } from '../text/model';
import { PhraseIndex } from '../text/phrases';
import type { Hit, RuleImplementation } from './rule';

/** How many sentences apart a topic and an individual may stand and still be one matter. */
const SENTENCE_WINDOW = 1;

/** Whose matter a topic is, said right before it: "din placering", "hans boendestöd", "Kalles LSS-beslut". */
const OWNERS = new Set(['din', 'ditt', 'dina', 'hans', 'hennes', 'hens', 'deras', 'er', 'ert', 'era', 'min', 'mitt', 'mina']);
/** "kontakta din socialsekreterare", "du når din handläggare": a referral says nothing about the case. */
const REFERRAL_VERBS = new Set(['kontakta', 'kontaktar', 'ring', 'ringa', 'ringer', 'mejla', 'maila', 'når', 'nå', 'fråga', 'frågar', 'hos']);
/** "prata med din handläggare" is a referral, "vi har pratat med din hemtjänstgrupp" a fact. */
const REFERRAL_BEFORE: Record<string, ReadonlySet<string>> = {
  med: new Set(['prata', 'pratar', 'tala', 'talar']),
  till: new Set(['dig', 'er', 'skriv', 'skriva', 'vänd', 'vända']),
};
const GENITIVE_NAME = /^\p{Lu}\p{Ll}+s$/u;

/** Referral verbs that open a sentence: "Ring socialtjänstens mottagning …", "Kontakta elevhälsan". */
const REFERRAL_OPENERS = new Set(['ring', 'kontakta', 'mejla', 'maila', 'vänd', 'skriv', 'besök', 'hör', 'boka', 'läs']);

/**
 * A sentence that refers the reader to the service or says the matter cannot be discussed here
 * ("enskilda ärenden tar vi inte upp här") names the service without telling anything about
 * anyone's case: exactly what the guidelines ask for. Returns the token up to which the sentence
 * refers or refuses (a "men" ends it), or -1.
 */
function refersOrRefuses(model: TextModel, index: number): number {
  const { firstToken, endToken } = model.sentences[index]!;
  const { lower } = model;
  let first = firstToken;
  while (first < endToken && model.tokens[first]!.type !== 'word') first++;
  let refuses = REFERRAL_OPENERS.has(lower[first] ?? '');
  for (let i = firstToken; i < endToken; i++) {
    // "… enskilda ärenden här, men din ansökan om hemtjänst …": what follows "men" is told after all.
    if (refuses && lower[i] === 'men') return i;
    if ((lower[i] === 'enskilda' && (lower[i + 1] === 'ärenden' || lower[i + 1] === 'fall')) || (lower[i] === 'enskild' && (lower[i + 1] === 'person' || lower[i + 1] === 'individ'))) refuses = true;
    // "kan inte svara", "kan vi inte ta upp här".
    const not = lower[i + 1] === 'inte' ? i + 1 : (lower[i + 1] === 'vi' || lower[i + 1] === 'jag') && lower[i + 2] === 'inte' ? i + 2 : -1;
    if ((lower[i] === 'kan' || lower[i] === 'får') && not > 0 && ['svara', 'prata', 'diskutera', 'kommentera', 'ta'].includes(lower[not + 1] ?? '')) refuses = true;
  }
  return refuses ? endToken : -1;
}

const NONE = new Set(['inget', 'ingen', 'inga']);
const GROUP_HEADS = new Set(['den', 'de', 'alla', 'du', 'dig', 'ni', 'er', 'dem']);
/** "den som har hemtjänst", "alla som får färdtjänst", "du som behöver boendestöd": whoever has the service. */
function ofAGroup(model: TextModel, firstToken: number): boolean {
  const { lower } = model;
  return ['har', 'får', 'behöver', 'söker', 'saknar'].includes(lower[firstToken - 1] ?? '') && lower[firstToken - 2] === 'som' && GROUP_HEADS.has(lower[firstToken - 3] ?? '');
}
const OBJECT_STARTS = new Set(['ett', 'en', 'två', 'tre', 'fyra', 'fem', 'flera', 'barnet', 'barnen', 'pojken', 'flickan', 'syskonen', 'honom', 'henne', 'dem']);
/** Imperatives and infinitives that send the reader to a service: "kontakta elevhälsan", "ring en biståndshandläggare". */
const SEND_TO = new Set(['kontakta', 'ring', 'ringa', 'mejla', 'maila', 'nå', 'besök', 'boka', 'fråga']);
/** "prata med en biståndshandläggare", "vänd dig till socialtjänsten": the same, with a preposition. */
const SEND_TO_VIA: Record<string, ReadonlySet<string>> = {
  med: new Set(['prata', 'tala', 'pratar', 'talar']),
  till: new Set(['dig', 'er', 'vänd', 'vända', 'skriv', 'skriva']),
};
const ARTICLES = new Set(['en', 'ett', 'någon', 'närmaste']);

/**
 * "Om inte – kontakta elevhälsan på ditt barns skola", "men ring och be att få prata med en
 * biståndshandläggare": the service as where to turn, wherever in the sentence, tells no case.
 */
function sentTo(model: TextModel, firstToken: number): boolean {
  const { lower } = model;
  let at = firstToken - 1;
  // "prata med någon på hemtjänsten", "ring någon i elevhälsoteamet".
  if (['på', 'i', 'hos', 'vid'].includes(lower[at] ?? '') && lower[at - 1] === 'någon') at -= 2;
  if (ARTICLES.has(lower[at] ?? '')) at--;
  if (at < 0 || model.sentenceOf[at] !== model.sentenceOf[firstToken]) return false;
  if (SEND_TO.has(lower[at]!)) return true;
  return SEND_TO_VIA[lower[at]!]?.has(lower[at - 1] ?? '') ?? false;
}

function once<T>(memo: Map<number, T>, key: number, compute: () => T): T {
  let value = memo.get(key);
  if (value === undefined) memo.set(key, (value = compute()));
  return value;
}

/** Words about how things go for someone: "kul att", "det går bra", "skönt att höra", "mår", "trivs". */
const HOW_IT_GOES = new Set(['kul', 'skönt', 'roligt', 'glädjande', 'tråkigt', 'synd', 'mår', 'trivs', 'tufft', 'jobbigt', 'kämpigt', 'tungt']);

function tellsHowItGoes(model: TextModel, index: number): boolean {
  const { firstToken, endToken } = model.sentences[index]!;
  for (let i = firstToken; i < endToken; i++) {
    const word = model.lower[i]!;
    if (HOW_IT_GOES.has(word)) return true;
    if ((word === 'går' || word === 'gick' || word === 'gått') && ['bra', 'fint', 'dåligt', 'sådär', 'framåt'].includes(model.lower[i + 1] ?? '')) return true;
  }
  return false;
}

/** "Hamza i hemtjänsten", "Sara på elevhälsan": a person named by where they work, not a case. */
function namesStaff(model: TextModel, names: ReadonlySet<string>, firstToken: number): boolean {
  const preposition = model.lower[firstToken - 1];
  const person = model.tokens[firstToken - 2];
  if (!(preposition === 'i' || preposition === 'på' || preposition === 'från') || person === undefined) return false;
  // "Ljiljana Petrović i hemtjänsten": a given name and a surname.
  const given = model.tokens[firstToken - 3];
  const capitalised = (text: string) => /^\p{Lu}\p{Ll}/u.test(text);
  return names.has(person.text) || (capitalised(person.text) && given !== undefined && (names.has(given.text) || (capitalised(given.text) && !isSentenceStart(model, firstToken - 3))));
}

/** "bemanningen i hemtjänsten", "vikarier till äldreboendet": the service as a workplace, not a case. */
const WORK_CONTEXT = new Set(['bemanning', 'bemanningen', 'personal', 'personalen', 'vikarier', 'vikariat', 'jobb', 'jobbet', 'arbete', 'arbetet', 'schema', 'schemat', 'scheman', 'rekrytering', 'sommarjobb', 'sommarvikarier', 'kollegor', 'medarbetare', 'chef', 'chefer']);
/** "jobbar i hemtjänsten", "började som vikarie på boendet", "efter 34 år i hemtjänsten": someone's working life. */
const WORKING = new Set(['jobbar', 'jobbat', 'jobbade', 'arbetar', 'arbetat', 'arbetade', 'började', 'anställd', 'anställda', 'vikarie', 'vikarierar', 'praktik', 'praktiserar', 'undersköterska', 'undersköterskor', 'sommarvikarie']);
/** Posts at a workplace: "enhetschef", "skyddsombud", "verksamhetsansvarig", "samordnare". */
const STAFF_POST = /(?:chef|ombud|ansvarig|samordnare|föreståndare|medarbetare|anställd|sköterska|biträde|assistent|pedagog|terapeut)$/u;
/** "vår nya skolsköterska", "vår hemtjänst": the municipality's own staff and services. */
const OURS = new Set(['vår', 'vårt', 'våra']);
/** "pojken bor i ett av våra jourhem": someone living in the service is its resident, not its staff. */
const LIVES = new Set(['bor', 'bodde', 'bott', 'placerad', 'placerades', 'flyttade', 'flyttat', 'flyttar']);
function asWorkplace(model: TextModel, firstToken: number): boolean {
  const { lower } = model;
  for (let k = firstToken - 1; k >= firstToken - 8 && k >= 0 && model.sentenceOf[k] === model.sentenceOf[firstToken]; k--) {
    if (LIVES.has(lower[k]!)) return false;
  }
  // "Hon kommer närmast från hemtjänsten i Ockelbo": where a new colleague worked before.
  if (lower[firstToken - 1] === 'från' && ['kommer', 'kom', 'närmast', 'senast'].includes(lower[firstToken - 2] ?? '')) return true;
  if (OURS.has(lower[firstToken - 1] ?? '') || (OURS.has(lower[firstToken - 2] ?? '') && model.sentenceOf[firstToken - 2] === model.sentenceOf[firstToken])) return true;
  // "hemtjänstens personal", "äldreboendets medarbetare": the service's staff.
  if (/s$/u.test(lower[firstToken]!) && WORK_CONTEXT.has(lower[firstToken + 1] ?? '')) return true;
  // "ny enhetschef på Britsarvets äldreboende", "skyddsombud för Kommunal på Hosjö äldreboende": a post at the service.
  for (let k = firstToken - 2; k >= firstToken - 6 && k >= 0 && model.sentenceOf[k] === model.sentenceOf[firstToken]; k--) {
    if (STAFF_POST.test(lower[k]!) && ['på', 'i', 'inom', 'vid', 'för'].includes(lower[k + 1] ?? '')) return true;
  }
  // "på Lindgårdens äldreboende", "på Hosjö äldreboende": the service's name stands between.
  let at = firstToken - 1;
  if (at > 0 && /^\p{Lu}/u.test(model.tokens[at]!.text) && model.tokens[at]!.type === 'word' && !isSentenceStart(model, at)) at--;
  if (!['i', 'på', 'inom', 'till', 'för'].includes(lower[at] ?? '')) return false;
  // "efter 34 år i hemtjänsten" is a career; "två år på boendet" may be a resident's stay.
  const career = lower[at - 1] === 'år' && lower[at - 3] === 'efter';
  const works = (word: string) => WORK_CONTEXT.has(word) || WORKING.has(word) || STAFF_POST.test(word);
  return career || works(lower[at - 1] ?? '') || WORKING.has(lower[at - 2] ?? '');
}

function isSentenceStart(model: TextModel, index: number): boolean {
  return model.sentences[model.sentenceOf[index]!]!.firstToken === index;
}

/** Matters a resident has about a service: "din ansökan om bistånd", "Er begäran om placering". */
const MATTERS = new Set(['ansökan', 'ansökningen', 'beslut', 'beslutet', 'ärende', 'ärendet', 'begäran', 'anmälan', 'utredning', 'utredningen', 'överklagande', 'överklagandet']);

/** "din ansökan om ekonomiskt bistånd": the owner before the matter, the topic after "om". */
function ownedMatter(model: TextModel, firstToken: number): boolean {
  for (const om of [firstToken - 1, firstToken - 2]) {
    if (model.lower[om] !== 'om' || model.sentenceOf[om - 2] !== model.sentenceOf[firstToken]) continue;
    if (MATTERS.has(model.lower[om - 1] ?? '') && OWNERS.has(model.lower[om - 2] ?? '')) return !REFERRAL_VERBS.has(model.lower[om - 3] ?? '');
  }
  return false;
}

function ownedTopic(model: TextModel, names: ReadonlySet<string>, firstToken: number): boolean {
  if (ownedMatter(model, firstToken)) return true;
  // Allow one adjective between owner and topic: "din nya placering", "ditt tidigare LSS-beslut".
  for (const at of [firstToken - 1, firstToken - 2]) {
    if (at < 0 || model.sentenceOf[at] !== model.sentenceOf[firstToken]) return false;
    const word = model.lower[at]!;
    const token = model.tokens[at]!;
    if (OWNERS.has(word)) {
      const before = model.lower[at - 1] ?? '';
      return !REFERRAL_VERBS.has(before) && !REFERRAL_BEFORE[before]?.has(model.lower[at - 2] ?? '');
    }
    if (token.type === 'word' && GENITIVE_NAME.test(token.text) && names.has(token.text.slice(0, -1))) return true;
    // "din pappas biståndsbeslut": an owned relative's matter.
    if (token.type === 'word' && /s$/u.test(word) && OWNERS.has(model.lower[at - 1] ?? '')) return true;
    if (token.type === 'mention' && /:s$/u.test(token.text)) return true;
    if (token.type !== 'word' || !/^\p{Ll}+(?:a|e|t)$/u.test(token.text)) return false;
  }
  return false;
}

export const confidential: RuleImplementation<'confidential'> = {
  kind: 'confidential',
  swedishOnly: true,
  ownWordingOnly: false,
  compile(rule) {
    // Inflected and compound forms count: "behandlingshemmet", "hemtjänstbeslutet", "LSS-handläggaren".
    const topics = new SwedishTerms(rule.topics.map((phrase) => ({ phrase, data: phrase })));
    const markers = new PhraseIndex(rule.individualMarkers.map((phrase) => ({ phrase, data: phrase })));
    return ({ model, names }) => {
      const topicMatches = topics.find(model);
      if (topicMatches.length === 0) return [];
      // The pack's own markers, plus what every rule knows: a name, "din mamma", "pojken", "ditt ärende",
      // and in a reply to one person what is said about them ("din ansökan fick avslag").
      // "Hej Micke! Skönt att det funkar på boendet": in a reply to one person, how it is
      // going for them there is their matter, even without a "du".
      const addressee = findAddressee(model, names);
      const individuals = individualSentences(model, {
        extra: markers,
        pronouns: true,
        reader: 'one-person',
        thanksAreNotAboutReader: true,
        addressee,
        names,
      });
      // Each sentence is read once for these, however many topics it holds.
      const goes = new Map<number, boolean>();
      const refers = new Map<number, number>();
      const hits: Hit[] = [];
      for (const topic of topicMatches) {
        if (ownedTopic(model, names, topic.firstToken)) {
          hits.push({ start: topic.start, end: topic.end, template: 'confidentialCase' });
          continue;
        }
        const sentence = model.sentenceOf[topic.firstToken]!;
        // "vi fick omhänderta ett barn", "omhändertog två syskon": the act done to someone is their case.
        if (/^omhänd/u.test(model.lower[topic.firstToken]!) && OBJECT_STARTS.has(model.lower[topic.endToken] ?? '')) {
          hits.push({ start: topic.start, end: topic.end, template: 'confidentialCase' });
          continue;
        }
        if (namesStaff(model, names, topic.firstToken) || asWorkplace(model, topic.firstToken) || sentTo(model, topic.firstToken)) continue;
        // "du behöver inget biståndsbeslut": a service one does not need is no one's matter; nor is
        // the service of a group ("Den som har hemtjänst ombeds …", "alla som har trygghetslarm").
        if (NONE.has(model.lower[topic.firstToken - 1] ?? '') || ofAGroup(model, topic.firstToken)) continue;
        const situation = addressee.onePerson && once(goes, sentence, () => tellsHowItGoes(model, sentence));
        const refusedUntil = once(refers, sentence, () => refersOrRefuses(model, sentence));
        if (topic.firstToken >= refusedUntil && (situation || near(individuals, sentence, SENTENCE_WINDOW))) {
          hits.push({ start: topic.start, end: topic.end, template: 'confidentialCase' });
        }
      }
      return hits;
    };
  },
};
