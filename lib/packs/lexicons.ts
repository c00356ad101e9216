/**
 * Sentiment lexicons that a pack's tone rule may name instead of listing thousands of words. They
 * are resolved when the pack is loaded (in the background and the command line), so the content
 * scripts receive the words with the pack and do not carry the list in their own code.
 */
import afinnSv from '@nlpjs/lang-sv/src/sentiment/afinn_sv.json';
import type { SENTIMENT_LEXICONS } from './schema';

/** The Swedish AFINN list of @nlpjs/lang-sv (MIT): about 3,600 words and emoji scored -5 to +5. */
export const SENTIMENT_LEXICON_WORDS: Record<(typeof SENTIMENT_LEXICONS)[number], Record<string, number>> = {
  'nlpjs-afinn-sv': afinnSv as Record<string, number>,
};
