/**
 * Writing into a contenteditable editor without breaking it (../shared/DESIGN.md, "Editors"):
 * select the span, let the page's world type the replacement once, then read the editor back after
 * a frame and a pause. If the editor did not take it, the replacement goes to the clipboard and the
 * user pastes it. Never a second attempt: retries are how drafts get duplicated text.
 */
import type { EditorKind, ReplaceResult } from '../types';
import { editInMainWorld, type EditMode } from './bridge';
import { rangeAt, readTextMap, withinOneTextNode } from './text-map';

/** How long an editor gets to settle (re-render, reconcile) before the result is read back. */
export const SETTLE_MS = 250;

export function settle(window: Window): Promise<void> {
  return new Promise((resolve) => window.requestAnimationFrame(() => window.setTimeout(resolve, SETTLE_MS)));
}

export async function copyToClipboard(window: Window, text: string): Promise<boolean> {
  try {
    await window.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Resolves once the page has been told about a selection set now. Editors that keep a selection of
 * their own (Draft.js) take it from `selectionchange`, which the browser fires in a later task; an
 * edit that arrives before that lands on the editor's old selection. Draft.js 0.11.7 then writes
 * the edited line over the line the caret was on: a line lost and another doubled (found by
 * tests/browser/editors.test.ts). After the event, one more task lets every listener of it run
 * (the page's may come after ours); with no event (the selection was already there) the timeout
 * ends the wait. Call it before changing the selection.
 */
export function selectionSeen(document: Document, timeoutMs = 100): Promise<void> {
  const window = document.defaultView!;
  return new Promise((resolve) => {
    const done = () => {
      document.removeEventListener('selectionchange', done);
      window.clearTimeout(timer);
      window.setTimeout(resolve, 0);
    };
    const timer = window.setTimeout(done, timeoutMs);
    document.addEventListener('selectionchange', done);
  });
}

export interface ContentEditableEditor {
  kind: Exclude<EditorKind, 'textarea'>;
  /** How the replacement is typed: insertText everywhere, a paste for multi-line text in Draft.js. */
  modeFor(replacement: string): EditMode;
}

export function readContentEditable(element: HTMLElement): string {
  return readTextMap(element).text;
}

export function canReplaceInContentEditable(element: HTMLElement, start: number, end: number): boolean {
  return withinOneTextNode(readTextMap(element), start, end);
}

export async function replaceInContentEditable(
  editor: ContentEditableEditor,
  element: HTMLElement,
  start: number,
  end: number,
  replacement: string,
): Promise<ReplaceResult> {
  const document = element.ownerDocument;
  const window = document.defaultView!;
  const before = readTextMap(element);
  const expected = before.text.slice(0, start) + replacement + before.text.slice(end);
  const selection = document.getSelection();
  if (!selection) return { applied: false, copied: await copyToClipboard(window, replacement) };

  const seen = selectionSeen(document);
  element.focus({ preventScroll: true });
  selection.removeAllRanges();
  selection.addRange(rangeAt(before, start, end));
  await seen;
  await editInMainWorld(document, editor.modeFor(replacement), replacement);
  await settle(window);

  if (readTextMap(element).text === expected) return { applied: true, copied: false };
  return { applied: false, copied: await copyToClipboard(window, replacement) };
}
