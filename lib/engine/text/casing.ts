/** Gives a replacement the capitalisation of the words it replaces: "Erhålla" → "Få", "SKALL" → "SKA". */
export function matchCase(original: string, replacement: string): string {
  if (replacement.length === 0) return replacement;
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const first = original.match(/\p{L}/u)?.[0];
  if (first && first !== first.toLowerCase()) return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}
