/**
 * Textareas (X's mobile web composer, YouTube Studio). The value is set through the element's
 * native setter and announced with an input event, which is what React-controlled textareas need
 * to take the new value into their state; then the caret goes after the replacement. Read back and
 * fall back to the clipboard like the rich editors.
 */
import type { ReplaceResult } from '../types';
import { copyToClipboard, settle } from './contenteditable';

export function readTextarea(element: HTMLTextAreaElement): string {
  return element.value;
}

export async function replaceInTextarea(element: HTMLTextAreaElement, start: number, end: number, replacement: string): Promise<ReplaceResult> {
  const window = element.ownerDocument.defaultView!;
  const expected = element.value.slice(0, start) + replacement + element.value.slice(end);
  element.focus({ preventScroll: true });
  element.setSelectionRange(start, end);
  // insertText keeps the browser's undo stack; the setter is the fallback where it is refused.
  const typed = element.ownerDocument.execCommand('insertText', false, replacement);
  if (!typed || element.value !== expected) {
    const setter = Object.getOwnPropertyDescriptor(window.HTMLTextAreaElement.prototype, 'value')!.set!;
    setter.call(element, expected);
    element.dispatchEvent(new window.InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
    element.setSelectionRange(start + replacement.length, start + replacement.length);
  }
  await settle(window);
  if (element.value === expected) return { applied: true, copied: false };
  return { applied: false, copied: await copyToClipboard(window, replacement) };
}
