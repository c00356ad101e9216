/** `language`: a draft in another language gets a hint, and the Swedish rules are not run on it. */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../../lib/engine/lint';
import { builtinPack } from '../../../../lib/packs/builtin';
import { findings, flagged, packWith, single } from './support';

const bas = builtinPack('bas');
const ENGLISH = 'The library will be closed on Monday because of the holiday. Welcome back on Tuesday!';

describe('language: what it catches', () => {
  it('an English draft: one info over the whole draft naming the language', () => {
    const finding = single(bas, ENGLISH, { only: 'bas.sprak' });
    expect(finding).toMatchObject({ ruleId: 'bas.sprak', category: 'language', severity: 'info', start: 0, end: ENGLISH.length, suggestions: [] });
    expect(finding.message).toBe(
      'Texten verkar vara på engelska. Reglerna är skrivna för svenska, så de svenska kontrollerna har inte körts.',
    );
    expect(lint(ENGLISH, { pack: bas, platform: 'facebook', account: 'official' }).language).toBe('en');
  });

  it('the Swedish rules do not fire on an English draft', () => {
    const text = 'PLEASE READ THE RULES before you post!!! You are an idiot if you think the library will be closed on Monday.';
    const all = findings(bas, text);
    expect(all.map((f) => f.ruleId)).toEqual(['bas.sprak']);
    // The same shouting and exclamation marks in Swedish are flagged.
    const swedish = 'LÄS REGLERNA innan du skriver!!! Biblioteket är stängt på måndag.';
    expect(flagged(bas, swedish, { only: 'bas.ton' })).toEqual(expect.arrayContaining(['LÄS REGLERNA', '!!!']));
  });

  it('rules that are not about Swedish words still run on an English draft', () => {
    const text = 'My personal identity number is 811218-9876, can you please check my application for the library card?';
    expect(findings(bas, text).map((f) => f.ruleId)).toEqual(['bas.sprak', 'bas.personnummer']);
  });

  it('another language by name', () => {
    const text = 'Kirjasto on suljettu maanantaina loman vuoksi. Tervetuloa takaisin tiistaina kirjastoon!';
    expect(single(bas, text, { only: 'bas.sprak' }).message).toContain('finska');
  });

  it('a pack for English drafts judges Swedish as foreign', () => {
    const english = packWith([{ kind: 'language', category: 'language', severity: 'info', message: '{value}/{expected}' }], { language: 'en' });
    expect(flagged(english, ENGLISH)).toEqual([]);
    expect(single(english, 'Biblioteket är stängt på måndag på grund av helgen. Välkommen tillbaka på tisdag!').message).toBe('svenska/engelska');
  });
});

describe('language: what it leaves alone', () => {
  it('a Swedish draft', () => {
    const text = 'Biblioteket är stängt på måndag på grund av helgen. Välkommen tillbaka på tisdag!';
    expect(flagged(bas, text, { only: 'bas.sprak' })).toEqual([]);
    expect(lint(text, { pack: bas, platform: 'facebook', account: 'official' }).language).toBe('sv');
  });

  it('a draft too short to tell, on which the Swedish rules still run', () => {
    const text = 'Thank you!!!';
    expect(lint(text, { pack: bas, platform: 'facebook', account: 'official' }).language).toBe('und');
    expect(findings(bas, text).map((f) => f.ruleId)).toEqual(['bas.ton']);
  });

  it('a foreign draft shorter than the rule\'s minLength', () => {
    const pack = packWith([{ kind: 'language', category: 'language', minLength: 500 }]);
    expect(flagged(pack, ENGLISH)).toEqual([]);
  });

  it('links, mentions and numbers do not make a Swedish draft foreign', () => {
    const text = 'Välkommen till biblioteket! Läs mer på https://www.library.example.com/opening-hours-and-holidays @cityLibrary 2024.';
    expect(flagged(bas, text, { only: 'bas.sprak' })).toEqual([]);
  });
});

describe('short Swedish drafts keep their Swedish checks', () => {
  it.each([
    ['Vederbörande kontaktas per telefon snarast.', 'bas.du-tilltal'],
    ['Lämna in blanketten senast fredag!!!', 'bas.ton'],
    ['Hennes adress är Storgatan 4 B, 813 30 Hofors.', 'bas.gatuadress'],
    ['Hej! Ni kan erhålla hjälp i receptionen.', 'bas.myndighetssprak'],
  ])('%j', (text, ruleId) => {
    const result = lint(text, { pack: builtinPack('bas'), platform: 'facebook', account: 'official' });
    expect(result.language === 'sv' || result.language === 'und').toBe(true);
    expect(result.findings.map((finding) => finding.ruleId)).toContain(ruleId);
  });
});

describe('language: "å" is Swedish', () => {
  it('a Swedish draft without a function word that trigrams rank a little German is Swedish', () => {
    expect(lint('Vårdnadshavaren ombeds hämta barnets kläder senast fredag.', { pack: bas, platform: 'facebook', account: 'official' }).language).toBe('sv');
  });

  it('an English draft naming a Swedish place stays English', () => {
    const text = 'Welcome to the Storå library and the swimming hall, open from nine until eight every weekday.';
    expect(lint(text, { pack: bas, platform: 'facebook', account: 'official' }).language).toBe('en');
  });
});
