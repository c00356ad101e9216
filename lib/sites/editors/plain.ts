/**
 * A plain contenteditable (YouTube's comment and reply boxes, live chat): the browser's own editing,
 * so insertText is all it needs.
 */
import type { ContentEditableEditor } from './contenteditable';

export const plain: ContentEditableEditor = {
  kind: 'plain',
  modeFor: () => 'insertText',
};
