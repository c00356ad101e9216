/**
 * The rule-pack format. Packs are declarative data, never code: a closed set of rule kinds with
 * parameters, the way Vale's styles work. This file is the single source of truth for the format;
 * `public/rule-pack.schema.json` is generated from it (`npm run schema`).
 *
 * The engine imports only the *types* from here, so that zod stays out of the content scripts.
 */
import { z } from 'zod';
import { ACCOUNT_KINDS, CATEGORIES, PLATFORMS, SEVERITIES } from '../engine/types';
import { OPINION_TEST_NAMES } from '../engine/swedish/opinion-cues';
import { ROLE_TEST_NAMES } from '../engine/swedish/role-cues';
import { patternProblem } from '../engine/text/pattern';
import { TONE_LABELS, TONE_TEST_NAMES } from '../engine/swedish/tone-cues';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** Rule and pack ids are used in URLs, storage keys and overrides: keep them simple. */
const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'use lower-case letters, digits, ".", "_" and "-"');

/** https://semver.org, without build metadata. */
const semver = z
  .string()
  .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/, 'expected a semantic version such as 1.2.0');

/**
 * A regular expression given as text, run on the engine's linear-time matcher (text/pattern.ts);
 * checked here so that a bad one names its place in the pack and what is wrong with it.
 */
const regexSource = z.string().superRefine((source, context) => {
  const problem = patternProblem(source);
  if (problem) {
    const place = problem.at >= 0 ? ` (at character ${problem.at + 1})` : '';
    context.addIssue({ code: 'custom', message: `not a pattern Policyvakt can run: ${problem.message}${place}` });
  }
});

export const policyRefSchema = z.strictObject({
  document: nonEmpty.describe('Title of the policy document.'),
  section: nonEmpty.describe('Section number and heading, e.g. "2.5 Bemötande och tilltal".'),
  quote: z.string().optional().describe('The words of the passage.'),
  url: z.url().optional(),
});

export const ruleTestSchema = z.strictObject({
  text: z.string(),
  expect: z
    .union([z.array(z.string()), z.number().int().min(0)])
    .describe('The passages the rule must flag, in order (empty: none), or how many findings it must give.'),
  fixed: z.string().optional().describe('The text after applying the first suggestion of every finding.'),
  platform: z.enum(PLATFORMS).optional(),
  account: z.enum(ACCOUNT_KINDS).optional(),
  threadOfficial: z.boolean().optional().describe('The draft answers a thread owned by an official account.'),
});

const ruleBase = {
  id,
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  message: nonEmpty.describe('Shown to the writer. May use {match}, {suggestion}, {value} and {limit}.'),
  policyRef: policyRefSchema,
  enabled: z.boolean().default(true),
  description: z.string().optional(),
  accounts: z
    .array(z.enum(ACCOUNT_KINDS))
    .optional()
    .describe('Check only drafts written as these accounts, e.g. ["official"] for private opinions on the official account.'),
  tests: z.array(ruleTestSchema).default([]),
};

/** Word lists: phrases matched on word boundaries, case-insensitively. */
const phrases = z.array(nonEmpty);

export const existenceRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('existence'),
  tokens: phrases.default([]).describe('Words or phrases that must not appear.'),
  patterns: z.array(regexSource).default([]).describe('Regular expressions (JavaScript syntax with the u flag, case-insensitive; no lookaround or back-references: they run in linear time).'),
});

export const substitutionEntrySchema = z
  .strictObject({
    avoid: z.array(nonEmpty).min(1).describe('The word in all its inflected forms.'),
    prefer: z
      .array(z.string())
      .min(1)
      .describe('One replacement for every form, in the same order, or a single replacement for all.'),
    note: z.string().optional(),
    notAfter: z
      .array(nonEmpty)
      .default([])
      .describe('Words right before the match that make it ordinary Swedish: "är desamma" (predicative), not "behandla desamma".'),
  })
  .refine((entry) => entry.prefer.length === 1 || entry.prefer.length === entry.avoid.length, {
    message: 'prefer must have one replacement, or one for every form in avoid',
    path: ['prefer'],
  });

export const substitutionRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('substitution'),
  entries: z.array(substitutionEntrySchema).default([]),
});

export const occurrenceRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('occurrence'),
  scope: z.enum(['sentence', 'text']).default('sentence'),
  unit: z.enum(['words', 'characters']).default('words'),
  pattern: regexSource.optional().describe('Count matches of this expression instead of the unit.'),
  max: z.number().int().min(0),
});

export const metricRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('metric'),
  metric: z
    .enum(['lix', 'heavy-words'])
    .describe('lix: the LIX index. heavy-words: the percentage of words over 12 letters ("samhällsbyggnadsförvaltningens").'),
  max: z.number().positive(),
  maxByPlatform: z.partialRecord(z.enum(PLATFORMS), z.number().positive()).default({}),
  minWords: z.number().int().min(1).default(40).describe('Shorter drafts are not measured: LIX says little about a few sentences.'),
  maxWords: z.number().int().min(1).optional().describe('Longer drafts are not measured (e.g. when LIX takes over from heavy-words).'),
});

export const nominalisationRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('nominalisation'),
  suffixes: phrases
    .default(['ning', 'ningen', 'ningar', 'ningarna', 'ering', 'eringen', 'andet', 'endet', 'ande', 'ende', 'else', 'elsen', 'ation', 'ationen'])
    .describe('Endings of verbal nouns ("tömning", "utförandet").'),
  verbs: phrases
    .default(['sker', 'ske', 'skedde', 'skett', 'äger rum', 'ägde rum', 'kommer att ske', 'ska ske', 'kan ske', 'medför', 'medförde', 'föranleder', 'möjliggör'])
    .describe('Empty verbs that carry a verbal noun ("sker", "äger rum").'),
  window: z.number().int().min(1).max(12).default(10).describe('How many words after the noun the verb may stand.'),
});

export const personnummerRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('personnummer'),
  samordningsnummer: z.boolean().default(true).describe('Also flag samordningsnummer (day + 60).'),
  allow: z.array(z.string()).default([]).describe('Numbers that may be published (e.g. public test numbers).'),
});

export const phoneNumberRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('phone-number'),
  allow: z.array(z.string()).default([]).describe("Numbers that may be published besides the pack's contacts.phones."),
});

export const emailAddressRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('email-address'),
  allow: z.array(z.string()).default([]).describe("Addresses that may be published besides the pack's contacts.emails."),
  roleMailboxes: z
    .array(nonEmpty)
    .default(['info', 'kontakt', 'kundtjanst', 'kundservice', 'support', 'registrator', 'kommun', 'press', 'noreply', 'no-reply', 'reception', 'växel', 'vaxel', 'service', 'bokning', 'order', 'post', 'mail', 'webmaster', 'redaktion', 'styrelsen', 'kansli', 'kansliet'])
    .describe('Local parts that name a function, not a person (info@, kundtjanst@): any domain.'),
});

export const streetAddressRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('street-address'),
  allow: z.array(z.string()).default([]).describe("Addresses that may be published besides the pack's contacts.addresses."),
});

const SENSITIVE_GROUPS = ['health', 'ethnicity', 'religion', 'politics', 'union', 'sexuality', 'crime'] as const;

export const sensitiveDataRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('sensitive-data'),
  terms: z
    .partialRecord(z.enum(SENSITIVE_GROUPS), phrases)
    .default({})
    .describe('Words of each special category (GDPR art. 9) and of crimes (art. 10).'),
  individualMarkers: phrases.default([]).describe('More words that point at one person, besides names, pronouns and "din mamma".'),
  sentenceWindow: z.number().int().min(0).max(3).default(0).describe('How many sentences apart the person and the word may stand.'),
});

export const addressRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('address'),
  thirdPerson: phrases.default([]).describe('Third-person ways of addressing the reader, e.g. "den sökande".'),
  readerRoles: phrases
    .default([])
    .describe('Roles the reader may have ("fastighetsägaren", "den enskilde"): third-person address when they open a sentence of a reply to one person.'),
});

export const confidentialRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('confidential'),
  topics: phrases.default([]).describe('Matters under sekretess, e.g. "orosanmälan", "LVU".'),
  individualMarkers: phrases
    .default([])
    .describe('Words that tie a matter to an individual or a case, e.g. "ditt ärende", "din mamma".'),
});

/**
 * A construction: a short token pattern of what a sentence does (lib/engine/text/constructions.ts).
 * Steps are words, lists of words, `{ "optional": … }`, `{ "skip": n }` or a test the rule kind
 * names (`{ "test": … }` of the token, `{ "next": … }` of the token after).
 */
function constructionSchema<T extends readonly [string, ...string[]]>(tests: T) {
  const word = z.string().trim().min(1).transform((text) => text.toLowerCase());
  const words = z.array(word).min(1);
  const step = z.union([
    word,
    words,
    z.strictObject({ optional: z.union([word, words]) }),
    z.strictObject({ skip: z.number().int().min(1).max(10) }),
    z.strictObject({ test: z.enum(tests) }),
    z.strictObject({ next: z.enum(tests) }),
  ]);
  return z.strictObject({
    steps: z
      .array(step)
      .min(1)
      .max(16)
      .refine((steps) => {
        const first = steps[0];
        return typeof first === 'string' || Array.isArray(first) || (typeof first === 'object' && 'test' in first);
      }, 'the first step must be a word, a list of words or a test'),
    weight: z
      .number()
      .min(-2)
      .max(2)
      .refine((weight) => weight !== 0, 'a weight of 0 does nothing')
      .describe('2 is enough alone; lighter constructions count together; a negative weight speaks against ("som privatperson").'),
    question: z.boolean().optional().describe('Only in a sentence that asks.'),
    opening: z.boolean().optional().describe('Only from the first word of the sentence.'),
    whole: z.boolean().optional().describe('Only as the whole sentence ("Punkt."), not the first one, not ending in "!".'),
    unless: z.array(word).optional().describe('Not in a sentence with any of these words.'),
  });
}

export const toneConstructionSchema = constructionSchema(TONE_TEST_NAMES).extend({
  label: z.enum(TONE_LABELS).describe('What it makes the reply sound like, shown in the message as {value}.'),
});
export type ToneConstruction = z.input<typeof toneConstructionSchema>;
export const roleConstructionSchema = constructionSchema(ROLE_TEST_NAMES);
export type RoleConstruction = z.input<typeof roleConstructionSchema>;
export const opinionConstructionSchema = constructionSchema(OPINION_TEST_NAMES);
export type OpinionConstruction = z.input<typeof opinionConstructionSchema>;

export const SENTIMENT_LEXICONS = ['nlpjs-afinn-sv'] as const;

export const toneRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('tone'),
  phrases: phrases.default([]).describe('Wording that is condescending or hostile on its own, whatever surrounds it.'),
  constructions: z
    .boolean()
    .default(true)
    .describe('Use Policyvakt\'s Swedish constructions of condescension, dismissal and mockery (rhetorical questions at the reader, "om du hade läst …", "snyggt försök" …).'),
  cues: z.array(toneConstructionSchema).default([]).describe('More constructions of the pack\'s own.'),
  shouting: z.boolean().default(true).describe('Flag words written in capitals.'),
  maxExclamations: z.number().int().min(1).default(2),
  lexicon: z
    .enum(SENTIMENT_LEXICONS)
    .optional()
    .describe('A sentiment lexicon shipped with Policyvakt: "nlpjs-afinn-sv" is the Swedish AFINN list of @nlpjs/lang-sv (MIT).'),
  sentiment: z
    .record(nonEmpty, z.number().int().min(-5).max(5))
    .default({})
    .describe('Words and their sentiment from -5 to +5, added to (and overriding) the lexicon: "befängd": -3.'),
});

/** Models Policyvakt ships, trained by `npm run train` on the project's own labelled drafts. */
export const CLASSIFIER_MODELS = ['sv-tone', 'sv-personal-data', 'sv-confidential', 'sv-official-business', 'sv-personal-opinion'] as const;

export const classifierRuleSchema = z
  .strictObject({
    ...ruleBase,
    kind: z.literal('classifier'),
    model: z
      .enum(CLASSIFIER_MODELS)
      .optional()
      .describe('A model shipped with Policyvakt: "sv-tone" (condescension, irony, dismissal), "sv-personal-data" (health, origin, beliefs or crimes told about a person), "sv-confidential" (a case under sekretess), "sv-official-business" (a private profile speaking in the role; use with "accounts": ["private"]).'),
    bias: z.number().finite().default(0).describe('The score of a sentence with no known feature (set by the model).'),
    prefix: z.number().int().min(0).max(12).default(5).describe('How many first letters of a long word make a feature (set by the model).'),
    weights: z
      .record(nonEmpty, z.number().finite())
      .default({})
      .describe('Feature weights, added to (and overriding) the model\'s: a word, "word word" for a pair, "~prefix", "<du>".'),
    threshold: z
      .number()
      .finite()
      .default(1.5)
      .describe('A sentence scoring above this is flagged; higher means fewer findings and fewer false alarms.'),
    alsoDefersTo: z
      .array(z.enum(CATEGORIES))
      .default([])
      .describe('The model is silent where its own category is already flagged, and where these are: "confidential" for a personal-data model, whose cases a sekretess finding already covers.'),
    template: z
      .enum(['privateReferral', 'confidentialCase'])
      .optional()
      .describe('A reply template of the pack that the finding offers, as the rules it backs up do.'),
  })
  .refine((rule) => rule.model !== undefined || Object.keys(rule.weights).length > 0, {
    message: 'give a "model" or "weights"',
    path: ['model'],
  });

export const platformLengthRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('platform-length'),
  limits: z.partialRecord(z.enum(PLATFORMS), z.number().int().positive()).default({}),
});

export const languageRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('language'),
  minLength: z.number().int().min(1).default(40).describe('Drafts shorter than this are not judged.'),
});

export const officialBusinessRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('official-business'),
  phrases: phrases.default([]).describe('Wording that handles official business on its own: a role, a case, a decision.'),
  patterns: z.array(regexSource).default([]),
  constructions: z
    .boolean()
    .default(true)
    .describe('Use Policyvakt\'s Swedish constructions of speaking in one\'s municipal role: "jobbar jag på bygglovsenheten", "mina kollegor på tekniska", "jag la in det i systemet", "/Pia på skolskjutsenheten".'),
  cues: z.array(roleConstructionSchema).default([]).describe('More constructions of the pack\'s own.'),
  workplaces: phrases
    .default([])
    .describe('The municipality\'s own workplaces and units ("Servicecenter", "Gatukontoret"), besides the general Swedish ones.'),
  roles: phrases.default([]).describe('Staff roles besides the general ones ("handläggare", "socialsekreterare").'),
  services: phrases.default([]).describe('What residents apply for or report, besides the general ones ("bygglov", "skolskjuts").'),
});

export const personalOpinionRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('personal-opinion'),
  phrases: phrases.default([]).describe('Wording of a personal opinion on its own ("min personliga åsikt", "jag tycker personligen").'),
  constructions: z
    .boolean()
    .default(true)
    .describe('Use Policyvakt\'s Swedish constructions of a political opinion: how the writer votes, whom to vote for, a stance on a party, a judgement of its politics.'),
  cues: z.array(opinionConstructionSchema).default([]).describe('More constructions of the pack\'s own.'),
  parties: phrases.default([]).describe('Parties in the forms people write them, besides the parliamentary ones (a local party).'),
  sides: phrases.default([]).describe('Sides in politics ("oppositionen", "majoriteten", "styret"), besides the built-in ones.'),
  judgements: phrases.default([]).describe('Words that judge politics ("orimligt", "äntligen"), besides the built-in ones.'),
});

export const ruleSchema = z.discriminatedUnion('kind', [
  existenceRuleSchema,
  substitutionRuleSchema,
  occurrenceRuleSchema,
  metricRuleSchema,
  nominalisationRuleSchema,
  personnummerRuleSchema,
  phoneNumberRuleSchema,
  emailAddressRuleSchema,
  streetAddressRuleSchema,
  sensitiveDataRuleSchema,
  addressRuleSchema,
  confidentialRuleSchema,
  toneRuleSchema,
  classifierRuleSchema,
  platformLengthRuleSchema,
  languageRuleSchema,
  officialBusinessRuleSchema,
  personalOpinionRuleSchema,
]);

export const RULE_KINDS = ruleSchema.options.map((option) => option.shape.kind.value);

const accountSchema = z.strictObject({
  id: nonEmpty.describe('Stable id: Facebook page id, X numeric user id, YouTube channel id (UC…).'),
  handle: z.string().optional().describe('Page slug, @handle or @channel handle.'),
  name: nonEmpty,
  otherIds: z
    .array(nonEmpty)
    .default([])
    .describe("More stable ids of the same account, e.g. a YouTube brand account's numeric page id (ytcfg DELEGATED_SESSION_ID)."),
});

const responseTimeSchema = z.strictObject({
  within: z
    .string()
    .regex(/^P(\d+D)?(T(\d+H)?(\d+M)?)?$/, 'expected an ISO 8601 duration such as PT4H or P1D')
    .describe('ISO 8601 duration, e.g. PT4H (four hours) or P1D (one day).'),
  workingTimeOnly: z.boolean().default(true).describe('Counted on weekdays / working hours only.'),
  text: nonEmpty.describe('As the policy says it.'),
});

export const overrideSchema = z.strictObject({
  enabled: z.boolean().optional(),
  severity: z.enum(SEVERITIES).optional(),
  message: nonEmpty.optional(),
  policyRef: policyRefSchema.optional(),
  add: z
    .array(z.union([nonEmpty, substitutionEntrySchema]))
    .optional()
    .describe("Words or phrases (substitution rules: entries) added to the rule's list."),
  remove: z.array(nonEmpty).optional().describe("Words or phrases removed from the rule's list."),
  params: z.record(z.string(), z.unknown()).optional().describe('Other rule fields to replace, e.g. {"max": 50}.'),
  tests: z.array(ruleTestSchema).optional().describe('Tests added to the rule.'),
});

export const packSchema = z.strictObject({
  $schema: z.string().optional(),
  id,
  name: nonEmpty,
  organisation: nonEmpty,
  version: semver,
  expires: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date such as 2027-06-30')
    .optional()
    .describe('The last day the pack may be used. A subscribed pack past it is refused, so an old signed copy cannot be served again.'),
  extends: id.optional().describe('Id of the pack this one builds on.'),
  language: z.string().default('sv').describe('BCP 47 language the pack expects drafts in.'),
  policy: z.strictObject({
    title: nonEmpty,
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date such as 2012-05-14')
      .optional()
      .describe('When the document was adopted; left out when the document does not say.'),
    url: z.url().optional(),
  }),
  accounts: z
    .strictObject({
      facebook: z.array(accountSchema).default([]),
      x: z.array(accountSchema).default([]),
      youtube: z.array(accountSchema).default([]),
    })
    .default({ facebook: [], x: [], youtube: [] }),
  names: z
    .array(nonEmpty)
    .default([])
    .describe('Given names and nicknames that mark a person, besides the Swedish ones Policyvakt knows ("Anna har fått en diagnos").'),
  contacts: z
    .strictObject({
      phones: z.array(nonEmpty).default([]).describe('Switchboard and other official numbers.'),
      emails: z.array(z.email()).default([]).describe('Functional mailboxes, e.g. kommun@example.se.'),
      domains: z.array(nonEmpty).default([]).describe("The organisation's own domains."),
      addresses: z.array(nonEmpty).default([]).describe('Visiting and postal addresses of the organisation.'),
    })
    .default({ phones: [], emails: [], domains: [], addresses: [] }),
  templates: z
    .strictObject({
      privateReferral: nonEmpty.optional().describe('Referral to official channels, for private profiles.'),
      confidentialCase: nonEmpty.optional().describe('Moving a sekretess matter to ordinary case handling.'),
    })
    .default({}),
  responseTimes: z.partialRecord(z.enum(PLATFORMS), responseTimeSchema).default({}),
  submitGuard: z
    .strictObject({
      allowPublishAnyway: z
        .boolean()
        .default(true)
        .describe('Whether the writer may publish past error findings ("Publicera ändå") or must change the draft.'),
    })
    .optional()
    .describe('What happens when the writer publishes a draft with error findings. Inherited when left out.'),
  rules: z.array(ruleSchema).default([]),
  overrides: z.record(id, overrideSchema).default({}).describe('Changes to rules of the packs this one extends.'),
});

export type PackInput = z.input<typeof packSchema>;
export type PackSource = z.output<typeof packSchema>;
export type Rule = z.output<typeof ruleSchema>;
export type RuleKind = Rule['kind'];
export type RuleOfKind<K extends RuleKind> = Extract<Rule, { kind: K }>;
export type RuleTest = z.output<typeof ruleTestSchema>;
export type RuleOverride = z.output<typeof overrideSchema>;
export type SubstitutionEntry = z.output<typeof substitutionEntrySchema>;

/**
 * A pack after composition: `extends` resolved, overrides applied, templates known. This is what the
 * engine runs; it is plain JSON and can be stored or sent between extension contexts as it is.
 */
export interface Pack extends Omit<PackSource, 'extends' | 'overrides' | 'templates' | '$schema' | 'submitGuard'> {
  templates: { privateReferral: string; confidentialCase: string };
  submitGuard: { allowPublishAnyway: boolean };
  /** The chain of pack ids this one was built from, the pack itself last. */
  lineage: string[];
}
