/**
 * The evaluation reads the own corpus (JSON arrays) and independently written sets (JSON Lines:
 * `expect`/`forbid`), scores a must-category at warning or error and a must-not category at any
 * severity, and names the file and line of a broken draft.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { falseAlarmsOnClean, loadCorpus, runDraft, score } from '../../../lib/eval/corpus';

const line = (draft: Record<string, unknown>) => JSON.stringify({ platform: 'facebook', account: 'official', pack: 'bas', hard: false, ...draft });

function jsonl(lines: string[]): string {
  const directory = mkdtempSync(join(tmpdir(), 'policyvakt-eval-'));
  const file = join(directory, 'set.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('loadCorpus with JSON Lines', () => {
  it('reads expect and forbid as must and mustNot', () => {
    const file = jsonl([
      line({ id: 'a', text: 'Du skall skicka in blanketten.', expect: ['plain-language'], forbid: ['tone'] }),
      line({ id: 'b', text: 'Välkommen till biblioteket!', expect: [], forbid: ['plain-language', 'tone'], hard: true }),
    ]);
    const drafts = loadCorpus(file);
    expect(drafts.map((draft) => [draft.id, draft.must, draft.mustNot, draft.hard])).toEqual([
      ['a', ['plain-language'], ['tone']],
      ['b', [], ['plain-language', 'tone'], true],
    ].map(([id, must, mustNot, hard]) => [id, must, mustNot, hard ?? false]));
    const scores = score(drafts.map(runDraft));
    expect(scores.find((s) => s.category === 'plain-language')).toMatchObject({ truePositives: 1, trueNegatives: 1 });
  });

  it('counts a hint in a must-not category as a false alarm; the language hint is a find', () => {
    const english = 'The library is closed on Monday because of staff training, welcome back on Tuesday.';
    const found = loadCorpus(jsonl([line({ id: 'e', text: english, expect: ['language'], forbid: [] })])).map(runDraft);
    expect(score(found).find((s) => s.category === 'language')).toMatchObject({ truePositives: 1 });
    const alarmed = loadCorpus(jsonl([line({ id: 'f', text: english, expect: [], forbid: ['language'] })])).map(runDraft);
    expect(falseAlarmsOnClean(alarmed).map((outcome) => outcome.draft.id)).toEqual(['f']);
  });

  it('names the line of a broken draft', () => {
    const file = jsonl([line({ id: 'a', text: 'x', expect: [], forbid: [] }), '{"id": "b", "text": 1}']);
    expect(() => loadCorpus(file)).toThrow(/set\.jsonl line 2/);
    expect(() => loadCorpus(jsonl(['not json']))).toThrow(/line 1: not JSON/);
  });

  it('refuses an id used twice and a category in both lists', () => {
    expect(() => loadCorpus(jsonl([line({ id: 'a', text: 'x', expect: [], forbid: [] }), line({ id: 'a', text: 'y', expect: [], forbid: [] })]))).toThrow(
      'used twice',
    );
    expect(() => loadCorpus(jsonl([line({ id: 'a', text: 'x', expect: ['tone'], forbid: ['tone'] })]))).toThrow('in both must and mustNot');
  });
});

describe('loadCorpus with one file of the own corpus', () => {
  it('reads a JSON array given as a file, as it reads the folder', () => {
    const directory = mkdtempSync(join(tmpdir(), 'policyvakt-eval-'));
    const file = join(directory, 'one.json');
    writeFileSync(file, JSON.stringify([{ id: 'x', text: 'Du skall komma.', platform: 'facebook', account: 'official', pack: 'bas', must: ['plain-language'], mustNot: ['tone'] }], null, 1));
    expect(loadCorpus(file).map((draft) => [draft.id, draft.must, draft.mustNot])).toEqual([['x', ['plain-language'], ['tone']]]);
  });
});
