/** Quotations: what stands inside quotation marks is someone else's wording, or a word mentioned. */
import { describe, expect, it } from 'vitest';
import { buildTextModel } from '../../../lib/engine/text/model';

function quoted(text: string): string[] {
  const model = buildTextModel(text);
  return model.quotations.map((span) => model.text.slice(span.start, span.end));
}

describe('quotations', () => {
  it('pairs typographic and straight double quotes, and single quotes that cannot be apostrophes', () => {
    expect(quoted('Utställningen ”Er stad, vår stad” öppnar. Han skrev "tack för inget".')).toEqual(['Er stad, vår stad', 'tack för inget']);
    expect(quoted("Ordet 'erhålla' blir 'få'.")).toEqual(['erhålla', 'få']);
    expect(quoted('«Hej» och „hallå“')).toEqual(['Hej', 'hallå']);
  });

  it('leaves apostrophes in words and an unclosed quote at a blank line alone', () => {
    expect(quoted("Kalle's cykel och LVU:s regler")).toEqual([]);
    expect(quoted('Han sa ”hej\n\nVi ses.')).toEqual([]);
  });

  it('tells whether a span is inside a quotation', () => {
    const model = buildTextModel('Vi byter ”erhålla” mot få.');
    const inside = model.text.indexOf('erhålla');
    expect(model.quoted(inside, inside + 7)).toBe(true);
    expect(model.quoted(0, 2)).toBe(false);
  });
});
