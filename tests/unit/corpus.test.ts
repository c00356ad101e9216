/**
 * The labelled corpus (tests/corpus/) at the bar issue 3 sets: precision and recall of at least
 * 0.95 in every category. `npm run eval` prints the same figures with every miss and false alarm.
 */
import { describe, expect, it } from 'vitest';
import { BAR, loadCorpus, runDraft, score } from '../../lib/eval/corpus';
import { CATEGORIES } from '../../lib/engine/types';

const drafts = loadCorpus('tests/corpus');
const scores = score(drafts.map(runDraft));

describe('the labelled corpus', () => {
  it('has at least 300 drafts, and drafts that must and must not trigger every category', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(300);
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
});
