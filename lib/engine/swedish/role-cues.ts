/**
 * What shows that a writer speaks in their municipal role (Falun "Använd inte din privata profil i
 * tjänsteärenden"; Hofors 2.3). The constructions and the vocabulary of a municipality's work are
 * pack data (lib/packs/swedish/role-constructions.ts); this file holds the tests they may name and
 * the matching. One more cue is built in: a resident's matter named in a sentence that is not a
 * wish ("din ansökan om bygglov", not "Lycka till med din ansökan till högskolan!") adds to the
 * others, once however often it is named; so does a named person's matter ("vi var hos Gunnel").
 */
import { type ConstructionData, ConstructionIndex, fromPackData, type TokenTest } from '../text/constructions';
import type { TextModel } from '../text/model';
import { nameTokens } from './individuals';
import { SwedishTerms } from './terms';

export interface RoleCue {
  start: number;
  end: number;
  weight: number;
}

interface RoleContext {
  model: TextModel;
  workplaces: ReadonlySet<number>;
  roles: ReadonlySet<number>;
  services: ReadonlySet<number>;
}

/** Names of the tests a construction may use (see ROLE_TESTS). */
export const ROLE_TEST_NAMES = ['workplace', 'role', 'service', 'workplace-or-role', 'capitalised', 'meeting', 'not-själv', 'end-of-clause'] as const;

type Test = TokenTest<RoleContext>;
const workplace: Test = ({ workplaces }, i) => workplaces.has(i);
const role: Test = ({ roles }, i) => roles.has(i);
export const ROLE_TESTS: Record<(typeof ROLE_TEST_NAMES)[number], Test> = {
  workplace,
  role,
  service: ({ services }, i) => services.has(i),
  'workplace-or-role': (context, i) => workplace(context, i) || role(context, i),
  capitalised: ({ model }, i) => model.tokens[i]!.type === 'word' && /^\p{Lu}\p{Ll}/u.test(model.tokens[i]!.text),
  // "vårdplaneringsmöte", "utvecklingssamtalet": a meeting in one's work.
  meeting: ({ model }, i) => /\p{L}{4,}(?:möte|mötet|samtal|samtalet|konferens)$/u.test(model.lower[i]!),
  // "till mig", not "till mig själv".
  'not-själv': ({ model }, i) => model.lower[i] !== 'själv',
  'end-of-clause': ({ model }, i) => model.tokens[i]!.type === 'punct' || model.tokens[i]!.type === 'emoji' || model.lower[i] === 'så',
};

export interface RoleVocabulary {
  workplaces: readonly string[];
  roles: readonly string[];
  services: readonly string[];
}

const YOUR = ['din', 'ditt', 'dina', 'er', 'ert', 'era'];
/** Wishes and congratulations are about private life, whatever they name. */
const WISHES = new Set(['lycka', 'grattis', 'gratulerar', 'hoppas', 'tummarna', 'lyckönskningar']);
const MATTER = new ConstructionIndex<RoleContext, number>(
  [{ steps: [YOUR, { optional: ['nya', 'egen', 'eget'] }, { test: 'service' }], unless: WISHES, data: 1 }],
  ROLE_TESTS,
);

/**
 * A named person and a service in one sentence ("vi var hos Gunnel i hemtjänsten", "beslutet om
 * korttidsvistelse för Alva"): someone's matter told by name. Counted once, and only with other cues.
 */
function namedInService(model: TextModel, names: ReadonlySet<string>, services: ReadonlySet<number>): RoleCue | undefined {
  if (services.size === 0) return undefined;
  const serviceSentences = new Map<number, number>();
  for (const index of services) serviceSentences.set(model.sentenceOf[index]!, index);
  for (const index of nameTokens(model, names)) {
    const service = serviceSentences.get(model.sentenceOf[index]!);
    if (service === undefined) continue;
    const [from, to] = index < service ? [index, service] : [service, index];
    return { start: model.tokens[from]!.start, end: model.tokens[to]!.end, weight: 1 };
  }
  return undefined;
}

function tokenSet(terms: SwedishTerms<unknown>, model: TextModel): Set<number> {
  return new Set(terms.find(model).map((match) => match.firstToken));
}

/** The role constructions and vocabulary of a rule, indexed once when the pack is compiled. */
export class RoleCues {
  private readonly workplaces: SwedishTerms<true>;
  private readonly roles: SwedishTerms<true>;
  private readonly services: SwedishTerms<true>;
  private readonly index: ConstructionIndex<RoleContext, number>;

  constructor(constructions: readonly ConstructionData[], vocabulary: RoleVocabulary) {
    const terms = (words: readonly string[]) => new SwedishTerms(words.map((phrase) => ({ phrase, data: true as const })));
    this.workplaces = terms(vocabulary.workplaces);
    this.roles = terms(vocabulary.roles);
    this.services = terms(vocabulary.services);
    this.index = new ConstructionIndex<RoleContext, number>(
      fromPackData(constructions, (entry) => entry.weight),
      ROLE_TESTS,
    );
  }

  find(model: TextModel, names: ReadonlySet<string> = new Set()): RoleCue[] {
    const context: RoleContext = {
      model,
      workplaces: tokenSet(this.workplaces, model),
      roles: tokenSet(this.roles, model),
      services: tokenSet(this.services, model),
    };
    const cues: RoleCue[] = this.index.find(context).map(({ start, end, data }) => ({ start, end, weight: data }));
    const matter = MATTER.find(context)[0];
    if (matter) cues.push({ start: matter.start, end: matter.end, weight: matter.data });
    const person = namedInService(model, names, context.services);
    if (person) cues.push(person);
    return cues;
  }
}
