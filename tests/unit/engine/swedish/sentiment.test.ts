/** The sentiment lexicon: words as written or without an ending, negation flipping the score. */
import { describe, expect, it } from 'vitest';
import { SentimentLexicon } from '../../../../lib/engine/swedish/sentiment';
import { buildTextModel } from '../../../../lib/engine/text/model';

const lexicon = new SentimentLexicon({ dålig: -3, gnällig: -2, härlig: 3, 'bad om ursäkt': -1 });

describe('SentimentLexicon', () => {
  it('scores a word as written and with a Swedish ending', () => {
    expect(lexicon.word('dålig')).toBe(-3);
    expect(lexicon.word('gnälliga')).toBe(-2);
    expect(lexicon.word('härligt')).toBe(3);
    expect(lexicon.word('bord')).toBe(0);
    expect(lexicon.size).toBe(3); // phrases are left to the constructions
  });

  it('flips a word after a negation, and sums a sentence', () => {
    const model = buildTextModel('Det är inte dåligt. Det är dåligt och gnälligt.');
    const at = (word: string, from = 0) => model.lower.indexOf(word, from);
    expect(lexicon.at(model, at('dåligt'))).toBe(3);
    expect(lexicon.at(model, at('dåligt', at('dåligt') + 1))).toBe(-3);
    expect(lexicon.sentence(model, 0)).toBe(3);
    expect(lexicon.sentence(model, 1)).toBe(-5);
  });
});
