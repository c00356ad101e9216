/** `confidential` (sekretess): a social-services matter tied to a person or a case. */
import { describe, expect, it } from 'vitest';
import { builtinPack } from '../../../../lib/packs/builtin';
import { findings, flagged, packWith, single, TEMPLATES } from './support';

const bas = builtinPack('bas');
const only = { only: 'bas.sekretess' };

const pack = packWith([
  {
    id: 'test.sekretess',
    kind: 'confidential',
    category: 'confidential',
    severity: 'error',
    message: '”{match}” är sekretess.',
    topics: ['orosanmälan', 'LVU', 'placering*'],
    individualMarkers: ['din son', 'ditt ärende', 'barnet'],
  },
]);

describe('confidential: what it catches', () => {
  it('a topic and an individual in the same sentence: the topic, with the case template', () => {
    const text = 'Vi har fått en orosanmälan om din son.';
    const finding = single(pack, text);
    expect(finding).toEqual({
      ruleId: 'test.sekretess',
      category: 'confidential',
      severity: 'error',
      start: 15,
      end: 26,
      message: '”orosanmälan” är sekretess.',
      suggestions: [],
      policyRef: expect.objectContaining({ section: expect.any(String) }),
      template: { id: 'confidentialCase', text: TEMPLATES.confidentialCase },
    });
    expect(text.slice(finding.start, finding.end)).toBe('orosanmälan');
  });

  it('a topic in the sentence after the individual, or before it', () => {
    expect(flagged(pack, 'Det gäller din son. Han har fått en placering.')).toEqual(['placering']);
    expect(flagged(pack, 'Vi har en fråga. LVU gäller barnet.')).toEqual(['LVU']);
    expect(flagged(pack, 'Placeringen är klar. Ditt ärende avslutas.')).toEqual(['Placeringen']);
  });

  it('every topic near the individual', () => {
    expect(flagged(pack, 'Orosanmälan om barnet ledde till LVU och placering.')).toEqual(['Orosanmälan', 'LVU', 'placering']);
  });

  it('the built-in rule, and the template of the pack in force', () => {
    const text = 'Vi har tagit emot orosanmälan om din son och utredningen pågår.';
    expect(flagged(bas, text, only)).toEqual(['orosanmälan', 'utredningen']);
    const hofors = builtinPack('hofors');
    const finding = findings(hofors, text, only)[0]!;
    expect(finding.severity).toBe('error');
    expect(finding.template).toEqual({ id: 'confidentialCase', text: hofors.templates.confidentialCase });
    expect(finding.template!.text).toContain('diarium');
  });
});

describe('confidential: what it leaves alone', () => {
  it('a topic alone is general information', () => {
    expect(flagged(pack, 'Vill du veta mer om LVU och placering i familjehem? Läs på webbplatsen.')).toEqual([]);
    expect(flagged(bas, 'Välkommen på informationskväll för dig som vill bli familjehem!', only)).toEqual([]);
  });

  it('an individual alone is not a matter', () => {
    expect(flagged(pack, 'Din son är välkommen på lägret.')).toEqual([]);
  });

  it('a topic two sentences or more from the individual', () => {
    expect(flagged(pack, 'Din son är glad. Vi ses i morgon. Nya regler för placering gäller från maj.')).toEqual([]);
  });

  it('a topic word inside a longer word that is not on the list', () => {
    expect(flagged(pack, 'Vi har en orosanmälningsblankett till din son.')).toEqual([]);
  });
});

describe('confidential: a pronoun points at a person', () => {
  const pack = packWith([{ kind: 'confidential', category: 'confidential', topics: ['missbruk*', 'socialtjänst*'] }]);
  it('flags the matter when "han"/"hon" says who it is about', () => {
    expect(flagged(pack, 'Han har missbruk och får stöd av socialtjänsten.')).toEqual(['missbruk', 'socialtjänsten']);
  });
  it('leaves the organisation\'s own "vår" alone', () => {
    expect(flagged(pack, 'Vi söker en socialsekreterare till vår barn- och familjeenhet.')).toEqual([]);
  });
});

describe('confidential: the built-in rule on inflected and compound topics, owners and replies to one person', () => {
  const bas = builtinPack('bas');
  const only = { only: 'bas.sekretess' };
  it.each([
    ['a compound topic with its owner', 'Ditt hemtjänstbeslut gäller från måndag.', ['hemtjänstbeslut']],
    ['an inflected topic in a reply to one person', 'Hej Micke! Skönt att det funkar på behandlingshemmet nu.', ['behandlingshemmet']],
    ['a care role with its owner', 'Din socialsekreterare ringer i morgon.', ['socialsekreterare']],
    ['a relative\'s matter', 'Vi kan inte svara på frågor om din pappas biståndsbeslut här.', ['biståndsbeslut']],
    ['a named household', 'Socialtjänsten har fått en orosanmälan om familjen Ek.', ['Socialtjänsten', 'orosanmälan']],
  ])('%s', (_what, text, topics) => {
    expect(flagged(bas, text, only)).toEqual(topics);
  });

  it.each([
    ['a referral', 'Hej Anna! Kontakta din socialsekreterare via växeln, så hjälper hen dig.'],
    ['a refusal to discuss cases here', 'Hej Per! Enskilda ärenden kan vi inte ta här. Ring socialtjänstens mottagning.'],
    ['a staff member named by where they work', 'Vi önskar Samira i hemtjänsten en skön semester!'],
    ['thanks passed on to the staff', 'Tack Åsa! Vi skickar vidare dina fina ord till personalen på äldreboendet.'],
    ['a pronoun for the staff member just introduced', 'Be att få prata med en biståndshandläggare. Hon hjälper dig med ansökan om hemtjänst.'],
  ])('leaves alone %s', (_what, text) => {
    expect(flagged(bas, text, only)).toEqual([]);
  });
});

describe('confidential: a refusal, and what comes after "men"', () => {
  it('the case told after a refusal is still told', () => {
    expect(flagged(bas, 'Hej Birgit. Vi kan inte diskutera enskilda ärenden här, men ditt beslut om bistånd kommer med posten.', only)).toEqual(['bistånd']);
  });

  it('a refusal and a referral tell nothing', () => {
    expect(flagged(bas, 'Hej Birgit. Vi kan inte diskutera enskilda ärenden om bistånd här, men ring oss så hjälper vi dig.', only)).toEqual([]);
  });

  it('staff named with given name and surname by where they work', () => {
    expect(flagged(bas, 'Stort tack till Ljiljana Petrović i hemtjänsten för hennes fina insats!', only)).toEqual([]);
  });
});

describe('confidential: the reader\'s matter about a service, and open questions', () => {
  it('"din ansökan om ekonomiskt bistånd" is a case', () => {
    expect(flagged(bas, 'Din ansökan om ekonomiskt bistånd är klar.', only)).toEqual(['ekonomiskt bistånd']);
  });

  it('how to apply is not', () => {
    expect(flagged(bas, 'Om du vill ansöka om ekonomiskt bistånd hittar du blanketten på webben.', only)).toEqual([]);
  });

  it('an open question to anyone and its answer are general information', () => {
    expect(flagged(bas, 'Har du eller ditt barn en funktionsnedsättning? Då kan du ha rätt till stöd enligt LSS.', only)).toEqual([]);
  });
});

describe('confidential: people identified by where they live', () => {
  it('"barnen i huset vid torget" with a sekretess topic', () => {
    expect(flagged(bas, 'Vi har tagit emot flera orosanmälningar om barnen i huset vid torget.', only)).toEqual(['orosanmälningar']);
  });
});

describe('confidential: the service as a workplace', () => {
  it('"bemanningen i hemtjänsten" with a named staff member is not a case', () => {
    expect(flagged(bas, 'Tack till Milica Ilić som har hjälpt oss med bemanningen i hemtjänsten i sommar.', only)).toEqual([]);
  });

  it.each([
    ['a career', 'Efter 41 år i hemtjänsten tackar Rolf Lund för sig.'],
    ['working in it', 'Nora jobbar som undersköterska på äldreboendet sedan i våras.'],
    ['a summer job', 'Leo började som sommarvikarie i hemtjänsten.'],
    ['our own staff', 'Säg hej till Ida, vår nya skolsköterska!'],
  ])('%s is not a case', (_what, text) => {
    expect(flagged(bas, text, only)).toEqual([]);
  });

  it.each([
    ['a resident\'s stay', 'Din mamma har bott fyra år på äldreboendet.', 'äldreboendet'],
    ['support given to the reader\'s child', 'Din son har fått stöd av skolkuratorn.', 'skolkuratorn'],
  ])('%s still is', (_what, text, topic) => {
    expect(flagged(bas, text, only)).toEqual([topic]);
  });
});

describe('confidential: a refusal in inverted word order', () => {
  it('"… för en enskild person kan vi inte ta här"', () => {
    expect(flagged(bas, 'Frågor om hemtjänst för en enskild person kan vi inte ta här, ring oss.', only)).toEqual([]);
  });
});

describe('confidential: where to turn, whose service, and what was done to whom', () => {
  it('a service named as where to turn is no one\'s case, wherever in the sentence', () => {
    expect(flagged(bas, 'Har ditt barn fått kallelsen? Om inte, kontakta elevhälsan på ditt barns skola.', only)).toEqual([]);
    expect(flagged(bas, 'Hej Rut! Vill du prata med någon på hemtjänsten? Ring växeln.', only)).toEqual([]);
    expect(flagged(bas, 'Hej! Vi har kontaktat elevhälsan om din son.', only)).toEqual(['elevhälsan']);
  });

  it('a service of a group or one not needed is no one\'s matter', () => {
    expect(flagged(bas, 'Den som har hemtjänst ombeds ladda mobilen. Brukaren ska själv ringa hemtjänsten.', only)).toEqual([]);
    expect(flagged(bas, 'Hej Tove! Du behöver inget biståndsbeslut för trygghetsboende.', only)).toEqual([]);
    expect(flagged(bas, 'Hej Tove! Ditt biståndsbeslut är klart.', only)).toEqual(['biståndsbeslut']);
  });

  it('staff at a named service work there; a resident lives there', () => {
    expect(flagged(bas, 'Möt Sofia! Hon är sjuksköterska på Solgårdens äldreboende.', only)).toEqual([]);
    expect(flagged(bas, 'Välkommen Maria Lind! Hon kommer närmast från hemtjänsten i Ockelbo.', only)).toEqual([]);
    expect(flagged(bas, 'Stort tack till hemtjänstens personal i helgen!', only)).toEqual([]);
    expect(flagged(bas, 'Gunnel bor på Solgårdens äldreboende och har fått en rullstol.', only)).toEqual(['äldreboende']);
    expect(flagged(bas, 'Flickan på bilden bor just nu i ett av våra familjehem.', only)).toEqual(['familjehem']);
  });

  it('taking someone into care, with whom, is their case', () => {
    expect(flagged(bas, 'Vi fick omhänderta ett barn i går kväll.', only)).toEqual(['omhänderta']);
    expect(flagged(bas, 'Socialtjänsten kan omhänderta barn som far illa.', only)).toEqual([]);
  });

  it('a building\'s placement and a contact person are not sekretess', () => {
    expect(flagged(bas, 'Hej Mia! Det beror på storlek och placering på tomten.', only)).toEqual([]);
    expect(flagged(bas, 'Kontaktperson för filmen är Erik på kulturkontoret.', only)).toEqual([]);
  });
});
