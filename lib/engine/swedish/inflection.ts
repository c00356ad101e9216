/**
 * Forms of an officialese verb that a list seldom spells out. Substitution entries give a verb's
 * forms in order (erhålla, erhåller, erhöll, erhållit, …); officialese also uses
 * - the old passive in -es ("Lönen utbetales den 25", "Mötet inställes"), and
 * - the participle of a strong verb ("erhållen information", "de erhållna medlen").
 * They are generated from the forms given, so a list holds a word once, not once per form.
 */

export interface GeneratedForm {
  form: string;
  /** The replacement in the same form, when the entry gives one ("erhålles" → "fås"); else none. */
  prefer?: string;
}

const SINGLE_WORD = /^\p{Ll}+$/u;

/**
 * Participles that live on as plain adjectives: "en erfaren kollega" is experienced, not officialese
 * for "som fått veta".
 */
const ADJECTIVES = new Set(['erfaren', 'erfaret', 'erfarna']);

/**
 * Extra forms for an entry whose first form is a one-word infinitive in -a with a present tense in
 * -r ("erhålla", "erhåller"). `prefer` is the entry's replacements, aligned with `avoid` or one for all.
 */
export function verbVariants(avoid: readonly string[], prefer: readonly string[]): GeneratedForm[] {
  const [infinitive, present] = avoid;
  if (!infinitive || !present || !SINGLE_WORD.test(infinitive) || !infinitive.endsWith('a') || !present.endsWith('r')) return [];
  const given = new Set(avoid);
  const stem = infinitive.slice(0, -1);
  const preferFor = (form: string) => {
    const index = avoid.indexOf(form);
    if (index < 0) return undefined;
    return prefer.length === 1 ? prefer[0] : prefer[index];
  };
  const out: GeneratedForm[] = [];
  const add = (form: string, replacement: string | undefined) => {
    if (!given.has(form) && !ADJECTIVES.has(form) && !out.some((existing) => existing.form === form)) out.push({ form, prefer: replacement });
  };
  // The old passive: "utbetales" as "utbetalas"/"utbetals", "inställes" as "inställs".
  add(`${stem}es`, preferFor(`${stem}s`) ?? preferFor(`${stem}as`) ?? preferFor(`${infinitive}s`));
  // Participles of strong verbs: supine "erhållit" → "erhållen", "erhållet", "erhållna".
  for (const form of avoid) {
    if (!SINGLE_WORD.test(form) || !form.endsWith('it') || form.length < 5) continue;
    const base = form.slice(0, -2);
    for (const participle of [`${base}en`, `${base}et`, `${base}na`]) add(participle, undefined);
  }
  return out;
}
