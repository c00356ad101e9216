/**
 * Policyvakt's Swedish constructions of condescension, dismissal and mockery, for the `tone` rule
 * kind (a tone rule with `"constructions": true` gets them when its pack is loaded). Each is a token
 * pattern with a weight: the strong ones (2) are enough alone, the weaker ones count only together
 * in a sentence or two neighbouring ones. Sincere text shares words with these ("Tack för den fina
 * bilden!", "Jaha, då förstår vi!", "Lycka till! 🍀", "Som sagt i filmen kan du …"), so no single
 * common word is a construction on its own. Steps and tests: see lib/engine/text/constructions.ts
 * and lib/engine/swedish/tone-cues.ts.
 *
 * The lists live here, in the pack data, rather than in the engine: the content scripts receive them
 * with the pack instead of carrying them in their code.
 */
import type { ToneConstruction } from '../schema';

const YOU = ['du', 'ni'];
/** What the reader has not done: "har du inte sett skylten", "du har inte läst". */
const NOTICED = ['läst', 'lyssnat', 'tittat', 'förstått', 'fattat', 'begripit', 'hängt', 'sett', 'märkt', 'hört', 'uppfattat', 'noterat', 'kollat'];
/** Praise of a comment's usefulness, which sarcasm turns round: "den otroligt konstruktiva kommentaren". */
const USEFUL = ['hjälpsamma', 'konstruktiva', 'insiktsfulla', 'värdefulla', 'givande', 'informativa', 'nyttiga', 'upplysande', 'genomtänkta', 'sakliga', 'kloka', 'hjälpsam', 'konstruktiv', 'konstruktivt', 'hjälpsamt', 'insiktsfullt', 'värdefullt', 'klokt', 'sakligt', 'genomtänkt'];
const YOU_OBJECT = ['dig', 'er'];
const YOUR = ['din', 'ditt', 'dina', 'er', 'ert', 'era'];
const INTENSIFIERS = ['otroligt', 'väldigt', 'verkligen', 'enormt', 'oerhört', 'så', 'extremt', 'sjukt', 'supersmart', 'fantastiskt'];
/** What the reader should have paid attention to, as supine or past: "om du hade läst", "om du följde". */
const ATTENDED = [
  'läst', 'läste', 'lyssnat', 'lyssnade', 'tittat', 'tittade', 'kollat', 'kollade', 'följt', 'följde', 'brytt', 'brydde',
  'tänkt', 'tänkte', 'vetat', 'förstått', 'hängt', 'hängde', 'orkat', 'orkade', 'läst', 'besökt', 'frågat',
];
/** The reader's contribution, which mockery and judgements are about. */
const CONTRIBUTION = [
  'kommentar', 'kommentaren', 'kommentarer', 'inlägg', 'inlägget', 'fråga', 'frågan', 'påstående', 'påståendet', 'teori',
  'teorin', 'argument', 'argumentet', 'resonemang', 'resonemanget', 'åsikt', 'åsikten', 'logik', 'idé', 'idén', 'förslag',
  'slutsats', 'slutsatsen', 'analys', 'analysen', 'synpunkt',
];
/** What a reader writes: a judgement of it is a judgement of them ("en befängd kommentar"). */
const COMMENT = ['kommentar', 'kommentaren', 'kommentarer', 'inlägg', 'inlägget', 'fråga', 'frågan', 'påstående', 'påståendet', 'teori', 'teorin', 'resonemang', 'resonemanget', 'logik', 'argument'];
/** "Du vet ju alltid bäst": the adverbs that turn deference into sarcasm. */
const KNOWING = ['säkert', 'nog', 'ju', 'väl', 'förstås', 'givetvis', 'självklart', 'uppenbarligen', 'alltid', 'så', 'mycket'];
/** What a reply can declare over, and how. */
const CONVERSATION = ['diskussionen', 'tråden', 'debatten', 'samtalet', 'ämnet', 'kommentarsfältet', 'diskussion', 'konversationen'];
const CLOSED = ['avslutad', 'avslutat', 'stängd', 'stängt', 'slut', 'över', 'utagerad', 'utagerat', 'färdigdiskuterad', 'färdigdiskuterat', 'avslutade', 'uttömd'];
/** Thanks, apology and empathy: a sentence with these is not judging the reader. */
const SINCERE = ['tack', 'tacka', 'förstår', 'beklagar', 'förlåt', 'ursäkt', 'ursäkta', 'ledsen', 'tråkigt', 'synd', 'hoppas'];

const tr = 'en tillrättavisning' as const;
const rq = 'en retorisk fråga' as const;

export const TONE_CONSTRUCTIONS: ToneConstruction[] = [
  // Rhetorical questions at the reader.
  { label: rq, weight: 2, opening: true, steps: ['hur', 'många', 'gånger'] },
  // Dismissing the reader's complaint as such: "Nu får det vara nog med gnäll om …".
  { label: 'avfärdande', weight: 2, steps: [['nog', 'slut'], 'med', ['gnäll', 'gnällandet', 'gnällande', 'tjat', 'tjatet', 'klagande', 'klagandet']] },
  // Turning the reader's insult back: "Det enda lata här är din kommentar".
  { label: 'nedlåtande', weight: 2, steps: ['det', 'enda', { skip: 2 }, 'här', 'är', ['din', 'ditt', 'du', 'er', 'ni']] },
  // Accusing the reader of lying: "i stället för att sprida osanningar", "du sprider lögner".
  { label: 'skuldbeläggande', weight: 2, steps: [['stället', 'istället'], 'för', 'att', 'sprida', ['osanningar', 'lögner', 'rykten', 'felaktigheter', 'desinformation', 'skitsnack']] },
  { label: 'skuldbeläggande', weight: 2, steps: [YOU, { optional: ['fortsätter', 'bara'] }, ['sprider', 'sprida', 'spred'], ['osanningar', 'lögner', 'rykten', 'felaktigheter', 'desinformation', 'skitsnack']] },
  // Sarcasm that spells out the obvious: "Det är en storm. Det är liksom hela grejen".
  { label: 'ironi', weight: 2, steps: ['liksom', 'hela', ['grejen', 'poängen', 'idén']] },
  { label: rq, weight: 2, question: true, steps: ['är', 'det', { optional: ['verkligen', 'så'] }, { optional: 'så' }, 'svårt'] },
  { label: rq, weight: 2, steps: ['hur', 'svårt', 'kan', 'det', 'vara'] },
  { label: rq, weight: 2, question: true, steps: ['har', YOU, { optional: 'inte' }, 'ens'] },
  { label: rq, weight: 2, steps: ['vad', 'är', 'det', YOU, 'inte', ['förstår', 'fattar', 'begriper']] },
  { label: rq, weight: 2, question: true, steps: [YOU, 'tror', { optional: ['alltså', 'verkligen', 'på'] }, { optional: 'allvar' }, 'att'] },
  { label: rq, weight: 2, question: true, steps: ['tror', YOU, ['verkligen', 'på', 'själv', 'själva']] },
  { label: rq, weight: 1.5, question: true, steps: ['vad', ['trodde', 'väntade', 'tror'], YOU] },
  { label: rq, weight: 2, question: true, steps: [['kan', 'orkar'], YOU, 'inte', ['läsa', 'lyssna', 'titta', 'förstå', 'läsa']] },
  { label: rq, weight: 2, question: true, steps: [['fattar', 'begriper'], YOU, 'inte'] },
  { label: rq, weight: 1.5, question: true, steps: [['förstår', 'hör', 'ser'], YOU, 'inte'] },
  { label: rq, weight: 2, question: true, unless: ['vinner', 'vinna', 'vann', 'segrar', 'tippar'], steps: ['vem', 'tror', YOU] },

  // Counterfactual reproach: what the reader would know had they paid attention.
  { label: tr, weight: 2, steps: ['hade', YOU, { optional: 'bara' }, ['läst', 'vetat', 'sett', 'lyssnat', 'tittat', 'kollat', 'följt', 'förstått', 'märkt']] },
  { label: tr, weight: 2, steps: ['om', YOU, { optional: 'bara' }, { optional: ['hade', 'hade'] }, ATTENDED] },
  { label: tr, weight: 2, steps: ['det', 'hade', YOU, ['vetat', 'sett', 'förstått', 'märkt', 'hittat']] },
  { label: tr, weight: 1.5, steps: [YOU, 'har', { optional: ['uppenbarligen', 'tydligen', 'alltså', 'helt'] }, 'inte', { optional: 'ens' }, NOTICED] },
  { label: tr, weight: 1.5, steps: ['har', YOU, { optional: ['uppenbarligen', 'tydligen', 'alltså', 'helt'] }, 'inte', { optional: 'ens' }, NOTICED] },
  { label: tr, weight: 1.5, steps: ['innan', YOU, ['klagar', 'kommenterar', 'gnäller', 'kritiserar', 'uttalar', 'skriver', 'sprider', 'anklagar', 'drar', 'dömer', 'tycker']] },

  // Orders to read, watch or understand first.
  { label: tr, weight: 2, steps: ['läs', 'på', { next: 'not-link-or-name' }] },
  { label: tr, weight: 2, steps: [['läs', 'titta', 'lyssna', 'kolla'], { skip: 4 }, ['först', 'själv', 'själva', 'igen', 'ordentligt', 'noga', 'noggrant'], { next: 'not-whether' }] },
  { label: tr, weight: 2, steps: [['läs', 'titta', 'lyssna', 'kolla'], { skip: 4 }, 'en', 'gång', 'till'] },
  { label: tr, weight: 2, steps: ['försök', { optional: ['nu', 'bara', 'åtminstone'] }, { optional: 'att' }, ['förstå', 'begripa', 'fatta', 'hänga']] },
  { label: tr, weight: 1, steps: ['sätt', ['dig', 'er'], 'in'] },
  { label: tr, weight: 2, steps: ['gör', YOUR, { optional: 'egen' }, ['läxa', 'hemläxa', 'hemläxor', 'läxor']] },
  { label: tr, weight: 1, steps: ['kolla', { optional: 'upp' }, { optional: 'det' }, ['själv', 'själva']] },
  { label: tr, weight: 1, steps: ['googla'] },
  { label: tr, weight: 2, steps: ['sluta', ['klaga', 'gnälla', 'tjata', 'sprida', 'ljuga', 'hetsa', 'bråka', 'gnäll', 'spamma', 'trolla', 'hota', 'tjafsa', 'skrika']] },
  { label: tr, weight: 2, opening: true, steps: ['lugna', { optional: 'ner' }, YOU_OBJECT] },
  { label: tr, weight: 2, steps: [['snälla', 'så', 'nu'], { optional: ',' }, 'lugna', { optional: 'ner' }, YOU_OBJECT] },
  { label: tr, weight: 2, steps: ['skärp', YOU_OBJECT] },
  { label: tr, weight: 1, steps: ['ta', 'det', 'lugnt'] },

  // Dismissing the reader and their view.
  { label: 'avfärdande', weight: 2, steps: ['om', YOU, 'inte', ['gillar', 'tycker', 'trivs', 'är'], { skip: 8 }, ['behöver', 'måste'], YOU, { optional: ['ju', 'väl'] }, 'inte'] },
  { label: 'avfärdande', weight: 1.5, steps: [['behöver', 'måste'], YOU, 'ju', 'inte'] },
  { label: 'avfärdande', weight: 2, steps: [['får', 'kan'], YOU, ['väl', 'ju'], ['flytta', 'åka', 'gå', 'lämna', 'låta']] },
  { label: 'avfärdande', weight: 2, steps: ['får', YOU, 'gärna', 'flytta'] },
  { label: 'avfärdande', weight: 2, opening: true, steps: ['lägg', 'ner', { next: 'end-of-clause' }] },
  { label: 'avfärdande', weight: 2, steps: [YOU, 'får', 'väl'] },
  { label: 'avfärdande', weight: 2, steps: ['får', YOU, 'väl'] },
  { label: 'avfärdande', weight: 2, steps: ['ingen', ['har', 'hade', 'bad'], ['frågat', 'bett', 'dig', 'om']] },
  { label: 'avfärdande', weight: 2, steps: ['ingen', 'tvingar', YOU_OBJECT] },
  { label: 'avfärdande', weight: 2, steps: ['ingen', 'bryr', 'sig'] },
  { label: 'avfärdande', weight: 2, steps: ['det', 'är', { optional: ['faktiskt', 'ju'] }, { optional: 'inte' }, ['ditt', 'ert', 'vårt', 'mitt'], 'problem'] },
  { label: 'avfärdande', weight: 2, steps: ['tyck', 'vad', YOU, 'vill'] },
  { label: 'avfärdande', weight: 2, steps: ['skyll', YOU_OBJECT, ['själv', 'själva']] },
  { label: 'avfärdande', weight: 1.5, opening: true, steps: ['ja', ',', 'ja'] },
  { label: 'avfärdande', weight: 1.5, opening: true, steps: ['jaja'] },
  { label: 'avfärdande', weight: 1.5, steps: ['det', 'har', 'vi', 'hört', { optional: ['förut', 'förr'] }] },
  { label: 'avfärdande', weight: 1, steps: ['vi', 'tänker', 'inte'] },
  { label: 'avfärdande', weight: 2, steps: ['bara', 'för', 'att', YOU] },

  // Mockery and irony.
  { label: 'hån', weight: 1.5, steps: [['intressant', 'spännande', 'fascinerande', 'kreativ', 'kul'], 'teori'] },
  { label: 'hån', weight: 2, steps: [['snyggt', 'bra', 'fint', 'gott', 'ärligt'], 'försök'] },
  { label: 'hån', weight: 2, steps: ['vilken', 'överraskning'] },
  { label: 'hån', weight: 2, steps: ['synd', 'bara', 'att'] },
  { label: 'hån', weight: 2, steps: ['grattis', 'då'] },
  { label: 'hån', weight: 2, steps: ['stackars', YOU_OBJECT] },
  { label: 'hån', weight: 2, steps: ['vad', 'kul', 'för', YOU_OBJECT] },
  { label: 'hån', weight: 2, steps: ['tack', 'för', 'ingenting'] },
  { label: 'hån', weight: 1.5, steps: ['tack', 'för', 'ännu', 'en'] },
  { label: 'hån', weight: 1.5, steps: ['tack', 'för', ['den', 'din', 'er', 'denna'], INTENSIFIERS, { test: 'positive-word' }] },
  { label: 'hån', weight: 2, steps: ['tack', 'för', ['den', 'din', 'ditt', 'er', 'ert', 'denna', 'detta'], { skip: 3 }, INTENSIFIERS, USEFUL] },
  // "Tack, Anders, för ditt otroligt konstruktiva bidrag".
  { label: 'hån', weight: 2, steps: ['tack', ',', { skip: 2 }, 'för', ['den', 'din', 'ditt', 'er', 'ert', 'denna', 'detta'], { skip: 3 }, INTENSIFIERS, USEFUL] },
  { label: 'hån', weight: 1.5, steps: ['grattis', { optional: ',' }, YOU, { optional: 'har' }, ['hittat', 'hittade', 'lyckats', 'lyckades', 'upptäckt', 'upptäckte']] },
  { label: 'hån', weight: 1, steps: ['det', 'enda', ['felet', 'hålet', 'stället', 'misstaget', 'problemet']] },
  { label: 'hån', weight: 2, steps: ['konstigt', 'att', 'alla', 'andra'] },
  { label: 'hån', weight: 1.5, steps: ['utom', YOU] },
  { label: 'hån', weight: 1, steps: ['som', 'alla', 'andra'] },
  { label: 'ironi', weight: 1.5, opening: true, steps: ['självklart', { skip: 6 }, 'just', ['din', 'ditt', 'du', 'dig']] },
  { label: 'ironi', weight: 1, opening: true, steps: ['jaså'] },
  { label: 'ironi', weight: 1.5, opening: true, steps: ['jaha', { optional: ',' }, { optional: ['och', 'så'] }, YOU] },
  { label: 'ironi', weight: 1, steps: ['nu', 'är', 'det', ['vårt', 'kommunens', 'vi', 'politikernas'], { optional: 'fel' }] },
  { label: 'ironi', weight: 1.5, steps: ['vi', 'hade', { optional: 'nog' }, 'aldrig', ['märkt', 'sett', 'förstått', 'vetat', 'klarat']] },
  { label: 'hån', weight: 1.5, steps: ['inget', 'med', 'verkligheten', 'att', 'göra'] },
  { label: 'hån', weight: 1, steps: [['den', 'det', 'teorin', 'påståendet'], ['stämmer', 'håller'], { optional: 'tyvärr' }, 'inte'] },
  { label: 'ironi', weight: 2, opening: true, steps: [['😂', '🤣'], { optional: ['😂', '🤣'] }, 'nej'] },

  // Blame.
  { label: 'skuldbeläggande', weight: 2, steps: ['det', 'är', { optional: 'ju' }, YOU, 'som', { optional: ['har', 'inte'] }, ['inte', 'missade', 'missat', 'glömde', 'glömt', 'slarvade', 'slarvat', 'struntade', 'struntat', 'valde', 'valt', 'har']] },
  { label: 'skuldbeläggande', weight: 1, steps: ['det', 'är', 'inte', 'vi', 'som'] },
  { label: 'skuldbeläggande', weight: 1.5, steps: [YOU, 'har', { optional: 'ju' }, ['själv', 'själva'], ['valt', 'skrivit', 'sagt', 'missat', 'glömt']] },

  // Accusing adverbs and reminders that the writer has said it before.
  { label: 'nedlåtande', weight: 1.5, steps: ['uppenbarligen'] },
  { label: 'nedlåtande', weight: 1, steps: ['tydligen'] },
  { label: 'nedlåtande', weight: 1, steps: ['som', 'sagt'] },
  { label: 'nedlåtande', weight: 1.5, opening: true, steps: ['återigen', ':'] },
  { label: 'nedlåtande', weight: 1, steps: ['återigen'] },
  { label: 'nedlåtande', weight: 1.5, steps: ['för', { test: 'ordinal' }, 'gången'] },
  { label: 'nedlåtande', weight: 2, steps: [{ test: 'ordinal' }, 'gången', YOU] },
  { label: 'nedlåtande', weight: 2, steps: [YOU, 'är', { optional: ['ungefär', 'typ', 'nog', 'säkert'] }, 'den', { test: 'ordinal' }, 'som'] },
  { label: 'nedlåtande', weight: 0.5, steps: ['en', 'gång', 'till'] },
  { label: 'nedlåtande', weight: 1, steps: ['som', 'vi', { optional: 'redan' }, { optional: 'har' }, ['skrev', 'sa', 'sagt', 'skrivit', 'förklarat', 'förklarade']] },
  { label: 'nedlåtande', weight: 1, steps: [['två', 'tre', 'fyra', 'flera', 'många', 'fem', 'tio'], 'gånger', { next: 'end-of-clause' }] },
  { label: 'nedlåtande', weight: 1.5, steps: ['vid', 'det', 'här', 'laget'] },
  { label: tr, weight: 2, steps: [YOU, { optional: ['själv', 'själva'] }, ['borde', 'bör'], { optional: ['ju', 'väl', 'nog'] }, ['veta', 'förstå', 'känna', 'begripa']] },
  { label: tr, weight: 2, steps: ['är', YOU, { optional: ['kanske', 'nog'] }, 'inte', 'rätt', 'person'] },
  { label: tr, weight: 1.5, steps: ['om', YOU, 'inte', 'kan', ['läsa', 'förstå', 'hitta', 'räkna']] },
  { label: 'avfärdande', weight: 2, steps: ['är', 'det', ['inte', 'knappast'], ['vårt', 'mitt', 'kommunens'], 'problem'] },
  { label: 'avfärdande', weight: 1.5, steps: ['vi', 'har', 'inga', 'fler', ['kommentarer', 'svar']] },
  { label: 'ironi', weight: 2, steps: [['kul', 'skönt', 'härligt', 'trevligt'], 'att', YOU, 'har', 'tid'] },
  { label: 'ironi', weight: 1.5, steps: ['seriöst'], whole: true },
  { label: 'ironi', weight: 1.5, steps: ['seriöst', '?'] },
  { label: 'nedlåtande', weight: 2, steps: [YOU, ['klagar', 'gnäller', 'tjatar', 'klankar'], { skip: 4 }, ['allt', 'jämt', 'ständigt', 'hela']] },
  { label: 'nedlåtande', weight: 1.5, steps: ['till', 'och', 'med', ['barnen', 'barn', 'en', 'mina', 'ett', 'femåringar']] },
  { label: tr, weight: 2, steps: ['läs', { skip: 4 }, 'innan', YOU] },
  { label: tr, weight: 2, steps: ['om', { skip: 3 }, 'hade', { skip: 5 }, ['läst', 'läsa', 'lyssnat', 'tittat', 'kollat', 'följt', 'sett']] },
  { label: tr, weight: 1.5, steps: ['tagit', 'sig', 'tid', 'att', ['läsa', 'lyssna', 'titta', 'kolla']] },
  { label: tr, weight: 2, steps: ['läs', ['där', 'själv', 'igen', 'först']], whole: true },
  { label: 'nedlåtande', weight: 1, steps: [YOU, { skip: 1 }, 'ju', { optional: 'själv' }] },
  { label: 'nedlåtande', weight: 1, steps: [['exakt', 'precis'], 'samma', ['besked', 'svar', 'fråga', 'sak']] },
  { label: tr, weight: 2, steps: ['inte', { skip: 2 }, 'rätt', 'person', 'att'] },
  { label: 'avfärdande', weight: 1.5, steps: ['det', 'går', 'inte', 'fortare'] },
  { label: 'avfärdande', weight: 1.5, steps: ['ligger', 'där', 'den', 'ligger'] },
  { label: 'ironi', weight: 1.5, steps: ['tar', ['dig', 'er'], 'tid', 'att', ['klaga', 'kommentera', 'skriva', 'gnälla', 'påpeka']] },
  { label: 'ett tvärt avslut', weight: 1, steps: ['igen'], whole: true },
  { label: 'avfärdande', weight: 2, steps: ['för', 'att', 'just', YOU] },
  { label: 'hån', weight: 2, steps: [YOU, 'vet', 'bättre', 'än'] },
  { label: 'avfärdande', weight: 2, steps: [['gillar', 'tycker', 'trivs'], YOU, 'inte', { skip: 6 }, ['behöver', 'måste'], YOU, 'inte'] },
  { label: 'avfärdande', weight: 2, steps: ['lägga', { optional: 'mer' }, 'tid', 'på', YOUR] },
  { label: 'ett tvärt avslut', weight: 1.5, steps: [YOU, 'har', 'fått', YOUR, 'svar'] },
  { label: 'nedlåtande', weight: 2, steps: ['förklara', { skip: 4 }, 'långsamt'] },
  { label: 'nedlåtande', weight: 1.5, steps: ['så', 'att', 'alla', 'hänger', 'med'] },
  { label: 'ironi', weight: 1, opening: true, steps: ['jo', 'tack'] },
  { label: 'nedlåtande', weight: 1, steps: ['vi', ['har', 'hade'], 'redan', ['svarat', 'besvarat', 'förklarat', 'skrivit', 'sagt']] },
  { label: 'nedlåtande', weight: 1, steps: ['vi', ['förklarade', 'skrev', 'sa'], 'det', 'redan'] },
  { label: 'nedlåtande', weight: 1, steps: ['har', 'vi', 'redan', ['svarat', 'besvarat', 'förklarat', 'skrivit', 'sagt']] },
  { label: 'nedlåtande', weight: 1.5, steps: ['vi', 'tar', 'det', 'en', 'gång', 'till'] },
  { label: 'nedlåtande', weight: 1.5, steps: ['det', 'står', { optional: ['ju', 'faktiskt', 'tydligt'] }, 'i', ['inlägget', 'texten', 'informationen', 'filmen', 'beslutet', 'artikeln', 'kallelsen']] },
  { label: 'nedlåtande', weight: 1, steps: ['samma', 'fråga', { skip: 2 }, ['gånger', 'gång']] },
  { label: 'nedlåtande', weight: 1, steps: ['den', { test: 'ordinal' }, ['i', 'idag', 'den', 'för']] },
  { label: 'nedlåtande', weight: 1, steps: ['det', 'står', { optional: ['ju', 'faktiskt', 'tydligt'] }, ['i', 'på', 'tydligt', 'ju']] },
  { label: 'nedlåtande', weight: 1, steps: [YOU, { optional: ['vet', 'har', 'kan', 'är'] }, 'ju'] },
  { label: 'nedlåtande', weight: 0.5, steps: ['faktiskt'] },
  { label: 'nedlåtande', weight: 1, steps: ['som', 'jag', ['sa', 'sagt', 'skrev', 'skrivit']] },
  { label: 'nedlåtande', weight: 1.5, steps: ['det', 'står', 'ju'] },
  { label: 'nedlåtande', weight: 1.5, steps: ['det', 'är', ['väl', 'faktiskt', 'ju'], 'inte', 'så', ['svårt', 'konstigt', 'märkligt', 'komplicerat', 'krångligt']] },
  { label: 'ironi', weight: 1.5, steps: ['hoppas', 'det', ['blev', 'är'], { optional: 'lite' }, ['tydligare', 'klarare', 'lättare']] },
  { label: 'nedlåtande', weight: 0.5, steps: ['som', 'vanligt'] },
  { label: 'hån', weight: 1.5, steps: ['visa', 'oss', 'hur', ['man', 'det'], ['gör', 'ska']] },
  { label: 'nedlåtande', weight: 1.5, steps: ['inte', ['förstått', 'fattat', 'begripit'], ['någonting', 'något', 'ett', 'dugg', 'särskilt']] },
  { label: 'nedlåtande', weight: 0.5, steps: ['det', 'är', 'inte', 'så', 'svårt'] },
  { label: 'nedlåtande', weight: 2, steps: ['det', 'var', 'dumt', { optional: 'gjort' }, 'av', YOU_OBJECT] },
  { label: 'ironi', weight: 1, steps: ['lycka', 'till', 'med', 'det'] },
  { label: 'nedlåtande', weight: 0.5, opening: true, steps: ['snälla', ','] },

  // Reminders that it has been said before, and what that implies about the reader.
  { label: 'nedlåtande', weight: 1.5, steps: ['som', { optional: ['redan', 'tidigare'] }, ['framgått', 'nämnts', 'sagts', 'skrivits', 'påpekats', 'meddelats', 'förklarats']] },
  { label: 'nedlåtande', weight: 1, steps: ['inte', { optional: 'har' }, ['lästs', 'lästes']] },
  { label: 'nedlåtande', weight: 1.5, steps: ['så', 'många', 'gånger'] },
  { label: 'nedlåtande', weight: 1, steps: ['gång', 'på', 'gång'] },
  { label: 'nedlåtande', weight: 1, steps: ['om', 'och', 'om', 'igen'] },
  { label: 'nedlåtande', weight: 1, steps: ['om', 'det', 'ens'] },
  { label: 'nedlåtande', weight: 1, steps: ['vi', 'börjar', 'undra'] },
  { label: 'nedlåtande', weight: 1.5, steps: ['vi', 'tar', 'det', { skip: 2 }, 'en', 'gång', 'till'] },
  { label: 'nedlåtande', weight: 1.5, steps: [['extra', 'riktigt', 'väldigt', 'mycket', 'lite'], 'långsamt'] },
  { label: 'nedlåtande', weight: 1.5, steps: ['svårt', 'att', 'hänga', 'med'] },
  { label: 'nedlåtande', weight: 1.5, steps: ['det', 'står', { optional: ['väldigt', 'mycket', 'ganska', 'ju'] }, 'tydligt'] },
  { label: 'nedlåtande', weight: 2, steps: ['den', 'som', 'orkar', ['läsa', 'lyssna', 'titta']] },
  { label: tr, weight: 1.5, steps: ['innan', 'man', ['skriver', 'kommenterar', 'klagar', 'gnäller', 'uttalar']] },
  { label: tr, weight: 2, steps: ['läs', { skip: 4 }, 'nästa', 'gång'] },
  { label: tr, weight: 1, steps: ['vänligen', 'läs'] },
  { label: 'skuldbeläggande', weight: 1.5, steps: [['vi', 'du', 'ni'], 'vet', { optional: ['mycket', 'precis', 'lika'] }, 'väl'] },
  { label: tr, weight: 1.5, steps: [YOU, { skip: 8 }, ['borde', 'bör'], { optional: 'kanske' }, 'inte'] },
  { label: tr, weight: 1.5, steps: ['nästa', ['gång', 'år'], 'kanske', YOU] },
  { label: tr, weight: 1.5, steps: ['kanske', YOU, ['kan', 'ska', 'borde'], { skip: 8 }, ['själv', 'själva']] },
  { label: 'avfärdande', weight: 2, steps: ['tar', { optional: ['vi', 'jag'] }, 'inte', YOUR, { skip: 8 }, 'allvar'] },
  { label: 'avfärdande', weight: 2, steps: [['kan', 'får'], YOU, { optional: ['ju', 'väl'] }, 'alltid', ['flytta', 'åka', 'gå', 'byta']] },
  { label: 'avfärdande', weight: 1.5, steps: ['en', 'kommentar', 'till', 'så'] },
  { label: 'avfärdande', weight: 1, steps: ['blir', YOU, ['blockerad', 'blockerade', 'avstängd', 'avstängda', 'bannad']] },
  // Sarcastic gratitude and admiration.
  { label: 'ironi', weight: 2, steps: ['hade', 'vi', { optional: ['faktiskt', 'nog'] }, 'aldrig', ['kommit', 'tänkt', 'klarat', 'kunnat', 'listat']] },
  { label: 'ironi', weight: 1.5, steps: ['tur', 'att', ['någon', 'du', 'ni', 'vi']] },
  { label: 'ironi', weight: 2, steps: ['vad', 'skulle', 'vi', 'göra', 'utan'] },
  { label: 'ironi', weight: 2, steps: ['tack', 'för', 'lektionen'] },
  { label: 'ironi', weight: 1.5, steps: ['tack', 'för', 'att', YOU, ['upplyser', 'påminner', 'lär', 'förklarar', 'undervisar']] },
  { label: 'ironi', weight: 1.5, steps: ['tack', 'för', ['den', 'din', 'ditt', 'er', 'ert', 'denna', 'dina'], { optional: ['här'] }, 'som', 'vanligt'] },
  { label: 'ironi', weight: 1.5, steps: ['tack', 'för', ['den', 'din', 'ditt', 'er', 'ert', 'denna'], { skip: 3 }, INTENSIFIERS, { test: 'positive-word' }] },
  { label: 'ironi', weight: 1.5, steps: ['för', 'en', 'gångs', 'skull'] },
  { label: 'hån', weight: 2, steps: ['ser', { optional: 'verkligen' }, 'fram', 'emot', { skip: 3 }, YOUR, ['bevis', 'källor', 'siffror', 'fakta', 'belägg']] },
  { label: 'hån', weight: 1, steps: [YOUR, ['bevis', 'belägg', 'källor']] },
  // Lumping the reader with others and ordering them about.
  { label: 'nedlåtande', weight: 2, steps: [['folk', 'personer', 'föräldrar', 'människor', 'sådana', 'såna', 'typer'], 'som', YOU] },
  { label: tr, weight: 2, steps: ['sköt', YOUR] },
  { label: 'nedlåtande', weight: 2, unless: SINCERE, steps: [YOUR, ['gnäll', 'tjat', 'klagande', 'påhitt', 'lögner', 'dumheter', 'trams', 'strunt', 'konspirationsteorier', 'skitsnack', 'struntprat', 'gnällande']] },
  { label: 'nedlåtande', weight: 1.5, steps: ['trött', 'på', ['ert', 'ditt', 'er', 'dig', 'era', 'dina', 'ert']] },

  // Judging the reader or their comment.
  { label: 'nedlåtande', weight: 2, unless: SINCERE, steps: [YOU, ['är', 'verkar', 'låter', 'var', 'blir'], { optional: ['så', 'väldigt', 'ju', 'mest', 'bara', 'lite', 'ganska', 'rätt'] }, { optional: ['så', 'väldigt', 'lite'] }, { test: 'negative-word' }] },
  { label: 'nedlåtande', weight: 2, unless: SINCERE, steps: [YOU, 'verkar', { optional: ['mest', 'bara'] }, 'vilja', ['bråka', 'klaga', 'gnälla', 'tjafsa', 'provocera', 'hetsa', 'tjata']] },
  { label: 'nedlåtande', weight: 2, unless: SINCERE, steps: [{ test: 'negative-word' }, COMMENT] },
  { label: 'nedlåtande', weight: 2, unless: SINCERE, steps: [YOUR, CONTRIBUTION, ['är', 'var', 'låter'], { optional: ['så', 'väldigt', 'ju', 'bara', 'ganska', 'rätt'] }, { test: 'negative-word' }] },
  { label: 'nedlåtande', weight: 0.5, steps: ['ännu', 'en'] },
  { label: 'nedlåtande', weight: 0.5, steps: ['det', 'där', ['var', 'är']] },

  // Closing the conversation curtly: the whole sentence is the close.
  { label: 'ett tvärt avslut', weight: 2, whole: true, steps: [['punkt', 'enkelt', 'basta', 'slut']] },
  { label: 'ett tvärt avslut', weight: 2, whole: true, steps: ['punkt', 'slut'] },
  // "Så enkelt är det." after a reproach, "Beslutet är fattat." as a last word: the matter is closed on the reader.
  { label: 'ett tvärt avslut', weight: 1.5, whole: true, steps: ['så', ['enkelt', 'lätt'], 'är', 'det'] },
  { label: 'ett tvärt avslut', weight: 1.5, whole: true, steps: ['beslutet', 'är', ['fattat', 'taget']] },
  { label: 'avfärdande', weight: 1.5, steps: ['tar', 'den', 'tid', 'det', 'tar'] },
  // "Det brukar framgå om man läser texten": the reader, told to read, in the third person.
  { label: 'nedlåtande', weight: 2, steps: ['om', 'man', { optional: ['bara', 'faktiskt'] }, ['läser', 'läste'], ['texten', 'inlägget', 'informationen']] },
  // "… bättre än din kommentar": the reader's comment as the measure of bad.
  { label: 'hån', weight: 2, steps: [['bättre', 'trevligare', 'klokare', 'roligare', 'vettigare'], 'än', YOUR, ['kommentar', 'inlägg', 'ton', 'argument']] },
  { label: 'ett tvärt avslut', weight: 2, whole: true, steps: ['mer', 'än', 'så', 'är', 'det', 'inte'] },
  { label: 'ett tvärt avslut', weight: 2, whole: true, steps: ['slut', 'på', 'diskussionen'] },
  { label: 'ett tvärt avslut', weight: 2, whole: true, steps: ['inget', 'mer', 'med', 'det'] },
  { label: 'ett tvärt avslut', weight: 1.5, whole: true, steps: [['så', 'det'], ['är', 'var'], 'det'] },
  { label: 'ett tvärt avslut', weight: 1.5, whole: true, steps: ['det', 'är', 'bara', 'så'] },
  { label: 'ett tvärt avslut', weight: 1.5, whole: true, steps: ['tack', 'och', 'hej'] },
  { label: 'ett tvärt avslut', weight: 2, whole: true, steps: [['svårare', 'enklare', 'krångligare'], 'än', 'så', ['är', 'blir'], 'det', 'inte'] },

  // Closing the conversation on the reader: the thread, not a case, is declared over.
  { label: 'ett tvärt avslut', weight: 2, steps: [CONVERSATION, ['är', 'anses'], { optional: ['härmed', 'därmed', 'nu', 'alltså'] }, { optional: 'helt' }, CLOSED] },
  { label: 'ett tvärt avslut', weight: 1.5, steps: [['tråden', 'kommentarsfältet', 'diskussionen', 'debatten'], ['stängs', 'låses', 'avslutas'], { next: 'end-of-clause' }] },
  { label: 'ett tvärt avslut', weight: 2, whole: true, steps: [['tråden', 'kommentarsfältet', 'diskussionen', 'debatten'], ['stängs', 'låses', 'avslutas'], { optional: ['nu', 'här'] }] },
  { label: 'ett tvärt avslut', weight: 1, steps: [['ärendet', 'frågan', 'saken'], ['är', 'anses'], ['härmed', 'därmed'], CLOSED] },
  { label: 'ett tvärt avslut', weight: 1.5, steps: ['vidare', ['kommunikation', 'diskussion', 'dialog', 'korrespondens', 'kontakt'], { skip: 3 }, ['kommer', 'sker', 'blir'], { skip: 2 }, ['inte', 'ej']] },
  { label: 'avfärdande', weight: 1.5, steps: ['vi', ['tänker', 'orkar', 'behöver'], 'inte', ['diskutera', 'debattera', 'svara', 'kommentera', 'bemöta', 'fortsätta', 'älta', 'förklara', 'lägga']] },
  { label: 'avfärdande', weight: 1.5, steps: ['vi', ['svarar', 'kommenterar', 'bemöter', 'diskuterar'], 'inte', { optional: ['på', 'några'] }, ['fler', 'mer', 'längre', 'vidare']] },
  { label: 'avfärdande', weight: 1, steps: [['diskutera', 'debattera', 'svara', 'kommentera', 'älta', 'tjata', 'bemöta'], { skip: 3 }, ['mer', 'längre', 'vidare'], { next: 'end-of-clause' }] },
  { label: 'avfärdande', weight: 2, steps: ['vi', 'behöver', 'inte', 'förklara', 'oss'] },
  { label: 'avfärdande', weight: 1, steps: ['vi', 'kan', 'inte', 'trolla'] },

  // It has been said before, and the reader should have noticed.
  { label: 'nedlåtande', weight: 2, opening: true, steps: ['som', 'sagt', ':'] },
  { label: 'nedlåtande', weight: 1.5, opening: true, steps: ['som', 'sagt', [',', '–', '-']] },
  { label: 'nedlåtande', weight: 2, opening: true, steps: [['än', 'ännu'], 'en', 'gång', [':', ',', '–', '-']] },
  { label: 'nedlåtande', weight: 1.5, opening: true, steps: ['vi', 'upprepar', { next: 'end-of-clause' }] },
  { label: 'nedlåtande', weight: 1, steps: [['svarat', 'besvarat', 'förklarat', 'skrivit'], { skip: 4 }, ['förut', 'tidigare', 'förr'], { next: 'end-of-clause' }] },
  { label: 'nedlåtande', weight: 1.5, steps: ['det', 'har', 'vi', { optional: ['ju', 'redan'] }, { optional: 'redan' }, ['sagt', 'skrivit', 'svarat', 'förklarat', 'besvarat']] },
  { label: 'nedlåtande', weight: 1, steps: ['i', ['varenda', 'varje'], ['kommentar', 'tråd', 'inlägg', 'svar']] },
  { label: 'nedlåtande', weight: 1.5, steps: ['vid', ['flertalet', 'flera', 'upprepade', 'åtskilliga', 'otaliga'], 'tillfällen'] },
  { label: 'nedlåtande', weight: 2, steps: [['besvarat', 'svarat', 'förklarat', 'skrivit'], { skip: 5 }, 'vid', ['flertalet', 'flera', 'upprepade', 'åtskilliga', 'otaliga'], 'tillfällen'] },
  { label: 'nedlåtande', weight: 1.5, steps: ['vi', 'tar', 'det', 'igen'] },
  { label: 'nedlåtande', weight: 1, steps: ['för', ['din', 'er'], 'skull'] },
  { label: 'nedlåtande', weight: 2, steps: [[',', ':'], 'långsamt', { next: 'end-of-clause' }] },
  { label: 'nedlåtande', weight: 2, steps: [['förklarar', 'förklarade', 'tar', 'säger', 'skriver', 'upprepar'], { skip: 3 }, ['långsamt', 'pedagogiskt'], { next: 'end-of-clause' }] },
  { label: 'nedlåtande', weight: 1.5, steps: [['extra', 'riktigt', 'superenkelt', 'supertydligt'], { optional: ['tydligt', 'enkelt', 'långsamt'] }, { next: 'end-of-clause' }], unless: ['tack', 'gratis', 'kul', 'roligt'] },
  { label: 'nedlåtande', weight: 2, steps: ['om', YOU, ['läser', 'tittar', 'lyssnar'], { skip: 4 }, ['igen', 'ordentligt', 'noga', 'först']] },
  { label: 'nedlåtande', weight: 1.5, steps: ['där', 'står', 'ju'] },
  { label: 'nedlåtande', weight: 1, steps: ['kanske', ['vore', 'är'], 'det', 'en', 'idé', 'att'] },

  // Making the reader's trouble small, and sarcastic deference.
  { label: 'nedlåtande', weight: 2, steps: ['det', 'är', ['väl', 'faktiskt', 'ju'], 'inte', 'så', ['svårt', 'konstigt', 'komplicerat', 'krångligt'], { next: 'end-of-clause' }] },
  { label: 'nedlåtande', weight: 2, steps: [['borde', 'bör', 'kan'], 'inte', 'vara', 'så', ['svårt', 'komplicerat', 'krångligt'], 'att', ['förstå', 'begripa', 'fatta', 'läsa', 'hitta']] },
  { label: 'nedlåtande', weight: 1, whole: true, steps: ['inget', 'konstigt', { optional: ['alls', 'med', 'det'] }] },
  { label: 'hån', weight: 2, steps: [YOU, 'vet', KNOWING, { optional: KNOWING }, 'bäst'] },
  { label: 'hån', weight: 2, steps: ['intressant', ['teori', 'tes', 'logik', 'tolkning'], ['.', '…', '...', '..', '🙂', '😊', '😉']] },
  { label: 'ironi', weight: 1.5, opening: true, steps: ['jaha', { optional: ',' }, 'så'] },
  { label: 'ironi', weight: 2, opening: true, question: true, steps: ['jaha', { optional: ',' }, 'så', ['nu', 'du', 'ni', 'det']] },
  { label: 'ironi', weight: 2, question: true, steps: ['nu', 'är', 'det', ['vårt', 'kommunens', 'kommunen', 'politikernas', 'personalens'], 'fel'] },
  { label: 'avfärdande', weight: 2, steps: [YOU, 'får', { optional: ['gärna', 'väl', 'ju'] }, 'tycka', 'vad', YOU, 'vill'] },
  { label: tr, weight: 2, steps: [['nu', 'så'], 'får', YOU, 'ge', ['dig', 'er']] },
  { label: tr, weight: 1.5, steps: ['lite', 'källkritik'] },
  { label: 'skuldbeläggande', weight: 1.5, steps: ['det', 'är', { optional: ['faktiskt', 'ju'] }, YOUR, { optional: ['eget', 'egna'] }, 'ansvar'] },
  { label: 'skuldbeläggande', weight: 2, steps: [YOUR, ['eget', 'egna'], 'ansvar', 'att', ['läsa', 'hålla', 'kolla', 'ta', 'veta', 'hänga', 'följa', 'öppna', 'svara', 'komma', 'passa', 'lämna']] },
  { label: 'skuldbeläggande', weight: 2, steps: ['faktiskt', YOUR, { optional: ['eget', 'egna'] }, 'ansvar'] },
  { label: 'skuldbeläggande', weight: 2, steps: [YOU, 'hade', 'kunnat', { skip: 4 }, ['själv', 'själva']] },

  // Said before, in this very thread.
  { label: 'nedlåtande', weight: 2, opening: true, steps: ['som', 'vi', { optional: 'har' }, 'redan', { optional: 'har' }, ['skrivit', 'sagt', 'förklarat', 'svarat', 'påpekat', 'skrev', 'sa', 'förklarade', 'svarade'], { skip: 8 }, ':'] },
  { label: 'nedlåtande', weight: 1, opening: true, steps: ['som', 'vi', { optional: 'har' }, ['skrivit', 'sagt', 'förklarat', 'svarat', 'påpekat', 'skrev', 'sa', 'förklarade', 'svarade'], { skip: 8 }, ':'] },
  { label: 'nedlåtande', weight: 1.5, steps: [['två', 'tre', 'fyra', 'fem', 'flera', 'många', 'tio'], 'gånger', { skip: 1 }, ['i', 'på'], ['den', 'denna', 'tråden', 'kommentarerna'], { optional: ['här', 'tråden'] }] },
  { label: 'ett tvärt avslut', weight: 1, whole: true, steps: ['vi', 'har', { optional: 'redan' }, ['svarat', 'besvarat', 'förklarat']] },
  { label: tr, weight: 1.5, steps: ['scrolla', ['upp', 'uppåt', 'ner', 'tillbaka']] },
  { label: tr, weight: 1, steps: ['nästa', 'gång', { skip: 5 }, ['läsa', 'läser', 'kolla', 'titta']] },
  // Questions that answer themselves.
  { label: rq, weight: 2, question: true, steps: ['kanske', 'inte', 'så', ['konstigt', 'märkligt', 'svårt', 'konstigt'], 'att'] },
  { label: rq, weight: 2, question: true, steps: ['hur', 'många', { skip: 3 }, 'tror', YOU] },
  { label: rq, weight: 1.5, question: true, steps: ['har', YOU, ['funderat', 'tänkt'], 'på', ['hur', 'varför', 'vad']] },
  { label: rq, weight: 1.5, question: true, steps: ['kanske', 'dags', 'att'] },
  { label: 'nedlåtande', weight: 2, steps: ['inte', 'direkt', { optional: 'någon' }, ['nyhet', 'nytt', 'raketforskning']] },
  { label: 'nedlåtande', weight: 2, steps: [['uppenbart', 'självklart', 'tydligt'], 'för', ['de', 'alla', 'var', 'de', 'folk'], { optional: ['flesta', 'andra', 'och', 'en'] }] },
  { label: 'nedlåtande', weight: 2, steps: ['uppenbarligen', ['inte', 'missförstått', 'missat', 'glömt', 'missuppfattat', 'fel']] },
  { label: 'nedlåtande', weight: 2, unless: SINCERE, steps: [YOU, { test: 'insult' }] },
  { label: 'nedlåtande', weight: 2, steps: ['om', YOU, 'verkligen', ['anstränger', 'försöker', 'vill', 'läser', 'lyssnar']] },
  // Sarcastic praise and mock delight.
  { label: 'ironi', weight: 2, steps: [['vad', 'så'], ['roligt', 'kul', 'skönt', 'härligt', 'trevligt'], 'att', YOU, 'har', { skip: 3 }, 'tid'] },
  { label: 'ironi', weight: 1.5, steps: ['alltid', 'lika', { test: 'positive-word' }, 'att'] },
  { label: 'ironi', weight: 2, opening: true, steps: ['javisst', { optional: ',' }, 'det', 'är', { optional: 'ju' }, 'precis'] },
  { label: 'ironi', weight: 1.5, steps: ['plötsligt', 'bryr', 'sig'] },
  { label: 'ironi', weight: 1, opening: true, steps: ['särskilt', 'när', 'det', 'gäller'] },
  { label: 'nedlåtande', weight: 1.5, steps: [['precis', 'som', 'exakt'], { optional: 'som' }, 'det', ['stod', 'står'], 'i', ['inlägget', 'texten', 'informationen']] },
  { label: 'hån', weight: 2, steps: ['intressant', { skip: 1 }, 'av', 'någon', 'som'] },
  { label: 'hån', weight: 2, steps: [['någon', 'folk', 'föräldrar', 'personer', 'den'], 'som', { optional: 'inte' }, ['ens', 'aldrig'], ['vet', 'har', 'ätit', 'varit', 'läst', 'satt', 'förstått', 'bott']] },
  { label: 'nedlåtande', weight: 2, steps: [['förvånar', 'överraskar'], ['ingen', 'knappast', 'inte']] },
  { label: 'skuldbeläggande', weight: 1.5, steps: ['vi', 'vet', 'ju', 'alla'] },
  { label: 'skuldbeläggande', weight: 2, steps: ['vi', 'vet', { optional: 'ju' }, { optional: 'alla' }, 'att', YOU, ['är', 'röstar', 'tycker']] },
  { label: 'avfärdande', weight: 2, steps: ['kan', 'sluta', ['skriva', 'kommentera', 'fråga', 'tjata', 'klaga', 'ringa', 'mejla']] },
  { label: rq, weight: 2, question: true, steps: [['trodde', 'tror'], YOU, 'verkligen', 'att'] },
  { label: 'nedlåtande', weight: 2, steps: ['man', 'inte', 'är', 'van', 'vid', ['datorer', 'teknik', 'internet', 'nätet', 'mobiler', 'appar', 'datorn']] },
  { label: 'nedlåtande', weight: 1.5, steps: [['när', 'om'], 'man', 'inte', 'är', 'van'] },
  { label: 'ett tvärt avslut', weight: 2, whole: true, steps: ['mer', 'än', 'så', ['finns', 'är', 'blir'], 'inte', 'att', 'säga'] },
  { label: 'avfärdande', weight: 1, steps: ['vi', 'kommer', 'inte', 'att', 'ändra', ['något', 'någonting', 'oss', 'beslutet']] },
  { label: 'hån', weight: 2, steps: ['inte', 'direkt', ['förvånad', 'förvånade', 'överraskad', 'överraskade', 'chockad']] },
  { label: 'hån', weight: 2, steps: ['den', 'första', 'någonsin', 'som'] },
  { label: 'hån', weight: 1.5, steps: ['lyckas', ['klaga', 'gnälla', 'missa', 'missförstå']] },
  { label: 'nedlåtande', weight: 2, steps: ['sent', 'att', ['vakna', 'komma', 'bry']] },
  { label: 'nedlåtande', weight: 2, steps: ['för', 'att', YOU, ['gnäller', 'klagar', 'tjatar', 'skriker', 'bråkar']] },
  { label: 'ironi', weight: 2, opening: true, steps: ['självklart', 'är', 'det', ['kommunens', 'vårt', 'vår', 'personalens', 'politikernas'], 'fel'] },
  { label: 'ironi', weight: 1.5, steps: ['vi', 'borde', 'förstås'] },
  { label: 'avfärdande', weight: 2, steps: ['bara', YOUR, ['tyckande', 'åsikt', 'känsla', 'tolkning', 'gissning', 'uppfattning', 'fantasi']] },
  { label: 'ett tvärt avslut', weight: 1.5, steps: [',', 'punkt', { next: 'end-of-clause' }] },
  { label: 'nedlåtande', weight: 2, opening: true, steps: ['igen', ':'] },
  { label: 'nedlåtande', weight: 1, steps: ['än', 'en', 'gång'] },
  { label: 'nedlåtande', weight: 2, steps: ['vill', { optional: 'nu' }, ['än', 'ännu', 'återigen'], { optional: 'en' }, { optional: 'gång' }, ['påminna', 'erinra', 'upprepa', 'förtydliga', 'understryka']] },
  { label: 'nedlåtande', weight: 2, steps: ['svårt', 'att', ['läsa', 'förstå', 'hänga', 'ta', 'orka'], { skip: 2 }, ['texter', 'text', 'information', 'informationen', 'inlägg', 'inlägget', 'med']] },
  { label: 'nedlåtande', weight: 1, steps: ['så', 'här', 'kommer', 'det', ['kortfattat', 'enkelt', 'kort', 'förenklat']] },
  { label: 'avfärdande', weight: 1.5, steps: ['så', ['enkelt', 'lätt'], 'är', 'det'] },
  { label: 'avfärdande', weight: 1.5, steps: [YOU, 'har', { optional: ['helt', 'alldeles', 'totalt'] }, 'fel'] },
  { label: 'nedlåtande', weight: 1, steps: ['vi', 'har', 'nu', ['svarat', 'besvarat', 'förklarat', 'skrivit']] },
  { label: 'nedlåtande', weight: 2, steps: ['borde', 'inte', 'komma', 'som', 'en', ['överraskning', 'nyhet', 'chock']] },
  { label: 'nedlåtande', weight: 2, steps: ['till', 'och', 'med', [...YOU, 'dig', 'er']] },
  { label: 'ironi', weight: 2, steps: ['vad', ['roligt', 'kul', 'skönt', 'härligt', 'trevligt'], 'att', YOU, 'har', { skip: 3 }, ['koll', 'kunskap', 'svar', 'åsikter', 'idéer']] },
  { label: 'skuldbeläggande', weight: 2, steps: [['knappast', 'inte'], ['kommunens', 'vårt', 'vårat', 'personalens', 'skolans'], 'fel', 'att', YOU] },
  { label: 'skuldbeläggande', weight: 1.5, steps: ['är', 'det', { optional: 'ju' }, 'knappast', ['kommunens', 'vårt', 'vårat', 'vår']] },
  { label: 'nedlåtande', weight: 1.5, steps: ['be', { optional: 'kanske' }, ['ett', 'något', 'dina', 'ditt', 'någon'], { optional: ['av', 'dina'] }, ['barnbarn', 'barn', 'yngre', 'släkting', 'anhörig']] },
  { label: 'nedlåtande', weight: 1, steps: ['när', 'man', 'inte', 'är', 'van'] },
  { label: 'nedlåtande', weight: 1.5, steps: ['som', 'vi', { optional: 'har' }, 'redan', { optional: 'har' }, ['skrivit', 'sagt', 'förklarat', 'svarat', 'påpekat']] },
  { label: tr, weight: 1.5, opening: true, steps: ['lite', ['tålamod', 'förståelse', 'självinsikt', 'källkritik']] },
  { label: 'hån', weight: 2, steps: ['tror', YOU, 'att', YOU, { skip: 3 }, ['bättre', 'snabbare', 'billigare']] },
  { label: 'nedlåtande', weight: 1.5, steps: ['så', 'typiskt'] },
  { label: 'nedlåtande', weight: 1.5, steps: [['folk', 'vissa', 'många'], { optional: 'bara' }, ['gnäller', 'klagar', 'tjatar', 'gnäller']] },
  { label: 'nedlåtande', weight: 2, steps: ['är', 'det', ['väl', 'ju', 'faktiskt'], 'inte', 'så', ['svårt', 'konstigt', 'märkligt', 'konstigt', 'komplicerat', 'krångligt']] },
];
