/**
 * `platform-length`: the draft must fit the platform. X counts by its own weighting (twitter-text
 * v3): every link counts as 23, each emoji as 2, characters from Latin, punctuation and general
 * symbol ranges as 1 and everything else (CJK, many other scripts) as 2. Facebook and YouTube count
 * characters (code points). The finding covers the part that does not fit.
 */
import type { TextModel } from '../text/model';
import type { Platform } from '../types';
import type { RuleImplementation } from './rule';

/** twitter-text's weighted ranges that count 1; everything else counts 2. */
const LIGHT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];
const X_URL_LENGTH = 23;
const X_EMOJI_WEIGHT = 2;

function weightOf(codePoint: number): number {
  for (const [from, to] of LIGHT_RANGES) if (codePoint >= from && codePoint <= to) return 1;
  return 2;
}

export interface MeasuredLength {
  length: number;
  /** Offset into the original text where the limit is first exceeded, or -1 when it fits. */
  overflowAt: number;
}

/** Length of the original text as the platform counts it, and where it passes `limit`. */
export function measure(model: TextModel, platform: Platform, limit: number): MeasuredLength {
  const { original } = model;
  // Links and emoji count as units on X: collect their spans in the original text.
  const units = new Map<number, { end: number; weight: number }>();
  if (platform === 'x') {
    for (const token of model.tokens) {
      if (token.type !== 'url' && token.type !== 'emoji') continue;
      const [start, end] = model.toOriginal(token.start, token.end);
      units.set(start, { end, weight: token.type === 'url' ? X_URL_LENGTH : X_EMOJI_WEIGHT });
    }
  }
  let length = 0;
  let overflowAt = -1;
  for (let i = 0; i < original.length; ) {
    const unit = units.get(i);
    let next: number;
    if (unit) {
      length += unit.weight;
      next = unit.end;
    } else {
      const codePoint = original.codePointAt(i)!;
      length += platform === 'x' ? weightOf(codePoint) : 1;
      next = i + (codePoint > 0xffff ? 2 : 1);
    }
    if (overflowAt < 0 && length > limit) overflowAt = i;
    i = next;
  }
  return { length, overflowAt };
}

export const platformLength: RuleImplementation<'platform-length'> = {
  kind: 'platform-length',
  swedishOnly: false,
  ownWordingOnly: false,
  compile(rule) {
    return ({ model, platform }) => {
      const limit = rule.limits[platform];
      if (limit === undefined) return [];
      const { length, overflowAt } = measure(model, platform, limit);
      if (overflowAt < 0) return [];
      // The hit is in normalised offsets; find the normalised position of the original overflow.
      const start = toNormalised(model, overflowAt);
      return [{ start, end: model.text.length, values: { value: length, limit } }];
    };
  },
};

/** The first normalised offset at or after an original offset (the mapping only ever grows). */
function toNormalised(model: TextModel, originalOffset: number): number {
  let low = 0;
  let high = model.text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (model.toOriginal(middle, middle + 1)[0] >= originalOffset) high = middle;
    else low = middle + 1;
  }
  return low;
}
