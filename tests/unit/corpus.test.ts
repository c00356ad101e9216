/**
 * The labelled corpus (tests/corpus/) at the bar: precision and recall of at least 0.95 in every
 * category, and no false alarm on a clean draft. `npm run eval` prints the same figures with every
 * miss and false alarm.
 */
import { describe, expect, it } from 'vitest';
import { BAR, falseAlarmsOnClean, loadCorpus, runDraft, score } from '../../lib/eval/corpus';
import { CATEGORIES } from '../../lib/engine/types';

const drafts = loadCorpus('tests/corpus');
const outcomes = drafts.map(runDraft);
const scores = score(outcomes);

describe('the labelled corpus', () => {
  it('has at least 500 drafts, and drafts that must and must not trigger every category', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(500);
    for (const category of CATEGORIES) {
      expect(drafts.filter((draft) => draft.must.includes(category)).length, category).toBeGreaterThanOrEqual(2);
      expect(drafts.filter((draft) => draft.mustNot.includes(category)).length, category).toBeGreaterThanOrEqual(10);
    }
  });

  it.each(scores.map((s) => [s.category, s] as const))('%s: precision and recall at least 0.95', (_category, s) => {
    const describe = (ids: { draft: { id: string } }[]) => ids.map((outcome) => outcome.draft.id).join(', ');
    expect(s.precision, `false alarms: ${describe(s.falseAlarms)}`).toBeGreaterThanOrEqual(BAR);
    expect(s.recall, `misses: ${describe(s.misses)}`).toBeGreaterThanOrEqual(BAR);
  });

  it('raises no false alarm on a clean draft', () => {
    expect(falseAlarmsOnClean(outcomes).map((outcome) => outcome.draft.id)).toEqual([]);
  });
});
