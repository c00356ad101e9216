/**
 * Asking the page's main world to type into the focused editor. Rich editors (Lexical, Draft.js)
 * keep their own state and only accept edits that arrive as the browser's own input: an
 * execCommand('insertText') or a paste event run in the page's world (entrypoints/editor-bridge.content.ts).
 * The request and answer travel as DOM events with string details, which cross the boundary
 * between the content script's world and the page's in every browser.
 */
export const EDIT_REQUEST = 'policyvakt:edit-request';
export const EDIT_DONE = 'policyvakt:edit-done';

export type EditMode = 'insertText' | 'paste';

export interface EditRequest {
  id: string;
  mode: EditMode;
  text: string;
}

let counter = 0;

/** Runs one edit at the current selection from the main world; resolves when it has run (or timed out). */
export function editInMainWorld(document: Document, mode: EditMode, text: string, timeoutMs = 500): Promise<boolean> {
  const id = `edit-${Date.now()}-${counter++}`;
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(false), timeoutMs);
    function finish(ok: boolean) {
      clearTimeout(timer);
      document.removeEventListener(EDIT_DONE, onDone);
      resolve(ok);
    }
    function onDone(event: Event) {
      const detail = (event as CustomEvent<string>).detail;
      try {
        const answer = JSON.parse(detail) as { id: string; ok: boolean };
        if (answer.id === id) finish(answer.ok);
      } catch {
        // Not ours.
      }
    }
    document.addEventListener(EDIT_DONE, onDone);
    const request: EditRequest = { id, mode, text };
    document.dispatchEvent(new CustomEvent(EDIT_REQUEST, { detail: JSON.stringify(request) }));
  });
}

/** The main-world side: performs an edit request on the current selection. */
export function performEdit(document: Document, request: EditRequest): boolean {
  if (request.mode === 'insertText') return document.execCommand('insertText', false, request.text);
  const target = document.getSelection()?.anchorNode?.parentElement ?? document.activeElement;
  if (!target) return false;
  const data = new DataTransfer();
  data.setData('text/plain', request.text);
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  return true;
}
