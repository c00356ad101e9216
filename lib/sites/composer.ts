/**
 * From a focused element to a Composer: which editor it is and which surface of the site.
 */
import type { Platform } from '../engine/types';
import {
  canReplaceInContentEditable,
  readContentEditable,
  replaceInContentEditable,
  type ContentEditableEditor,
} from './editors/contenteditable';
import { draft, isDraft } from './editors/draft';
import { isLexical, lexical } from './editors/lexical';
import { plain } from './editors/plain';
import { offsetAt, rangeAt, readTextMap, withinOneTextNode } from './editors/text-map';
import { readTextarea, replaceInTextarea } from './editors/textarea';
import type { Composer, Surface, SurfaceRule } from './types';

/** The editor element an event target belongs to: a textarea, or the outermost contenteditable. */
export function editorRoot(target: EventTarget | null): HTMLElement | undefined {
  if (!target || typeof (target as Node).nodeType !== 'number') return undefined;
  const node = target as Node;
  const element = node.nodeType === 1 ? (node as HTMLElement) : node.parentElement;
  if (!element) return undefined;
  if (element.tagName === 'TEXTAREA') return element;
  if (!element.isContentEditable) return undefined;
  let root: HTMLElement = element;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

export function classify(rules: readonly SurfaceRule[], element: HTMLElement): Surface | undefined {
  const document = element.ownerDocument;
  const location = document.defaultView?.location ?? new URL('about:blank');
  return rules.find((rule) => rule.test(element, document, location))?.surface;
}

export function makeComposer(element: HTMLElement, platform: Platform, rules: readonly SurfaceRule[]): Composer {
  const surface = classify(rules, element);
  if (element.tagName === 'TEXTAREA') {
    const textarea = element as HTMLTextAreaElement;
    return {
      element,
      platform,
      surface,
      editor: 'textarea',
      text: () => readTextarea(textarea),
      rangeAt: () => undefined,
      canReplace: () => true,
      replace: (start, end, replacement) => replaceInTextarea(textarea, start, end, replacement),
      caret: () => (textarea.ownerDocument.activeElement === textarea ? textarea.selectionEnd : textarea.value.length),
      snapshot: () => ({ rangeAt: () => undefined, canReplace: () => true }),
    };
  }
  const editor: ContentEditableEditor = isLexical(element) ? lexical : isDraft(element) ? draft : plain;
  return {
    element,
    platform,
    surface,
    editor: editor.kind,
    text: () => readContentEditable(element),
    rangeAt: (start, end) => rangeAt(readTextMap(element), start, end),
    canReplace: (start, end) => canReplaceInContentEditable(element, start, end),
    replace: (start, end, replacement) => replaceInContentEditable(editor, element, start, end, replacement),
    snapshot: () => {
      const map = readTextMap(element);
      return { rangeAt: (start, end) => rangeAt(map, start, end), canReplace: (start, end) => withinOneTextNode(map, start, end) };
    },
    caret: () => {
      const map = readTextMap(element);
      const selection = element.ownerDocument.getSelection();
      if (!selection?.focusNode || !element.contains(selection.focusNode)) return map.text.length;
      const offset = offsetAt(map, selection.focusNode, selection.focusOffset);
      return offset < 0 ? map.text.length : offset;
    },
  };
}
