/**
 * Lexical (Facebook's composers, comments and Page inbox). Lexical rebuilds its DOM from its own
 * state and removes anything foreign, so text is read from the DOM it renders and edits go in as
 * the browser's own insertText, which Lexical turns into an update of its state (and its undo history).
 */
import type { ContentEditableEditor } from './contenteditable';

export const lexical: ContentEditableEditor = {
  kind: 'lexical',
  modeFor: () => 'insertText',
};

export function isLexical(element: HTMLElement): boolean {
  return element.getAttribute('data-lexical-editor') === 'true';
}
