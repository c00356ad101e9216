/** The usual Swedish bands for LIX (Björnsson), as the assistant names them. */
export type LixBand = 'veryEasy' | 'easy' | 'medium' | 'fairlyHard' | 'hard' | 'veryHard';

export function lixBand(lix: number): LixBand {
  if (lix < 25) return 'veryEasy';
  if (lix < 30) return 'easy';
  if (lix < 40) return 'medium';
  if (lix < 50) return 'fairlyHard';
  if (lix < 60) return 'hard';
  return 'veryHard';
}
