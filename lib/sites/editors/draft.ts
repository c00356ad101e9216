/**
 * Draft.js (X's composer). Draft.js handles insertText for text on one line; text with line breaks
 * must arrive as a paste, which Draft.js splits into blocks itself.
 */
import type { ContentEditableEditor } from './contenteditable';

export const draft: ContentEditableEditor = {
  kind: 'draft',
  modeFor: (replacement) => (replacement.includes('\n') ? 'paste' : 'insertText'),
};

export function isDraft(element: HTMLElement): boolean {
  return element.classList.contains('public-DraftEditor-content') || element.querySelector('[data-contents="true"]') !== null;
}
