/** Constructions: token patterns matched sentence by sentence, with named tests and conditions. */
import { describe, expect, it } from 'vitest';
import { ConstructionIndex, withoutNested } from '../../../lib/engine/text/constructions';
import { buildTextModel } from '../../../lib/engine/text/model';

const tests = { capital: ({ model }: { model: ReturnType<typeof buildTextModel> }, i: number) => /^\p{Lu}/u.test(model.tokens[i]!.text) };

function found(constructions: ConstructorParameters<typeof ConstructionIndex<{ model: ReturnType<typeof buildTextModel> }, string>>[0], text: string) {
  const model = buildTextModel(text);
  const index = new ConstructionIndex(constructions, tests);
  return index.find({ model }).map((match) => `${match.data}:${model.text.slice(match.start, match.end)}`);
}

describe('ConstructionIndex', () => {
  it('words, alternatives, optional words and skips', () => {
    const c = [{ steps: ['har', ['du', 'ni'], { optional: 'ens' }, { skip: 2 }, 'läst'], data: 'a' }];
    expect(found(c, 'Har du ens läst det? Har ni läst det?')).toEqual(['a:Har du ens läst', 'a:Har ni läst']);
    expect(found(c, 'Har du tid att läsa?')).toEqual([]);
  });

  it('stays within one sentence', () => {
    expect(found([{ steps: ['hur', 'många'], data: 'a' }], 'Hur. Många.')).toEqual([]);
  });

  it('named tests of the token and of the next token', () => {
    expect(found([{ steps: ['hej', { test: 'capital' }], data: 'a' }], 'hej Anna, hej du')).toEqual(['a:hej Anna']);
    expect(found([{ steps: ['läs', 'på', { next: 'capital' }], data: 'a' }], 'Läs på Biblioteket.')).toEqual(['a:Läs på']);
    expect(() => new ConstructionIndex([{ steps: ['x', { test: 'nope' }], data: 'a' }], tests)).toThrow('unknown test "nope"');
  });

  it('conditions: a question, the opening word, the whole sentence, words that rule it out', () => {
    expect(found([{ steps: ['tror', 'du'], question: true, data: 'q' }], 'Tror du det? Jag tror du har rätt.')).toEqual(['q:Tror du']);
    expect(found([{ steps: ['jaså'], opening: true, data: 'o' }], 'Jaså, det. Det var jaså.')).toEqual(['o:Jaså']);
    expect(found([{ steps: ['punkt'], whole: true, data: 'w' }], 'Så är det. Punkt.')).toEqual(['w:Punkt']);
    expect(found([{ steps: ['punkt'], whole: true, data: 'w' }], 'Punkt. Punkt!')).toEqual([]);
    expect(found([{ steps: ['dålig'], unless: new Set(['tyvärr']), data: 'u' }], 'Tyvärr dålig. Dålig.')).toEqual(['u:Dålig']);
  });
});

describe('withoutNested', () => {
  const model = buildTextModel('vi tänker inte diskutera skatten med dig längre');
  const span = (from: string, to: string, weight: number) => {
    const start = model.text.indexOf(from);
    return { start, end: model.text.indexOf(to) + to.length, weight };
  };
  const heaviest = (a: { weight: number }, b: { weight: number }) => b.weight - a.weight;

  it('drops a lighter cue inside or around a heavier one, keeps cues that only overlap', () => {
    const outer = span('vi', 'diskutera', 1.5);
    const inner = span('vi', 'inte', 1);
    const overlapping = span('diskutera', 'längre', 1);
    expect(withoutNested(model, [inner, overlapping, outer], heaviest)).toEqual([outer, overlapping]);
  });

  it('keeps a nested cue its keeper does not hide', () => {
    const outer = span('vi', 'diskutera', 2);
    const inner = span('tänker', 'inte', 1);
    expect(withoutNested(model, [outer, inner], heaviest, () => false)).toEqual([outer, inner]);
  });
});
