/**
 * Which language a draft is written in, with franc (trigram statistics). Only the running words are
 * given to franc — links, mentions, numbers and emoji say nothing about the language — and only
 * languages a Swedish municipality meets in its channels are considered, which keeps short Swedish
 * drafts from being read as Norwegian or Danish. Too little text gives 'und' rather than a guess.
 */
import { francAll } from 'franc';
import FRANC_TO_BCP47 from './franc-languages.json';
import type { TextModel } from './text/model';

/** ISO 639-3 (franc) to BCP 47 (franc-languages.json). Norwegian and Danish are left out on purpose: see above. */
const LANGUAGES: Record<string, string> = FRANC_TO_BCP47;
/** The only languages franc is asked to choose between; the build keeps only their trigram data. */
export const FRANC_LANGUAGES = Object.keys(LANGUAGES);

/** Fewer letters than this and even the script says too little. */
export const MIN_LETTERS_FOR_DETECTION = 12;
/**
 * Latin-script drafts shorter than this are not judged by trigrams (franc reads "Vederbörande
 * kontaktas per telefon snarast" as Dutch); the Swedish function words still recognise them. Equal
 * to the language rule's default minimum, so a draft that loses the Swedish rules gets the hint.
 */
export const MIN_LATIN_LETTERS_FOR_TRIGRAMS = 40;
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * Function words that are Swedish and not English, Norwegian or Danish spelling ("och", "att", "är",
 * "inte", "jag", "också"…). When they make up a good share of a draft it is Swedish, and franc's
 * trigram scoring (the most expensive step of a lint) is not needed.
 */
const SWEDISH_FUNCTION_WORDS = new Set([
  'och', 'att', 'är', 'inte', 'jag', 'också', 'för', 'ett', 'med', 'på', 'till', 'från', 'eller',
  'kan', 'ska', 'har', 'vi', 'du', 'dig', 'din', 'ditt', 'det', 'som', 'av', 'om', 'den', 'när',
  'hur', 'vad', 'här', 'där', 'nu', 'så', 'efter', 'mellan', 'vår', 'våra', 'oss', 'hos', 'blir',
  'finns', 'vill', 'får', 'måste', 'redan', 'igen', 'bara', 'mycket', 'alla', 'hej', 'tack', 'ni',
  'mitt', 'min', 'mina', 'han', 'hon', 'hen', 'hans', 'hennes', 'dem', 'deras', 'sig', 'sin', 'sitt',
  'sina', 'skulle', 'kommer', 'denna', 'detta', 'dessa', 'vilken', 'vilket', 'vilka', 'inom', 'utan',
  'ingen', 'inget', 'inga', 'någon', 'något', 'några', 'mer', 'också', 'än', 'idag', 'också',
  'era', 'ert', 'vara', 'varit', 'blev', 'hade', 'gärna', 'välkommen', 'välkomna', 'ditt', 'dina',
]);
/** Two distinct Swedish function words that make a quarter of a short draft settle it. */
const FAST_PATH_MIN_DISTINCT = 2;
const FAST_PATH_MIN_SHARE = 0.25;
/**
 * Drafts a Swedish municipality's staff write are Swedish far more often than not, so when franc
 * ranks Swedish close behind another language (short drafts with names and places), Swedish wins.
 */
const SWEDISH_MARGIN = 0.07;
/** …and by more when the draft has a Swedish function word in it. */
const SWEDISH_MARGIN_WITH_FUNCTION_WORD = 0.1;

/**
 * Of the languages considered only Swedish writes "å" ("Vårdnadshavaren ombeds hämta …" has no
 * function word, and franc ranks it German by a little): with an "å" in the draft Swedish wins by
 * more still. An English draft that names "Storå" is ranked far ahead of Swedish and stays English.
 */
const SWEDISH_MARGIN_WITH_Å = 0.2;
const WITH_Å = /[åÅ]/u;

export function detectLanguage(model: TextModel): string {
  let letters = 0;
  let swedish = 0;
  const distinct = new Set<string>();
  const words: string[] = [];
  model.tokens.forEach((token, index) => {
    if (token.type !== 'word') return;
    words.push(token.text);
    letters += token.text.length;
    const lower = model.lower[index]!;
    if (SWEDISH_FUNCTION_WORDS.has(lower)) {
      swedish++;
      distinct.add(lower);
    }
  });
  if (letters < MIN_LETTERS_FOR_DETECTION) return 'und';
  if (distinct.size >= FAST_PATH_MIN_DISTINCT && swedish >= FAST_PATH_MIN_SHARE * words.length) return 'sv';
  const latin = words.filter((word) => LATIN_LETTER.test(word[0]!)).length;
  if (latin * 2 > words.length && letters < MIN_LATIN_LETTERS_FOR_TRIGRAMS) return 'und';
  const ranked = francAll(words.join(' '), { only: FRANC_LANGUAGES, minLength: MIN_LETTERS_FOR_DETECTION });
  const [top, score] = ranked[0] ?? ['und', 0];
  const swedishScore = ranked.find(([code]) => code === 'swe')?.[1];
  const margin = Math.max(swedish > 0 ? SWEDISH_MARGIN_WITH_FUNCTION_WORD : SWEDISH_MARGIN, words.some((word) => WITH_Å.test(word)) ? SWEDISH_MARGIN_WITH_Å : 0);
  if (top !== 'swe' && swedishScore !== undefined && swedishScore >= score - margin) return 'sv';
  return LANGUAGES[top] ?? 'und';
}
