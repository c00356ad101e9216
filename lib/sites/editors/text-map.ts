/**
 * Reading a contenteditable editor as the engine sees it, with a map both ways between text offsets
 * and DOM positions. One walk gives the text (blocks joined by "\n", line breaks as "\n", emoji
 * images as their alt text, non-editable chips as their text) and the segments it came from, so a
 * finding's [start, end) becomes a DOM Range for underlining or replacing, and a caret position
 * becomes a text offset.
 *
 * The same walk serves Lexical (Facebook), Draft.js (X) and plain contenteditable (YouTube): they
 * differ in their block markup, which the walk recognises by display-independent signs (block tags
 * and the editors' data attributes), never by class names.
 */

export type Segment =
  | { kind: 'text'; node: Text; textStart: number; length: number }
  /** An element read as a whole (emoji image, mention chip): it can be selected but not split. */
  | { kind: 'atomic'; node: Element; textStart: number; length: number }
  /** A "\n" between lines; `at` is the DOM position at the end of the line it closes. */
  | { kind: 'break'; at: { node: Node; offset: number }; textStart: number; length: 1 };

export interface TextMap {
  text: string;
  segments: Segment[];
  root: HTMLElement;
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'UL', 'OL']);

function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName) || element.hasAttribute('data-block');
}

/** <br> that only holds an empty line open (Lexical's "<p><br></p>", Draft's "<br data-text>"). */
function isPlaceholderBreak(br: Element): boolean {
  if (br.hasAttribute('data-text')) return true;
  const parent = br.parentElement;
  return !!parent && isBlock(parent) && parent.childNodes.length === 1;
}

/**
 * Walks the editor like innerText does for these simple trees: a block boundary asks for a line
 * break, asked-for breaks collapse into one and are written only before the next content, and a
 * <br> is a break of its own. An empty block (only a placeholder <br>) is an empty line.
 */
export function readTextMap(root: HTMLElement): TextMap {
  const segments: Segment[] = [];
  let text = '';
  let breakRequested = false;
  let lineEnd: { node: Node; offset: number } = { node: root, offset: 0 };

  const flushBreak = () => {
    if (breakRequested && (text.length > 0 || segments.length > 0)) {
      segments.push({ kind: 'break', at: lineEnd, textStart: text.length, length: 1 });
      text += '\n';
    }
    breakRequested = false;
  };
  const emit = (segment: Segment, value: string, end: { node: Node; offset: number }) => {
    flushBreak();
    // The break (if any) comes first, so the segment starts where the text now ends.
    segment.textStart = text.length;
    segments.push(segment);
    text += value;
    lineEnd = end;
  };

  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        emit({ kind: 'text', node: node as Text, textStart: text.length, length: data.length }, data, { node, offset: data.length });
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (element.tagName === 'BR') {
      if (isPlaceholderBreak(element)) {
        // Zero-length content: it writes out the break before the empty line.
        flushBreak();
        lineEnd = before(element);
        if (segments.length === 0) segments.push({ kind: 'text', node: root.ownerDocument.createTextNode(''), textStart: 0, length: 0 });
        return;
      }
      flushBreak();
      lineEnd = before(element);
      breakRequested = true;
      // Consecutive <br>s each make a line, so this one is written out at once.
      flushBreak();
      lineEnd = after(element);
      return;
    }
    if (element.tagName === 'IMG') {
      const alt = element.getAttribute('alt') ?? '';
      if (alt) emit({ kind: 'atomic', node: element, textStart: text.length, length: alt.length }, alt, after(element));
      return;
    }
    if (element !== root && element instanceof HTMLElement && element.getAttribute('contenteditable') === 'false') {
      const value = element.textContent ?? '';
      if (value) emit({ kind: 'atomic', node: element, textStart: text.length, length: value.length }, value, after(element));
      return;
    }
    const block = element !== root && isBlock(element);
    if (block && (text.length > 0 || segments.length > 0)) breakRequested = true;
    for (const child of Array.from(element.childNodes)) walk(child);
    if (block) breakRequested = true;
  };

  walk(root);
  return { text, segments: segments.filter((segment) => segment.length > 0), root };
}

/**
 * The DOM position of a text offset: inside a text node, or before/after an atomic element.
 * An offset on the seam between two segments is the end of the first ('before', the default, for
 * a caret or a range's end) or the start of the second ('after', for a range's start).
 */
export function positionAt(map: TextMap, offset: number, side: 'before' | 'after' = 'before'): { node: Node; offset: number } {
  for (const segment of map.segments) {
    const end = segment.textStart + segment.length;
    if (offset < segment.textStart || offset > end) continue;
    if (side === 'after' && offset === end && offset < map.text.length) continue;
    if (segment.kind === 'text') return { node: segment.node, offset: offset - segment.textStart };
    if (segment.kind === 'atomic') {
      // Inside a chip is no position: a range's start moves before it and its end after it, so a
      // span that takes part of a chip covers the whole chip.
      const start = offset === segment.textStart || (offset < end && side === 'after');
      return start ? before(segment.node) : after(segment.node);
    }
    if (offset === segment.textStart) return segment.at;
    // A break's end is the start of the next line: let the next segment answer, if there is one.
  }
  const last = map.segments.at(-1);
  if (!last) return { node: map.root, offset: 0 };
  if (last.kind === 'text') return { node: last.node, offset: last.length };
  return last.kind === 'atomic' ? after(last.node) : last.at;
}

function before(node: Node) {
  const parent = node.parentNode!;
  return { node: parent, offset: Array.prototype.indexOf.call(parent.childNodes, node) as number };
}
function after(node: Node) {
  const position = before(node);
  return { node: position.node, offset: position.offset + 1 };
}

/**
 * A DOM Range covering text[start, end). A span that lies inside one text node gets a Range inside
 * that node, even when it starts where the node starts (not at the end of the node before): that
 * is the selection a one-click fix types over (see withinOneTextNode).
 */
export function rangeAt(map: TextMap, start: number, end: number): Range {
  const range = map.root.ownerDocument.createRange();
  const from = positionAt(map, start, start < end ? 'after' : 'before');
  const to = positionAt(map, end);
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The text offset of a DOM position (a caret or a selection end); -1 when it is outside the map. */
export function offsetAt(map: TextMap, node: Node, offset: number): number {
  for (const segment of map.segments) {
    if (segment.kind === 'text' && segment.node === node) return segment.textStart + Math.min(offset, segment.length);
  }
  // A position between elements: count the text of every segment that lies before it.
  const probe = map.root.ownerDocument.createRange();
  probe.setStart(node, offset);
  let result = -1;
  for (const segment of map.segments) {
    const position =
      segment.kind === 'text' ? { node: segment.node, offset: 0 } : segment.kind === 'atomic' ? before(segment.node) : segment.at;
    if (probe.comparePoint(position.node, position.offset) >= 0) return segment.textStart;
    result = segment.textStart + segment.length;
  }
  return result;
}

/** Whether text[start, end) lies inside one text node: only such spans get one-click fixes. */
export function withinOneTextNode(map: TextMap, start: number, end: number): boolean {
  return map.segments.some(
    (segment) => segment.kind === 'text' && start >= segment.textStart && end <= segment.textStart + segment.length,
  );
}
