/**
 * Policyvakt's Swedish constructions of speaking in one's municipal role, for the
 * `official-business` rule kind (a rule with `"constructions": true` gets them, and these word lists,
 * when its pack is loaded): saying where one works at the municipality ("som ni vet jobbar jag på
 * bygglovsenheten", "vi på fritidsgården"), one's colleagues there ("mina kollegor på tekniska"),
 * signing with the unit ("/Pia på skolskjutsenheten"), reporting what one did in a case ("jag la in
 * det i systemet", "jag har godkänt …"), saying a resident's matter is done ("din skolskjuts är
 * ordnad") and asking for the matter to be sent to oneself ("skicka ritningarna till mig"). Strong
 * constructions (2) are enough alone; the weaker ones — a handling verb, "på jobbet", "till mig" —
 * count together. Steps and tests: lib/engine/text/constructions.ts, lib/engine/swedish/role-cues.ts.
 *
 * The vocabulary of a municipality's own work is matched inflected and in compounds:
 * "bygglovsenheten", "gatuavdelningen", "studievägledarna", "hemtjänstbeslutet".
 */
import type { RoleConstruction } from '../schema';

/** Where municipal staff work. A pack adds its own unit names ("Gatukontoret", "Servicecenter"). */
export const WORKPLACES = [
  'kommun', 'kommunen', 'förvaltning', 'enhet', 'avdelning', 'kontor', 'nämnd', 'socialtjänst', 'hemtjänst', 'fritidsgård',
  'kulturskola', 'bibliotek', 'skola', 'förskola', 'äldreboende', 'stadshus', 'kommunhus', 'räddningstjänst',
  'vuxenutbildning', 'kundtjänst', 'kontaktcenter', 'medborgarservice', 'tekniska', 'simhall', 'badhus', 'reningsverk',
  'återvinningscentral', 'växel', 'växeln', 'servicecenter', 'fritidsförvaltning', 'gatukontor', 'miljökontor',
  'barn- och utbildning', 'vård och omsorg', 'miljö- och bygg', 'kultur och fritid', 'samhällsbyggnad', 'lss-boende',
  'gruppboende', 'gruppbostad', 'korttidsboende', 'familjecentral', 'ungdomsmottagning', 'elevhälsa', 'musikskola',
  'socialen', 'soc', 'äldreomsorg', 'äldreomsorgen', 'omsorgen', 'parkavdelning', 'va-avdelning',
];

/** Roles of municipal staff: "jag är handläggare", "en av studievägledarna". */
export const ROLES = [
  'handläggare', 'socialsekreterare', 'vägledare', 'inspektör', 'samordnare', 'enhetschef', 'förvaltningschef',
  'rektor', 'förskolechef', 'kurator', 'bibliotekarie', 'planarkitekt', 'bygglovshandläggare', 'kommunikatör',
  'tjänsteman', 'tjänsteperson', 'sektionschef', 'avdelningschef', 'projektledare', 'miljöinspektör', 'undersköterska',
  'fritidsledare', 'skolskjutssamordnare', 'lärare', 'förskollärare', 'pedagog', 'sjuksköterska', 'fältassistent',
  'sköterska', 'skolsköterska', 'psykolog', 'specialpedagog', 'vårdbiträde', 'arbetsterapeut', 'fysioterapeut',
  'barnskötare', 'elevassistent', 'boendestödjare', 'vaktmästare', 'fastighetsskötare', 'ingenjör', 'drifttekniker',
  'stadsarkitekt', 'arkivarie', 'registrator', 'nämndsekreterare', 'utredare', 'strateg', 'badmästare', 'simlärare',
  'ungdomsledare', 'fritidspedagog', 'enhetschef', 'verksamhetschef', 'driftchef', 'gatuchef', 'skolchef',
  'familjehemssekreterare', 'biståndshandläggare', 'rekryterare',
];

/** What residents apply for, report or are billed: the matters staff handle. */
export const SERVICES = [
  'ansökan', 'ärende', 'bygglov', 'tillstånd', 'parkeringstillstånd', 'parkeringsbot', 'felanmälan', 'synpunkt',
  'anmälan', 'skolskjuts', 'förskoleplats', 'skolplats', 'plats', 'bistånd', 'beslut', 'bidrag', 'föreningsbidrag',
  'detaljplan', 'planområde', 'sophämtning', 'sopbil', 'sopkärl', 'kärl', 'snöröjning', 'plogning', 'körschema',
  'gatlampa', 'gatlykta', 'gatubelysning', 'gatlyse', 'vattenavstängning', 'vattenläcka', 'räkning', 'faktura',
  'avgift', 'taxa', 'busskort', 'färdtjänst', 'hemtjänst', 'bostadsanpassning', 'kö', 'bokning', 'lönekontor',
  'schema', 'lista', 'system', 'systemet', 'e-tjänst', 'försörjningsstöd', 'ekonomiskt bistånd', 'omhändertagande',
  'förvaltarskap', 'godmanskap', 'placering', 'inspektion', 'tillsyn', 'orosanmälan', 'utredning', 'familjehem',
];

const WORK = ['jobbar', 'arbetar', 'jobbade', 'arbetade', 'sitter', 'satt', 'undervisar'];
const AT = ['på', 'inom', 'i', 'med', 'för', 'hos', 'som'];
const FILLER = ['ju', 'själv', 'också', 'faktiskt', 'numera', 'sedan', 'nu'];
const YOUR = ['din', 'ditt', 'dina', 'er', 'ert', 'era'];
/** What staff do with a case, as the writer reports it: "jag har registrerat", "jag la in". */
const HANDLED = [
  'förlängt', 'förlängde', 'spolat', 'spolade', 'lagade', 'lagat', 'bytt', 'bytte', 'registrerat', 'registrerade', 'godkänt', 'godkände', 'beviljat', 'beviljade', 'avslagit', 'avslog', 'handlagt',
  'handlägger', 'strukit', 'strök', 'rättat', 'rättade', 'ändrat', 'ändrade', 'lagt', 'la', 'lade', 'bokat', 'bokade',
  'skickat', 'skickade', 'lämnat', 'lämnade', 'fixar', 'fixat', 'fixade', 'ordnat', 'ordnade', 'ordnar', 'kollat',
  'kollade', 'kontrollerat', 'kontrollerade', 'åtgärdat', 'åtgärdade', 'beställt', 'beställde', 'flyttat', 'flyttade',
  'makulerat', 'makulerade', 'prioriterat', 'prioriterade', 'tittat', 'tittade', 'löst', 'löste', 'justerat', 'justerade',
  'skickar', 'registrerar', 'godkänner', 'beviljar', 'bokar', 'ändrar', 'rättar', 'lägger', 'åtgärdar', 'beställer',
  'nekade', 'nekat', 'omhändertog', 'omhändertagit', 'placerade', 'placerat', 'utredde', 'utrett', 'inspekterade',
  'inspekterat',
  'reserverat', 'reserverade', 'reserverar', 'stryker',
];
/** A resident's matter, done: "Din skolskjuts är ordnad", "din anmälan är registrerad". */
const DONE = [
  'ordnad', 'ordnat', 'klar', 'klart', 'fixad', 'fixat', 'godkänd', 'godkänt', 'beviljad', 'beviljat', 'registrerad',
  'registrerat', 'ändrad', 'ändrat', 'rättad', 'rättat', 'bokad', 'bokat', 'makulerad', 'makulerat', 'inlagd', 'inlagt',
  'mottagen', 'behandlad', 'handlagd', 'åtgärdad', 'åtgärdat', 'beställd', 'beställt', 'registrerats', 'handlagts',
  'godkänts', 'beviljats', 'mottagits', 'åtgärdats', 'ändrats', 'rättats',
];

const cue = (weight: number, steps: RoleConstruction['steps'], extra: Partial<RoleConstruction> = {}): RoleConstruction => ({ steps, weight, ...extra });

export const ROLE_CONSTRUCTIONS: RoleConstruction[] = [
  // Where I work: "jag jobbar på kommunen", "jobbar jag på bygglovsenheten", "Jobbar på miljöenheten".
  // Saying where one works is allowed ("klargör din befattning", Falun); with anything done or
  // offered in the matter, it is official business: these weigh 1.5, the rest is added.
  cue(1.5, ['jag', { optional: FILLER }, { optional: 'som' }, WORK, { optional: FILLER }, AT, { skip: 3 }, { test: 'workplace' }]),
  cue(1.5, [WORK, 'jag', { optional: FILLER }, { optional: FILLER }, AT, { skip: 3 }, { test: 'workplace' }]),
  cue(1.5, [WORK, { optional: FILLER }, AT, { skip: 3 }, { test: 'workplace' }], { opening: true }),
  cue(1.5, ['jag', 'är', { optional: ['anställd', 'en', 'ju'] }, { skip: 3 }, ['på', 'inom', 'hos', 'vid'], { skip: 2 }, { test: 'workplace' }]),
  cue(1.5, ['jag', 'är', { optional: ['ju', 'själv'] }, { skip: 3 }, { test: 'role' }]),
  // Speaking with the role's authority: "kan säga att", "kan bekräfta att".
  cue(1, [['kan', 'får'], ['säga', 'bekräfta', 'meddela', 'lova', 'avslöja', 'berätta', 'intyga'], 'att']),
  // Saying it is written privately is what the guidelines ask: "skriver det här som privatperson".
  cue(-2, ['som', 'privatperson']),
  cue(-2, [['privat', 'privata'], ['sida', 'sidan', 'profil', 'profilen', 'konto']]),
  // Pride in one's colleagues is private life.
  cue(-1, ['stolt', 'över']),
  cue(-1, [['fantastiskt', 'grymt', 'otroligt', 'bra', 'viktigt', 'fint'], 'jobb']),
  cue(-1.5, [['bästa', 'roligaste', 'finaste', 'underbaraste', 'härligaste'], ['jobb', 'jobbet', 'arbetsplats', 'arbetsplatsen', 'kollegor', 'kollegorna']]),
  cue(2, ['som', 'anställd', { skip: 2 }, { test: 'workplace' }]),
  cue(2, ['vi', ['på', 'inom', 'i'], { skip: 2 }, { test: 'workplace' }]),
  // "mina kollegor på tekniska" (with what was done, it is handling); not "Ha en fin sommar, alla kollegor".
  cue(1.5, [['mina', 'min', 'våra', 'kollegorna', 'kollegan', 'kollegerna', 'chefen'], { optional: ['kollegor', 'kollega', 'chef', 'kolleger'] }, ['på', 'inom', 'i', 'vid'], { skip: 2 }, { test: 'workplace' }]),
  // "Som rektor på Norrbackaskolan kan jag meddela …", "som handläggare".
  cue(2, ['som', { test: 'role' }, { optional: ['här', 'själv'] }, ['på', 'inom', 'i', 'vid', 'hos', 'för'], { skip: 2 }, { test: 'workplace' }, { optional: ',' }, ['kan', 'vill', 'får', 'måste', 'ska', 'har', 'vet'], 'jag']),
  // "… jobbar som vaktmästare på skolan": the job said, not yet spoken from.
  cue(1, ['som', { test: 'role' }, { optional: ['här', 'själv'] }, ['på', 'inom', 'i', 'vid', 'hos', 'för'], { skip: 2 }, { test: 'workplace' }]),
  cue(1, ['som', { test: 'role' }, { optional: ',' }, { skip: 2 }, 'jag']),
  cue(2, ['som', { test: 'role' }, ['på', 'inom', 'för', 'i'], { skip: 3 }, ['kan', 'vill', 'får', 'måste'], 'jag']),
  // A resident's matter moving: "placeringen gick igenom", "bygglovet är klart".
  cue(1, [{ test: 'service' }, { skip: 2 }, ['igenom', 'beviljad', 'beviljat', 'godkänd', 'godkänt', 'klar', 'klart']]),
  cue(1, ['jag', { optional: ['har', 'hade'] }, ['pratade', 'pratat', 'skrev', 'berättade'], 'om']),
  // "… simhallen: jag jobbar där".
  cue(2, [{ test: 'workplace' }, { skip: 6 }, 'jag', { optional: FILLER }, WORK, { optional: FILLER }, 'där']),
  cue(2, ['i', 'min', 'tjänst']),
  cue(2, ['i', 'tjänsten']),
  cue(1.5, ['ligger', { optional: ['nu', 'redan'] }, 'hos', 'mig']),
  cue(1.5, ['jag', 'kan', { skip: 2 }, ['lova', 'bekräfta', 'garantera']]),
  cue(2, ['min', ['förvaltning', 'enhet', 'avdelning', 'arbetsgrupp', 'chef', 'handläggare']]),
  // "min brukare Ove", "en av mina klienter": the people one cares for at work.
  cue(2, [['min', 'mina'], ['brukare', 'brukares', 'klient', 'klienter', 'klients', 'vårdtagare', 'vårdtagares']]),
  // Signed with the unit or role: "/Pia på skolskjutsenheten", "/Jonas, fritidsledare".
  cue(2, ['/', { test: 'capitalised' }, { optional: ',' }, { optional: ['på', 'från', 'vid'] }, { skip: 2 }, { test: 'workplace-or-role' }]),

  // Handling a case: "jag la in den i systemet", "det kollade jag i kartan", "jag har pratat med kollegorna".
  cue(1.5, ['jag', { optional: ['har', 'hade', 'ska', 'kan', 'har'] }, { optional: ['redan', 'nu', 'själv', 'just'] }, HANDLED]),
  cue(2, ['jag', { optional: ['har', 'hade'] }, { optional: ['redan', 'nu', 'själv', 'just'] }, HANDLED, { skip: 2 }, { test: 'service' }]),
  // A care or case meeting the writer took part in: "Hade vårdplaneringsmöte med …".
  cue(1.5, [['hade', 'haft', 'har'], { optional: ['ett', 'en'] }, { test: 'meeting' }, 'med']),
  cue(1, ['till', ['er', 'alla', 'dig'], 'som', { optional: 'har' }, ['frågat', 'undrat', 'klagat', 'klagar', 'frågar', 'undrar', 'skrivit']]),
  cue(1.5, [HANDLED, 'jag']),
  // "Idag nekade jag försörjningsstöd till …": the writer's own decision in someone's matter.
  cue(2, [HANDLED, 'jag', { skip: 2 }, { test: 'service' }]),
  // "Vi fick omhänderta tre syskon", "Fick fatta beslut om …", "Var på inspektion": casework the writer did, told as a day at work.
  cue(1.5, [['fick', 'fått'], { optional: ['äntligen', 'idag', 'till', 'slut'] }, ['omhänderta', 'placera', 'neka', 'avslå', 'utreda', 'inspektera', 'fatta']]),
  cue(2, [['var', 'varit'], 'på', ['inspektion', 'tillsyn', 'hembesök', 'utredningsbesök']]),
  cue(1.5, ['fick', { optional: 'äntligen' }, 'klart', { skip: 1 }, { test: 'service' }]),
  // "… och har strukit de som blev fel", "… och tar med listan": handling, after the role.
  cue(1, ['och', { optional: ['har', 'kan', 'ska', 'hade'] }, { optional: ['redan', 'nu', 'själv'] }, HANDLED]),
  cue(1, ['och', 'tar', 'med']),
  cue(1.5, [['lagt', 'la', 'lade', 'lägger'], 'in', { skip: 2 }, ['i', 'på'], { skip: 1 }, { test: 'service' }]),
  cue(1, ['jag', { optional: ['har', 'ska', 'kan'] }, { optional: 'redan' }, ['pratat', 'pratade', 'prata', 'pratar'], 'med']),
  cue(1, [['jag', 'och'], ['kan', 'ska'], ['bekräfta', 'lova', 'kolla', 'fixa', 'ordna', 'titta', 'hjälpa', 'lugna', 'berätta']]),
  cue(1, ['jag', 'lovar', 'att']),
  cue(1, ['jag', { optional: ['ska', 'kan'] }, ['tar', 'ta'], { optional: 'med' }, { optional: 'mig' }, { skip: 2 }, ['till', 'vidare', 'upp']]),
  cue(0.5, ['ser', 'till', 'att']),
  cue(1, ['ska', 'se', 'till', 'att']),
  // "Som din LSS-handläggare kan jag säga …": the writer is the reader's official.
  cue(2, ['som', ['din', 'ditt', 'er', 'ert', 'hans', 'hennes', 'hens', 'deras'], { test: 'role' }]),
  // Signed with the unit after a greeting: "Mvh Jonas på gatuenheten".
  cue(2, [['mvh', 'hälsningar', 'hälsning'], { optional: ',' }, { test: 'capitalised' }, { optional: ',' }, { optional: ['på', 'från', 'vid'] }, { skip: 1 }, { test: 'workplace-or-role' }]),
  // "… Stadsbiblioteket – har förlängt dina lån": handling, right after the workplace.
  cue(1.5, [['–', '-', ',', 'och'], { optional: 'jag' }, 'har', { optional: ['nu', 'redan', 'just'] }, HANDLED]),
  cue(1.5, ['jag', 'är', 'en', 'av', ['dem', 'de'], 'som', ['jobbar', 'arbetar']]),
  cue(1, ['kan', 'jag', ['säga', 'berätta', 'meddela', 'lova', 'bekräfta', 'lugna'], { optional: ['dig', 'er'] }, { optional: 'att' }]),
  // What a colleague or the writer's team did in someone's case.
  cue(1, [{ test: 'role' }, { optional: ['har', 'hade'] }, { optional: 'redan' }, ['pratat', 'pratade', 'talat', 'talade', 'ringt', 'ringde', 'träffat', 'träffade', 'skickat', 'skickade'], { optional: 'med' }, { test: 'capitalised' }]),
  cue(1, ['vi', ['var', 'är', 'har', 'hade'], { optional: 'varit' }, 'hos', { test: 'capitalised' }]),
  // "Jag rekryterar till äldreomsorgen", "jag handlägger bygglov": the work itself.
  cue(1.5, ['jag', ['rekryterar', 'handlägger', 'utreder', 'ansvarar', 'planerar', 'samordnar'], { skip: 3 }, { test: 'workplace-or-role' }]),
  cue(1, [['jag', 'och'], 'vill', { optional: 'bara' }, ['säga', 'berätta', 'meddela'], 'att']),
  cue(1.5, [['öppnar', 'startar', 'lägger'], 'jag', { skip: 2 }, { test: 'service' }]),
  cue(2, ['jag', ['kollade', 'kollat', 'pratade', 'pratat', 'stämde', 'stämt'], { optional: 'av' }, 'med', ['mina', 'min'], ['kollegor', 'kollega', 'chef', 'arbetskamrater', 'arbetskamrat']]),
  // "Har kollat med kollegorna": the writer's team.
  cue(1.5, [['har', 'hade'], ['kollat', 'pratat', 'stämt', 'kolla'], { optional: 'av' }, 'med', ['kollegorna', 'kollegor', 'chefen', 'teamet', 'arbetsgruppen', 'gruppen', 'handläggaren']]),
  // "… så det är ordnat": the writer reports the matter handled.
  cue(1, ['så', 'det', 'är', ['ordnat', 'fixat', 'löst', 'klart', 'åtgärdat']]),
  cue(2, [YOUR, { optional: ['nya'] }, { test: 'service' }, ['är', 'har', 'blev', 'blir'], { optional: ['nu', 'redan', 'också'] }, { optional: 'blivit' }, DONE]),
  cue(2, [YOUR, { optional: ['nya'] }, { test: 'service' }, ['handläggs', 'behandlas', 'utreds', 'prövas']]),
  cue(1, ['ska', 'vara', ['lagad', 'fixad', 'klar', 'åtgärdad', 'plogad', 'tömd', 'ordnad', 'asfalterad', 'bytt', 'lagat']]),
  cue(1, ['på', 'jobbet']),
  cue(1, ['i', 'vårt', ['system', 'register', 'diarium', 'ärendesystem']]),

  // Asking for the matter to come to me.
  cue(1, ['till', 'mig', { next: 'not-själv' }]),
  cue(1.5, [['mejla', 'maila', 'skicka', 'sms:a', 'messa', 'lämna'], { skip: 5 }, 'till', 'mig', { next: 'not-själv' }]),
  cue(1.5, [['tillställ', 'skicka', 'lämna', 'ge', 'posta', 'maila', 'mejla'], 'mig']),
  cue(1.5, ['så', ['ska', 'skall'], 'jag']),
  // "Jag kommer förbi och tittar på ditt element": a visit in the reader's matter.
  cue(1.5, ['jag', 'kommer', ['förbi', 'hem', 'ut'], { optional: 'till' }]),
  cue(1.5, [['och', 'jag', 'så'], ['tittar', 'kollar', 'fixar', 'lagar', 'byter'], 'på', ['ditt', 'din', 'dina', 'er', 'ert', 'era']]),
  cue(1, ['jag', ['var', 'är'], 'där', 'när']),
  // "Jag var hos din pappa med hemtjänsten i morse": a visit in the reader's family's matter.
  cue(1.5, ['jag', ['var', 'är'], 'hos', ['din', 'er', 'ditt', 'hans', 'hennes']]),
  cue(2, ['jag', ['var', 'är'], 'hos', ['din', 'er', 'ditt', 'hans', 'hennes'], { skip: 1 }, 'med', { test: 'workplace' }]),
  cue(1.5, [WORK, 'med', { skip: 2 }, ['på', 'i', 'inom'], { skip: 1 }, { test: 'workplace' }]),
  cue(1.5, ['det', 'är', 'vi', 'som', { optional: 'har' }, ['stängt', 'stängde', 'lagat', 'lagade', 'plogat', 'plogade', 'grävt', 'bytt', 'flyttat', 'tagit']]),
  cue(1.5, ['jag', 'undervisar', ['på', 'i'], { skip: 2 }, { test: 'workplace' }]),
  cue(1, [['vi', 'jag'], 'har', 'bestämt', 'att']),
  cue(1, ['kan', 'svara', 'på', { optional: ['det', 'den', 'frågan'] }]),
  cue(1, ['vi', ['lagar', 'fixar', 'åtgärdar', 'plogar', 'byter', 'asfalterar'], { skip: 3 }, ['i', 'nästa', 'på', 'så']]),
  // "… så fixar jag det", "då kikar jag på den": the writer takes the matter on.
  cue(1.5, [['då', 'så'], ['kikar', 'tittar', 'kollar', 'fixar', 'ordnar', 'löser', 'tar', 'ser'], 'jag']),
  cue(1, [['mejla', 'maila', 'ring', 'sms:a', 'messa', 'pm:a', 'dm:a', 'kontakta', 'fråga', 'tagga'], 'mig']),
  cue(1, ['i', 'ett', { optional: ['privat', 'personligt'] }, ['meddelande', 'direktmeddelande', 'pm', 'dm']]),
  cue(1, ['hör', 'av', 'dig', 'till', 'mig']),
  // "… så hör av er": to the writer, not "hör av dig till växeln".
  cue(1, ['hör', 'av', ['dig', 'er'], { next: 'end-of-clause' }]),
];
