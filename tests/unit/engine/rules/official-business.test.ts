/** `official-business` (identity): official business must not be handled from a private profile. */
import { describe, expect, it } from 'vitest';
import { builtinPack } from '../../../../lib/packs/builtin';
import { findings, flagged, packWith, single, TEMPLATES } from './support';

const bas = builtinPack('bas');
const only = { only: 'bas.privat-profil' };
const ROLE = 'Jag arbetar på miljöförvaltningen och kan säga att tillståndet kommer nästa vecka.';

describe('official-business: what it catches', () => {
  it('from a private profile: the first official wording, with the referral template', () => {
    const finding = single(bas, ROLE, { ...only, account: 'private' });
    expect(finding).toMatchObject({
      ruleId: 'bas.privat-profil',
      category: 'identity',
      severity: 'warning',
      start: 0,
      end: 33,
      suggestions: [],
      template: { id: 'privateReferral', text: bas.templates.privateReferral },
    });
    expect(finding.message).toContain('”Jag arbetar på miljöförvaltningen”');
  });

  it('only one warning even when the draft handles several matters', () => {
    const text = 'Hej! Ditt ärende handläggs nu. Jag jobbar som handläggare och din ansökan är registrerad och handläggs.';
    const finding = single(bas, text, { ...only, account: 'private' });
    expect(text.slice(finding.start, finding.end)).toBe('Ditt ärende handläggs');
  });

  it('patterns of an own pack, and the earliest of a pattern and a phrase', () => {
    const pack = packWith([
      { kind: 'official-business', category: 'identity', phrases: ['ditt ärende'], patterns: ['dnr\\s*\\d{4}/\\d+'] },
    ]);
    expect(flagged(pack, 'Ditt ärende har Dnr 2024/123.', { account: 'private' })).toEqual(['Ditt ärende']);
    expect(flagged(pack, 'Se Dnr 2024/123 om ditt ärende.', { account: 'private' })).toEqual(['Dnr 2024/123']);
  });

  it('any reply from a private profile in one of the municipality\'s own threads', () => {
    const text = 'Vilket härligt väder!';
    const finding = single(bas, text, { ...only, account: 'private', thread: { official: true } });
    expect(finding).toMatchObject({ start: 0, end: text.length, template: { id: 'privateReferral' } });
  });

  it('the template of the pack in force (template privateReferral)', () => {
    for (const id of ['hofors', 'falun']) {
      const pack = builtinPack(id);
      const finding = single(pack, ROLE, { ...only, account: 'private' });
      expect(finding.template).toEqual({ id: 'privateReferral', text: pack.templates.privateReferral });
    }
    expect(builtinPack('falun').templates.privateReferral).toContain('falun.se');
    expect(builtinPack('hofors').templates.privateReferral).toContain('hofors.se');
  });

  it('an own pack\'s template', () => {
    const pack = packWith([{ kind: 'official-business', category: 'identity', phrases: ['i min tjänst'] }]);
    expect(single(pack, 'I min tjänst ser jag det.', { account: 'private' }).template).toEqual({
      id: 'privateReferral',
      text: TEMPLATES.privateReferral,
    });
  });
});

describe('official-business: what it leaves alone', () => {
  it('the same draft from the official account, or when the account is unknown', () => {
    expect(flagged(bas, ROLE, { ...only, account: 'official' })).toEqual([]);
    expect(flagged(bas, ROLE, { ...only, account: 'unknown' })).toEqual([]);
    expect(flagged(bas, ROLE, { ...only, account: 'official', thread: { official: true } })).toEqual([]);
  });

  it('a private draft about private life', () => {
    expect(flagged(bas, 'Vilket härligt väder det är i dag! Vi ska grilla hela familjen.', { ...only, account: 'private' })).toEqual([]);
  });

  it('a private draft in a thread that is not the municipality\'s', () => {
    expect(flagged(bas, 'Vilket härligt väder!', { ...only, account: 'private', thread: { official: false } })).toEqual([]);
  });

  it('an empty draft in an official thread', () => {
    expect(flagged(bas, '', { ...only, account: 'private', thread: { official: true } })).toEqual([]);
    expect(flagged(bas, '   ', { ...only, account: 'private', thread: { official: true } })).toEqual([]);
  });

  it('no findings at all for official wording from the official account', () => {
    expect(findings(bas, 'Din anmälan är registrerad och handläggs av oss.', { account: 'official' }).some((f) => f.category === 'identity')).toBe(false);
  });
});

describe('official-business: speaking in one\'s municipal role, weighed together', () => {
  const priv = { ...only, account: 'private' as const };
  it.each([
    ['where one works, inverted', 'Som ni säkert vet jobbar jag på socialförvaltningen, så hör av er.'],
    ['where one works, without the subject', 'Jobbar på gatukontoret och kan säga att gropen lagas.'],
    ['a role at a workplace', 'Som rektor på Ekbackens skola vill jag svara på frågan.'],
    ['colleagues, with what was done', 'Jag har pratat med mina kollegor på tekniska om gatlyktan.'],
    ['a signature with the unit', 'Din ansökan ser bra ut! /Maja på bygglovsenheten'],
    ['reporting what one did in a case', 'Jag har registrerat ärendet i systemet i dag.'],
    ['a resident\'s matter, done', 'Ditt parkeringstillstånd är beviljat och kommer med posten.'],
    ['asking for the matter to be sent to oneself', 'Mejla gärna ansökan om förskoleplats till mig, då kikar jag på den.'],
  ])('%s', (_what, text) => {
    expect(flagged(bas, text, priv).length, text).toBe(1);
  });

  it.each([
    ['a wish about a private matter', 'Lycka till med din ansökan till universitetet!'],
    ['a job that is not the municipality\'s', 'Jag jobbar på ett bageri och vi har öppet till sex.'],
    ['a long day without a workplace', 'Långa dagar på jobbet nu, men snart är det helg.'],
    ['greetings to colleagues', 'Ha en skön semester, alla kollegor på kommunhuset!'],
    ['a resident praising the municipality', 'Kommunen har äntligen lagat gatan utanför oss, tack!'],
    ['a private sale', 'Säljer en cykel, skicka ett meddelande om du vill köpa den.'],
  ])('leaves alone %s', (_what, text) => {
    expect(flagged(bas, text, priv)).toEqual([]);
  });

  it('a pack\'s own unit name', () => {
    const pack = packWith([{ kind: 'official-business', category: 'identity', workplaces: ['Hamnservice'] }]);
    expect(flagged(pack, 'Jag jobbar på Hamnservice och kan fixa det.', { account: 'private' })).toEqual(['Jag jobbar på Hamnservice']);
    expect(flagged(pack, 'Jag jobbar på Hamnbaren och kan fixa det.', { account: 'private' })).toEqual([]);
  });
});

describe('official-business: the role spoken from, and a named person\'s matter', () => {
  const privately = { ...only, account: 'private' as const };
  it('"som din handläggare" speaks in the role', () => {
    expect(flagged(bas, 'Som din handläggare kan jag lova att beslutet kommer före jul.', privately).length).toBeGreaterThan(0);
  });

  it('the workplace with a named person in the service', () => {
    expect(flagged(bas, 'Jag jobbar i hemtjänsten, och vi var hos Gunnel i morse. Allt är bra.', privately).length).toBeGreaterThan(0);
  });

  it('a resident about a relative\'s service, or one\'s job said once, is private life', () => {
    expect(flagged(bas, 'Min pappa Anders har hemtjänst och är jättenöjd med personalen!', privately)).toEqual([]);
    expect(flagged(bas, 'Jag jobbar som vaktmästare på skolan och trivs jättebra!', privately)).toEqual([]);
    expect(flagged(bas, 'Jag jobbar på kommunen, men ärenden tar jag inte här på min privata sida.', privately)).toEqual([]);
  });
});

describe('official-business: visits and papers to oneself, and pride in the job', () => {
  const privately = { ...only, account: 'private' as const };
  it('a visit in the reader\'s matter, and papers to be sent to oneself', () => {
    expect(flagged(bas, 'Hej Åke! Jag är vaktmästare på skolan. Jag kommer förbi och tittar på ditt lås på måndag.', privately).length).toBeGreaterThan(0);
    expect(flagged(bas, 'Hej Åke! Tillställ mig ritningarna så ska jag se över dem.', privately).length).toBeGreaterThan(0);
  });

  it('pride in one\'s job is private life', () => {
    expect(flagged(bas, 'Jobbar på fritidsgården och vill bara säga att det är världens bästa jobb!', privately)).toEqual([]);
  });
});

describe('official-business: signatures and the pupil\'s teacher', () => {
  const privately = { ...only, account: 'private' as const };
  it('signed with the unit after "Mvh"', () => {
    expect(flagged(bas, 'Mvh Sara på bygglovsenheten', privately).length).toBeGreaterThan(0);
    expect(flagged(bas, 'Mvh Sara och barnen, vi ses på loppisen!', privately)).toEqual([]);
  });

  it('"som hans klasslärare"', () => {
    expect(flagged(bas, 'Hej Nora! Som hans klasslärare kan jag säga att Elton har fått ett B.', privately).length).toBeGreaterThan(0);
  });
});

describe('official-business: a visit with the service, and what the unit did', () => {
  const privately = { ...only, account: 'private' as const };
  it('"jag var hos din mamma med hemtjänsten"', () => {
    expect(flagged(bas, 'Hej Eva! Jag var hos din mamma med hemtjänsten i morse, hon mådde fint.', privately).length).toBeGreaterThan(0);
  });

  it('the unit and what it did', () => {
    expect(flagged(bas, 'Jobbar med VA på kommunen. Det är vi som har stängt av vattnet på Åsgatan.', privately).length).toBeGreaterThan(0);
  });
});

describe('official business: casework told as a day at work', () => {
  const privately = { ...only, account: 'private' as const };
  it.each([
    'Idag nekade jag försörjningsstöd till en kille som äger en båt.',
    'Var på hembesök hos en familj i Torsåker i förmiddags.',
    'Min brukare Ove fick flytta till gruppbostaden i dag!',
    'Tuff dag på jobbet. Vi fick omhänderta tre syskon.',
  ])('%s', (text) => {
    expect(flagged(bas, text, privately).length).toBeGreaterThan(0);
  });

  it.each(['Jag fick neka mig själv en tredje semla i dag.', 'Var på middag hos svärmor i kväll.', 'Fick äntligen klart köket hemma!'])(
    'leaves alone: %s',
    (text) => {
      expect(flagged(bas, text, privately)).toEqual([]);
    },
  );
});
