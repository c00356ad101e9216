/**
 * Policyvakt's Swedish constructions of a political opinion, for the `personal-opinion` rule kind
 * (a rule with `"constructions": true` gets them, and these word lists, when its pack is loaded):
 * how the writer votes ("i höst röstar jag på …"), telling readers how to vote, the writer's or the
 * account's stance on a party or a side ("jag tycker att majoriteten …", "vi hoppas att förslaget
 * röstas ner"). Judging a party's politics ("Kristdemokraterna har helt rätt", "ett svagt förslag")
 * is found from the party and judgement lists. Steps and tests: lib/engine/text/constructions.ts,
 * lib/engine/swedish/opinion-cues.ts.
 */
import type { OpinionConstruction } from '../schema';

/** The parliamentary parties in the forms people write them. */
export const PARTIES = [
  'socialdemokraterna', 'socialdemokraternas', 'socialdemokrat', 'socialdemokrater', 'socialdemokraten', 'sossarna', 'sossen',
  'moderaterna', 'moderaternas', 'sverigedemokraterna', 'sverigedemokraternas', 'sverigedemokrat', 'sverigedemokrater',
  'centerpartiet', 'centerpartiets', 'centern', 'centerns', 'centerpartist', 'centerpartister', 'vänsterpartiet',
  'vänsterpartiets', 'vänsterpartist', 'vänsterpartister', 'liberalerna', 'liberalernas', 'kristdemokraterna',
  'kristdemokraternas', 'kristdemokrat', 'kristdemokrater', 'miljöpartiet', 'miljöpartiets', 'miljöpartist', 'miljöpartister',
];
/** Politics as a side: the opposition, the majority, the politicians. */
export const SIDES = [
  'oppositionen', 'oppositionens', 'majoriteten', 'majoritetens', 'styret', 'styrets', 'regeringen', 'regeringens',
  'politikerna', 'politikernas', 'partiet', 'partiets', 'partier', 'kommunalrådet', 'kommunalrådets', 'alliansen',
  'rödgröna', 'borgerliga', 'oppositionspartierna', 'majoritetspartierna', 'regering', 'styrande', 'parti',
  'majoritet', 'riksdagen', 'riksdagens', 'motionen', 'motion', 'rödgrönt', 'rödgrön', 'borgerligt', 'borgerlig', 'styre',
];
/** Words that judge: in a sentence about a party they are an opinion, not information. */
export const JUDGEMENTS = [
  'orimligt', 'orimlig', 'galet', 'galen', 'vansinnigt', 'klokt', 'klok', 'dumt', 'dum', 'bäst', 'bästa', 'sämst',
  'sämsta', 'skandal', 'skandalöst', 'pinsamt', 'ansvarslöst', 'naivt', 'modigt', 'starkt', 'svagt', 'svag', 'dåligt',
  'dålig', 'bra', 'utmärkt', 'fantastiskt', 'katastrof', 'katastrofalt', 'förstört', 'förstör', 'misskött', 'skött',
  'äntligen', 'tyvärr', 'lyckligtvis', 'skönt', 'tur', 'glädjande', 'beklagligt', 'fel', 'rätt', 'löjligt', 'oansvarigt',
  'bromsa', 'bromsar', 'sabotera', 'saboterar', 'skämmas', 'skäms', 'struntar', 'bryr', 'enda', 'allvar', 'bluff', 'lögn',
  'hån', 'tråkigt', 'skriker', 'gnäller', 'ärlighet', 'oärliga', 'fegt', 'svek', 'sviker', 'svikit', 'kaos', 'ansvarslösa',
  'misstag', 'felaktig', 'felaktiga', 'omöjlig', 'riggad', 'riggat', 'fusk', 'tack och lov', 'kortsiktigt', 'kortsiktig',
  'kortsiktiga', 'huvudlöst', 'obegripligt', 'oseriöst', 'oseriösa', 'populistiskt', 'populism', 'befängt',
  'svartmålar', 'svartmåla', 'trötta', 'tydligen', 'bättre', 'sämre', 'orealistiskt', 'orealistisk', 'orealistiska',
];
const cue = (weight: number, steps: OpinionConstruction['steps'], extra: Partial<OpinionConstruction> = {}): OpinionConstruction => ({ steps, weight, ...extra });

/** Trade unions, as a side to join. */
const UNIONS = ['facket', 'fack', 'fackföreningen', 'kommunal', 'vision', 'vårdförbundet', 'lärarförbundet', 'unionen', 'sveriges', 'akademikerförbundet', 'ledarna', 'saco', 'lo', 'tco'];

const STANCE = ['tycker', 'anser', 'tror', 'hoppas', 'tänker', 'känner', 'vill', 'önskar', 'gillar', 'ogillar'];

export const OPINION_CONSTRUCTIONS: OpinionConstruction[] = [
  // How I vote.
  cue(2, ['jag', { optional: ['tänker', 'ska', 'kommer', 'har', 'tänkte', 'kommer'] }, { optional: ['att', 'tänkt'] }, { optional: 'att' }, ['rösta', 'röstar', 'röstade', 'röstat'], { optional: ['nog', 'nog', 'i', 'höst'] }, { skip: 2 }, 'på']),
  cue(2, [['röstar', 'röstade'], 'jag', { skip: 2 }, 'på']),
  cue(2, ['min', 'röst', ['går', 'gick', 'får']]),
  // "Själv röstar jag nej": the writer's vote in a referendum.
  cue(2, [['röstar', 'röstade'], 'jag', ['nej', 'ja'], { next: 'end-or-preposition' }]),
  cue(2, [['röstar', 'röstade'], 'jag', ['nej', 'ja'], ['och', 'men', 'eftersom', 'för']]),
  // Telling readers how to vote.
  cue(2, ['rösta', 'på', { next: 'not-time' }], { opening: true }),
  cue(2, ['rösta', 'bort']),
  cue(2, ['rösta', 'för', ['en', 'ett', 'förändring', 'att', 'mer', 'mindre', 'trygghet']]),
  cue(2, ['dags', 'att', 'byta', ['styre', 'majoritet', 'politik', 'politiker', 'regering']]),
  cue(2, [['dags', 'tid'], 'för', { optional: ['ett', 'en'] }, ['nytt', 'ny', 'nya', 'annat', 'annan'], ['styre', 'majoritet', 'politik', 'politiker', 'regering', 'ledning']]),
  // Glad that the other side lost a vote: "Skönt att de som ville stoppa den förlorade".
  cue(2, [['skönt', 'härligt', 'kul', 'roligt', 'äntligen'], 'att', ['de', 'dom', 'motståndarna', 'oppositionen', 'kritikerna', 'nejsidan', 'jasidan'], { skip: 5 }, ['förlorade', 'förlorat', 'föll']]),
  // Telling staff or readers to join a union: "alla borde gå med i Kommunal", "hoppas att fler går med i facket".
  cue(2, [['borde', 'bör', 'måste', 'ska'], 'gå', 'med', 'i', UNIONS]),
  cue(2, [['fler', 'alla', 'många'], { skip: 1 }, ['går', 'gick'], 'med', 'i', UNIONS]),
  // Taking a side in a labour dispute: "Vi står bakom undersköterskornas strejk".
  cue(2, [['står', 'ställer'], { optional: ['oss', 'helt', 'fullt'] }, 'bakom', { skip: 2 }, ['strejk', 'strejken', 'strejkerna', 'strejkande', 'stridsåtgärder', 'stridsåtgärderna']]),
  // Telling readers how to vote in a referendum: "alla ska rösta ja".
  cue(2, [['ska', 'bör', 'borde', 'måste'], 'rösta', ['ja', 'nej']]),
  cue(2, ['rösta', ['ja', 'nej'], { next: 'end-or-preposition' }], { opening: true }),
  // My (or our) stance on a party or a side.
  cue(2, ['jag', { optional: ['personligen', 'själv'] }, STANCE, { skip: 10 }, { test: 'political' }]),
  // "Jag som svarar här i dag tycker att Centerpartiets förslag …".
  cue(2, ['jag', 'som', { skip: 5 }, STANCE, { skip: 10 }, { test: 'political' }]),
  // The writer's vote in a referendum: "jag tänker rösta nej", "jag som sköter kontot röstar ja".
  cue(2, ['jag', { optional: 'som' }, { skip: 5 }, ['tänker', 'ska', 'kommer', 'röstar', 'röstade'], { optional: 'att' }, { optional: 'rösta' }, ['nej', 'ja'], { next: 'end-or-preposition' }]),
  // "Personligen håller jag med Centerpartiet", "personligen hoppas jag att motionen går igenom".
  cue(2, [['håller', 'höll'], 'jag', { optional: ['helt', 'verkligen'] }, 'med', { test: 'political' }]),
  cue(2, ['jag', { optional: 'som' }, { skip: 4 }, ['håller', 'höll'], 'med', { skip: 6 }, { test: 'political' }]),
  cue(2, ['jag', { optional: ['personligen', 'själv'] }, ['håller', 'höll'], { optional: ['helt', 'verkligen'] }, 'med', { test: 'political' }]),
  cue(2, ['personligen', STANCE, ['jag', 'vi']]),
  // "… om du frågar mig", "enligt min mening": the writer's own voice on the account.
  cue(2, ['om', ['du', 'ni'], 'frågar', 'mig']),
  cue(2, [['enligt', 'i'], ['min', 'mitt'], ['mening', 'tycke', 'åsikt']]),
  // "… hoppas vi som sköter sidan att den går igenom": the account's hope about a motion or a party.
  cue(2, [['hoppas', 'tycker', 'anser', 'tror'], 'vi', 'som', { skip: 3 }, 'att']),
  cue(2, ['vi', { skip: 3 }, 'är', 'trötta', 'på', { skip: 3 }, { test: 'political' }]),
  // Telling readers to vote the right way: "hoppas alla röstar rätt".
  cue(2, [['röstar', 'rösta', 'röstade'], ['rätt', 'klokt', 'smart', 'rätt', 'riktigt']], { unless: ['hur', 'så'] }),
  // Sharing a party's piece from the official account.
  cue(1.5, ['vi', ['delar', 'tipsar', 'rekommenderar'], { optional: ['gärna', 'här'] }, { optional: 'om' }, { test: 'political' }]),
  cue(2, ['själv', STANCE, 'jag', { skip: 10 }, { test: 'political' }]),
  cue(2, [{ test: 'political' }, { skip: 10 }, STANCE, 'jag']),
  cue(2, ['min', { optional: ['ärliga', 'egen', 'personliga', 'privata'] }, ['åsikt', 'uppfattning', 'bedömning', 'mening'], { skip: 10 }, { test: 'political' }]),
  cue(2, ['vi', { skip: 4 }, ['tycker', 'anser', 'hoppas', 'önskar', 'uppmanar'], { skip: 10 }, { test: 'political' }]),
  cue(2, ['vi', 'hoppas', 'att', { skip: 4 }, ['röstas', 'röstar', 'faller', 'stoppas', 'vinner', 'förlorar']]),
  cue(2, ['grattis', 'till', { skip: 1 }, { test: 'political' }]),
  cue(1.5, ['jag', ['säger', 'röstar'], ['nej', 'ja'], 'till']),
  cue(1.5, ['jag', 'är', { optional: 'helt' }, ['emot', 'för'], { skip: 4 }, ['förslaget', 'beslutet', 'planen', 'bygget', 'nedläggningen', 'försäljningen']]),
  cue(0.5, ['precis', 'som', { test: 'political' }]),
];
