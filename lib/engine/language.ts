/**
 * Which language a draft is written in, with franc (trigram statistics). Only the running words are
 * given to franc — links, mentions, numbers and emoji say nothing about the language — and only
 * languages a Swedish municipality meets in its channels are considered, which keeps short Swedish
 * drafts from being read as Norwegian or Danish. Too little text gives 'und' rather than a guess.
 */
import { franc } from 'franc';
import type { TextModel } from './text/model';

/** ISO 639-3 (franc) to BCP 47. Norwegian and Danish are left out on purpose: see above. */
const LANGUAGES: Record<string, string> = {
  swe: 'sv', eng: 'en', fin: 'fi', arb: 'ar', som: 'so', pes: 'fa', ckb: 'ckb', tir: 'ti', pol: 'pl',
  bos: 'bs', hrv: 'hr', srp: 'sr', spa: 'es', deu: 'de', fra: 'fr', tur: 'tr', rus: 'ru', ukr: 'uk',
  ita: 'it', por: 'pt', ron: 'ro', est: 'et', hun: 'hu', nld: 'nl', amh: 'am', prs: 'prs', tha: 'th',
  vie: 'vi', cmn: 'zh', ell: 'el', kmr: 'ku', sme: 'se',
};
const ONLY = Object.keys(LANGUAGES);

/** Fewer letters than this and the trigram statistics are too thin to trust. */
export const MIN_LETTERS_FOR_DETECTION = 24;

export function detectLanguage(model: TextModel): string {
  let letters = 0;
  const words: string[] = [];
  for (const token of model.tokens) {
    if (token.type !== 'word') continue;
    words.push(token.text);
    letters += token.text.length;
  }
  if (letters < MIN_LETTERS_FOR_DETECTION) return 'und';
  const code = franc(words.join(' '), { only: ONLY, minLength: MIN_LETTERS_FOR_DETECTION });
  return LANGUAGES[code] ?? 'und';
}
