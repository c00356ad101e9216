/** `nominalisation`: the action hidden in a noun with "av", carried by an empty verb ("Tömning av kärlen sker"). */
import { describe, expect, it } from 'vitest';
import { builtinPack } from '../../../../lib/packs/builtin';
import { flagged, packWith } from './support';

const bas = builtinPack('bas');
const only = { only: 'bas.substantivsjuka' };

describe('nominalisation', () => {
  it.each([
    ['Rensning av brunnarna sker i april.', 'Rensning av brunnarna sker'],
    ['Utförandet av arbetet kommer att ske i vecka 20.', 'Utförandet av arbetet kommer att ske'],
    ['I maj sker inventering av lekplatserna.', 'sker inventering'],
    ['Genomförandet av kartläggningen av behovet av platser sker under hösten.', 'Genomförandet av kartläggningen av behovet av platser sker'],
  ])('%s', (text, passage) => {
    expect(flagged(bas, text, only)).toEqual([passage]);
  });

  it.each([
    ['Vi rensar brunnarna i april.'],
    ['Tömningen sker varannan vecka.'],
    ['Det sker mycket i helgen: planeringen av festen är i full gång.'],
    ['Ordningen av stolarna var fin.'],
  ])('leaves alone: %s', (text) => {
    expect(flagged(bas, text, only)).toEqual([]);
  });

  it('a pack may give its own empty verbs', () => {
    const pack = packWith([{ kind: 'nominalisation', category: 'plain-language', verbs: ['verkställs'] }]);
    expect(flagged(pack, 'Tömning av kärlen verkställs i maj.')).toEqual(['Tömning av kärlen verkställs']);
  });
});
