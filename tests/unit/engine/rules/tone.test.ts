/** `tone`: a friendly tone: no condescending phrases, no shouting, no runs of exclamation marks. */
import { describe, expect, it } from 'vitest';
import { applyFirstSuggestions } from '../../../../lib/packs/load';
import { builtinPack } from '../../../../lib/packs/builtin';
import { findings, flagged, packWith, single } from './support';

const bas = builtinPack('bas');
const only = { only: 'bas.ton' };

describe('tone: what it catches', () => {
  it('condescending wording, one finding per sentence from its first cue to its last, with no automatic fix', () => {
    const text = 'Läs på innan du skriver.';
    const finding = single(bas, text, only);
    expect(finding).toMatchObject({ ruleId: 'bas.ton', category: 'tone', severity: 'warning', start: 0, end: 23, suggestions: [] });
    expect(finding.message).toBe('Håll en vänlig ton även när inlägget är otrevligt: ”Läs på innan du skriver” kan uppfattas som en tillrättavisning.');
  });

  it('phrases anywhere in the draft, and words given with a star', () => {
    expect(flagged(bas, 'Det är löjligt, sluta gnälla. Ni är idioter.', only)).toEqual(['löjligt, sluta gnälla', 'Ni är idioter']);
  });

  it('a run of words in capitals, with the lower-case text as the fix', () => {
    const text = 'VI HAR REDAN SVARAT PÅ DET.';
    const finding = single(bas, text, only);
    expect([finding.start, finding.end]).toEqual([0, 26]);
    expect(finding.suggestions).toEqual(['vi har redan svarat på det']);
  });

  it('short capital words that together shout ("NI MÅSTE LYSSNA")', () => {
    expect(flagged(bas, 'Hallå, NI MÅSTE LYSSNA på oss.', only)).toEqual(['NI MÅSTE LYSSNA']);
  });

  it('one long word in capitals', () => {
    const text = 'Det här är FRUKTANSVÄRT dåligt.';
    const finding = single(bas, text, only);
    expect(text.slice(finding.start, finding.end)).toBe('FRUKTANSVÄRT');
    expect(finding.suggestions).toEqual(['fruktansvärt']);
  });

  it('more exclamation marks than allowed, fixed to one', () => {
    const text = 'Vi har svarat!!!';
    const finding = single(bas, text, only);
    expect([finding.start, finding.end]).toEqual([13, 16]);
    expect(finding.suggestions).toEqual(['!']);
    expect(applyFirstSuggestions(text, findings(bas, text, only))).toBe('Vi har svarat!');
  });

  it('a pack may allow fewer exclamation marks', () => {
    const strict = packWith([{ kind: 'tone', category: 'tone', maxExclamations: 1 }]);
    expect(flagged(strict, 'Välkommen!! Hej!')).toEqual(['!!']);
  });
});

describe('tone: what it leaves alone', () => {
  it.each([
    ['acronyms', 'Kontakta LSS, LVU eller IVO. Vi har SMS och FAQ.'],
    ['an acronym inside a word', 'Tack för din fråga! Vi har svarat på LSS-frågan tidigare.'],
    ['one short capital word', 'Det är KLART nu.'],
    ['acronyms with short words between them', 'LSS och LVU och SMS gäller.'],
    ['two exclamation marks', 'Välkommen!! Vi ses.'],
    ['a friendly reply', 'Tack för din fråga! Vi svarar så snart vi kan.'],
    ['a phrase word inside a longer word', 'Vi har en dumtsnutt till katt.'],
  ])('%s', (_what, text) => {
    expect(flagged(bas, text, only)).toEqual([]);
  });

  it('capitals in two different sentences are not one run', () => {
    // As one run "LSS NU KLART" would be 10 capitals; split by the line break it is 3 and 7.
    expect(flagged(bas, 'Kontakta LSS\nNU KLART', only)).toEqual([]);
    expect(flagged(bas, 'Kontakta LSS NU KLART', only)).toEqual(['LSS NU KLART']);
  });

  it('capitals when the pack turns shouting off', () => {
    const calm = packWith([{ kind: 'tone', category: 'tone', shouting: false }]);
    expect(flagged(calm, 'VI HAR REDAN SVARAT PÅ DET.')).toEqual([]);
    expect(flagged(calm, 'Vi har svarat!!!')).toEqual(['!!!']);
  });
});

describe('tone: constructions of condescension, weighed together', () => {
  it.each([
    ['an accusing adverb with a reproach', 'Uppenbarligen har du inte sett skylten vid infarten.'],
    ['a counterfactual reproach', 'Om du hade kollat tidtabellen hade du hunnit med bussen.'],
    ['an order to read first', 'Läs beslutet en gång till innan du kommenterar.'],
    ['a rhetorical question at the reader', 'Är det verkligen så svårt att stänga grinden efter sig?'],
    ['counting how often the reader asked', 'Det här är femte gången du frågar om samma sak.'],
    ['dismissing the reader', 'Om du inte trivs med parkerna behöver du ju inte gå dit.'],
    ['"du får väl"', 'Du får väl cykla som alla andra.'],
    ['mockery', 'Snyggt försök, men taxan har inte höjts.'],
    ['sarcastic thanks', 'Tack för den otroligt hjälpsamma kommentaren.'],
    ['blame', 'Det är ju du som glömde att förnya kortet.'],
    ['a judgement of the reader', 'Du verkar mest vilja bråka om allt.'],
    ['a curt close after a statement', 'Sophämtningen sker på onsdagar. Punkt.'],
    ['an eye-roll', 'Ja, vi har hört det förut 🙄'],
    ['capitals aimed at the reader, with a reproach', 'Vi har INTE stängt biblioteket. Läs skylten en gång till.'],
    ['two weaker cues in neighbouring sentences', 'Intressant teori. Den stämmer tyvärr inte.'],
  ])('%s', (_what, text) => {
    expect(flagged(bas, text, only).length, text).toBeGreaterThan(0);
  });

  it('names what the wording sounds like in the message', () => {
    const finding = single(bas, 'Snyggt försök, men taxan har inte höjts.', only);
    expect(finding.message).toContain('kan uppfattas som hån');
  });

  it.each([
    ['sincere thanks', 'Tack för den fina bilden från skidspåret!'],
    ['a sincere "jaha"', 'Jaha, då förstår vi varför kartan var svår att läsa. Vi fixar den.'],
    ['a wish with a clover', 'Lycka till med det! 🍀'],
    ['capitals for good news', 'Det är GRATIS att bada för alla barn i sommar!'],
    ['a crisis heading in capitals', 'VIKTIG INFORMATION OM VATTNET\nKoka vattnet innan du dricker det.'],
    ['empathy with an angry reader', 'Vi förstår att du är besviken och arg. Vi ber om ursäkt för förseningen.'],
    ['a quoted rude comment', 'Någon skrev ”ni är helt värdelösa” och vi förstår frustrationen. Så här går det till.'],
    ['"som sagt" in an ordinary reminder', 'Som sagt i filmen kan du lämna trädgårdsavfall gratis.'],
    ['"faktiskt" alone', 'Vi har faktiskt öppet hela sommaren!'],
    ['a friendly question back', 'Har du möjlighet att skicka en bild på hålet?'],
    ['a plain link to read more', 'Läs på hofors.se om hur du ansöker.'],
  ])('leaves alone %s', (_what, text) => {
    expect(flagged(bas, text, only)).toEqual([]);
  });

  it('a pack can turn the constructions off and keep its own phrases', () => {
    const plain = packWith([{ kind: 'tone', category: 'tone', constructions: false, phrases: ['trams'] }]);
    expect(flagged(plain, 'Snyggt försök. Det där är trams.')).toEqual(['trams']);
  });

  it('a pack can add a construction of its own', () => {
    const own = packWith([
      { kind: 'tone', category: 'tone', constructions: false, cues: [{ steps: ['det', 'löser', 'du', 'själv'], weight: 2, label: 'avfärdande' }] },
    ]);
    expect(flagged(own, 'Det löser du själv.')).toEqual(['Det löser du själv']);
  });
});

describe('tone: closing the thread, said-before, sarcastic deference', () => {
  it.each([
    ['declaring the thread over', 'Vi har svarat på det. Diskussionen är härmed avslutad.'],
    ['a one-sentence close after an answer', 'Vi har svarat. Kommentarsfältet låses.'],
    ['refusing to go on', 'Vi tänker inte diskutera busstaxan med dig längre.'],
    ['"Än en gång:" opening a reply', 'Än en gång: badet är stängt i juli.'],
    ['"Som sagt:" opening a reply', 'Som sagt: anmälan ska vara inne på fredag.'],
    ['said before, in this very thread', 'Som vi redan skrivit två gånger i den här tråden: hämtningen sker på torsdag.'],
    ['sarcastic deference', 'Du vet nog alltid bäst hur snön ska skottas.'],
    ['"det är väl inte så svårt" before the explanation', 'Det är väl inte så komplicerat: du bokar på webben.'],
    ['mock delight at the reader\'s free time', 'Så kul att du har så mycket tid att räkna sopbilar!'],
    ['"Jaha, så …?" as irony', 'Jaha, så nu är det kommunens fel att det regnar?'],
    ['talking slowly to the reader', 'Vi upprepar det långsamt: parkeringen är gratis efter sex.'],
    ['mocking with an ellipsis pause', 'Intressant teori… men bussen går faktiskt varje timme.'],
    ['blaming the reader for not reading', 'Det är ditt eget ansvar att läsa brevet vi skickade.'],
  ])('%s', (_what, text) => {
    expect(flagged(bas, text, only).length).toBeGreaterThan(0);
  });

  it.each([
    ['a case closed, as information', 'Ärendet är avslutat och beslutet kommer med posten. Hör av dig om något är oklart!'],
    ['a moderation notice with its reason', 'Kommentarsfältet stängs kl. 22 i kväll eftersom vi inte kan moderera på natten.'],
    ['"som sagt i" pointing to a source', 'Som sagt i filmen kan du lämna grovsopor gratis.'],
    ['sincere "du vet bäst själv"', 'Du vet bäst själv vilken tid som passar, så boka i e-tjänsten.'],
    ['reassurance', 'Det är inte så krångligt som det låter, och vi hjälper dig gärna.'],
    ['"vi kan lugna dig"', 'Vi kan lugna dig: vattnet är testat och går att dricka.'],
    ['advice to check first', 'Ska du bygga en altan? Kolla först om du behöver bygglov.'],
    ['a sincere "intressant idé"', 'Intressant idé! Vi skickar den vidare till nämnden.'],
    ['a friendly "jaha"', 'Jaha, då förstår vi hur det gick till. Tack för att du berättade!'],
  ])('%s', (_what, text) => {
    expect(flagged(bas, text, only)).toEqual([]);
  });
});

describe('tone: insults after "ni", and "not our problem"', () => {
  it('a strongly negative word right after the reader', () => {
    expect(flagged(bas, 'Ni surgubbar får vänta som alla andra.', only).length).toBeGreaterThan(0);
  });

  it('leaves "ni" before a verb alone', () => {
    expect(flagged(bas, 'Hej Dragan! Parkeringsboten kan du bestrida hos den som skrev ut den.', only)).toEqual([]);
  });

  it('"det är faktiskt inte vårt problem"', () => {
    expect(flagged(bas, 'Det är faktiskt inte vårt problem att bussen var full.', only).length).toBeGreaterThan(0);
  });
});

describe('tone: sarcastic thanks around a name, and "bara ditt tyckande"', () => {
  it.each([
    ['sarcastic thanks with the name between', 'Tack, Sune, för ditt väldigt hjälpsamma inlägg.'],
    ['dismissing the view and closing', 'Det där är bara din tolkning. Beslutet är fattat, punkt.'],
  ])('%s', (_what, text) => {
    expect(flagged(bas, text, only).length).toBeGreaterThan(0);
  });

  it('sincere thanks with the name between', () => {
    expect(flagged(bas, 'Tack, Sune, för att du tipsade om hålet i vägen!', only)).toEqual([]);
  });
});

describe('tone: the reader\'s party, "sluta skriva", a curt last word', () => {
  it.each([
    ['the reader\'s party thrown back', 'Vi vet ju att du är moderat, men det här handlar om badplatsen.'],
    ['telling the reader to stop', 'Du har redan fått svar, så du kan sluta skriva om detta nu.'],
    ['"trodde du verkligen att …?"', 'Trodde du verkligen att kommunen bestämmer över vädret?'],
    ['a curt last word', 'Tack för synpunkten. Mer än så finns inte att säga.'],
  ])('%s', (_what, text) => {
    expect(flagged(bas, text, only).length).toBeGreaterThan(0);
  });

  it('a friendly correction', () => {
    expect(flagged(bas, 'Trodde du att biblioteket var stängt? Det är öppet hela sommaren!', only)).toEqual([]);
  });
});

describe('tone: mock surprise and irony about whose fault it is', () => {
  it.each([
    ['"inte direkt förvånad"', 'Som moderat är du väl inte direkt förvånad över beslutet.'],
    ['"den första någonsin som lyckas klaga"', 'Du är den första någonsin som lyckas klaga på gratis glass.'],
    ['"för att du klagar"', 'Det blir inte plogat fortare för att du klagar här.'],
    ['"Självklart är det kommunens fel"', 'Självklart är det kommunens fel att det regnar på midsommar.'],
  ])('%s', (_what, text) => {
    expect(flagged(bas, text, only).length).toBeGreaterThan(0);
  });

  it.each([
    ['a sincere "den första"', 'Du är den första som anmält dig till sommarkollot, välkommen!'],
    ['a sincere "självklart"', 'Självklart kan du ta med hunden till badplatsen, kopplad.'],
  ])('%s', (_what, text) => {
    expect(flagged(bas, text, only)).toEqual([]);
  });
});

describe('tone: scare quotes and spelled-out sarcasm', () => {
  it('one of the reader\'s words handed back in quotation marks', () => {
    expect(flagged(bas, 'Tack för din ”synpunkt”, Sven.', only)).toEqual(['din ”synpunkt”']);
    expect(flagged(bas, 'Era så kallade "fakta" stämmer inte.', only).length).toBeGreaterThan(0);
    expect(flagged(bas, 'Tack för din ”Ja”-röst i omröstningen!', only)).toEqual([]);
    expect(flagged(bas, 'Tack för ditt förslag om ”Mer ljus i parken”!', only)).toEqual([]);
  });

  it('nagging, the insult turned back, the obvious spelled out, the reader lying', () => {
    expect(flagged(bas, 'Nu får det vara slut med tjatet om parkeringen.', only)).toEqual(['slut med tjatet']);
    expect(flagged(bas, 'Det enda fula här är din ton.', only).length).toBeGreaterThan(0);
    expect(flagged(bas, 'Ja, det snöar. Det är liksom hela grejen med vintern.', only).length).toBeGreaterThan(0);
    expect(flagged(bas, 'Skriv till oss i stället för att sprida osanningar.', only).length).toBeGreaterThan(0);
    expect(flagged(bas, 'Hjälp oss att inte sprida rykten om branden.', only)).toEqual([]);
  });

  it('sincere counts and contest questions', () => {
    expect(flagged(bas, 'Du kan byta pass hur många gånger du vill.', only)).toEqual([]);
    expect(flagged(bas, 'Hur många gånger ska vi behöva säga det?', only)).toEqual(['Hur många gånger']);
    expect(flagged(bas, 'Melodifestivalen i kväll, vem tror ni vinner?', only)).toEqual([]);
    expect(flagged(bas, 'Vem tror du betalar för det här?', only)).toEqual(['Vem tror du']);
  });
});

describe('tone: reading told in the third person, the comment as the measure, closing the matter', () => {
  it('catches', () => {
    expect(flagged(bas, 'Det brukar framgå om man läser inlägget.', only)).toEqual(['om man läser inlägget']);
    expect(flagged(bas, 'Hoppas kvällen blir trevligare än din kommentar.', only)).toEqual(['trevligare än din kommentar']);
  });

  it('leaves alone', () => {
    expect(flagged(bas, 'Om du läser inlägget ser du alla tider.', only)).toEqual([]);
    expect(flagged(bas, 'Swisha 50 kronor så är du med. Så enkelt är det!', only)).toEqual([]);
    expect(flagged(bas, 'Fullmäktige sa ja i går. Beslutet är fattat och bygget börjar i maj.', only)).toEqual([]);
  });
});
