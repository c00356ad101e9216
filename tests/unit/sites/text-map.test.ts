import { describe, expect, it } from 'vitest';
import { offsetAt, rangeAt, readTextMap, withinOneTextNode } from '../../../lib/sites/editors/text-map';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" id="editor">${html}</div>`;
  return document.getElementById('editor')!;
}

describe('reading an editor as text', () => {
  it('joins Lexical paragraphs with line breaks and keeps an empty paragraph as an empty line', () => {
    const root = editor(
      '<p dir="ltr"><span data-lexical-text="true">Hej Anna!</span></p><p><br></p><p dir="ltr"><span data-lexical-text="true">Vi </span><span data-lexical-text="true">hjälper dig.</span></p>',
    );
    expect(readTextMap(root).text).toBe('Hej Anna!\n\nVi hjälper dig.');
  });

  it('reads Draft.js blocks, including an empty block', () => {
    const block = (inner: string) =>
      `<div data-block="true" data-offset-key="a-0-0"><div class="public-DraftStyleDefault-block"><span data-offset-key="a-0-0">${inner}</span></div></div>`;
    const root = editor(`<div data-contents="true">${block('<span data-text="true">Första</span>')}${block('<br data-text="true">')}${block('<span data-text="true">Tredje</span>')}</div>`);
    expect(readTextMap(root).text).toBe('Första\n\nTredje');
  });

  it('reads line breaks, emoji images and non-editable mention chips', () => {
    const root = editor('Tack <span contenteditable="false">Anna Berg</span>!<br>Ny rad <img alt="😀" src="data:,">');
    expect(readTextMap(root).text).toBe('Tack Anna Berg!\nNy rad 😀');
  });

  it('reads the lines a plain contenteditable makes', () => {
    expect(readTextMap(editor('Rad ett<div>Rad två</div><div><br></div><div>Rad fyra</div>')).text).toBe('Rad ett\nRad två\n\nRad fyra');
  });
});

describe('mapping offsets to the DOM and back', () => {
  const root = () =>
    editor('<p><span>Hej Anna!</span></p><p><span>Du kan </span><span>erhålla</span><span> hjälp.</span></p><p>Mejla <img alt="📧" src="data:,"> oss.</p>');

  it('turns a finding into a Range over exactly its text', () => {
    const map = readTextMap(root());
    const start = map.text.indexOf('erhålla');
    const range = rangeAt(map, start, start + 'erhålla'.length);
    expect(range.toString()).toBe('erhålla');
    expect(withinOneTextNode(map, start, start + 7)).toBe(true);
  });

  it('covers spans across nodes and lines', () => {
    const map = readTextMap(root());
    const start = map.text.indexOf('kan');
    const end = map.text.indexOf('hjälp') + 'hjälp'.length;
    expect(rangeAt(map, start, end).toString()).toBe('kan erhålla hjälp');
    expect(withinOneTextNode(map, start, end)).toBe(false);
  });

  it('maps a caret in a text node back to its text offset', () => {
    const map = readTextMap(root());
    const span = map.segments.find((segment) => segment.kind === 'text' && segment.node.data === 'erhålla');
    if (span?.kind !== 'text') throw new Error('no text segment for "erhålla"');
    expect(offsetAt(map, span.node, 3)).toBe(map.text.indexOf('erhålla') + 3);
  });

  it('keeps offsets after an emoji image right', () => {
    const map = readTextMap(root());
    const start = map.text.indexOf('oss');
    expect(rangeAt(map, start, start + 3).toString()).toBe('oss');
  });
});
