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

  element.focus({ preventScroll: true });
  selection.removeAllRanges();
  selection.addRange(rangeAt(before, start, end));
  await editInMainWorld(document, editor.modeFor(replacement), replacement);
  await settle(window);

  if (readTextMap(element).text === expected) return { applied: true, copied: false };
  return { applied: false, copied: await copyToClipboard(window, replacement) };
}
