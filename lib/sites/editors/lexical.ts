/**
 * Lexical (Facebook's composers, comments and Page inbox). Lexical rebuilds its DOM from its own
 * state and removes anything foreign, so text is read from the DOM it renders and edits go in as
 * the browser's own insertText, which Lexical turns into an update of its state (and its undo history).
 * Text with line breaks goes in as a paste, which Lexical splits into line breaks itself: through
 * insertText, Lexical 0.52 takes the new line's text from the DOM but drops the break, so the two
 * lines ran together (found by tests/browser/editors.test.ts).
 */
import type { ContentEditableEditor } from './contenteditable';

export const lexical: ContentEditableEditor = {
  kind: 'lexical',
  modeFor: (replacement) => (replacement.includes('\n') ? 'paste' : 'insertText'),
};

export function isLexical(element: HTMLElement): boolean {
  return element.getAttribute('data-lexical-editor') === 'true';
}
