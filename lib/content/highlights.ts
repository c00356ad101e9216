/**
 * Underlines in the composer through the CSS Custom Highlight API: ranges are registered by name
 * and painted by the page's CSS, so nothing is inserted into the editor's DOM (Lexical and Draft.js
 * would remove or re-render it).
 */
import type { Finding, Severity } from '../engine/types';

const NAMES: Record<Severity, string> = { error: 'policyvakt-error', warning: 'policyvakt-warning', info: 'policyvakt-info' };
const STYLE_ID = 'policyvakt-highlight-style';
const CSS_TEXT = `
::highlight(policyvakt-error) { text-decoration: underline wavy #c50f1f; text-decoration-skip-ink: none; text-underline-offset: 3px; }
::highlight(policyvakt-warning) { text-decoration: underline wavy #c27c00; text-decoration-skip-ink: none; text-underline-offset: 3px; }
::highlight(policyvakt-info) { text-decoration: underline dotted #1f4e8c; text-underline-offset: 3px; }
`;

type HighlightWindow = Window & typeof globalThis;

export function highlightsSupported(window: Window): boolean {
  const w = window as HighlightWindow;
  return typeof w.Highlight === 'function' && typeof w.CSS !== 'undefined' && 'highlights' in w.CSS;
}

export function paintHighlights(document: Document, findings: readonly Finding[], rangeAt: (start: number, end: number) => Range | undefined): void {
  const window = document.defaultView! as HighlightWindow;
  if (!highlightsSupported(window)) return;
  if (!document.getElementById(STYLE_ID)) {
    // The ::highlight() rules must live in the page's styles; a <style> in <head>, never in the editor.
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = CSS_TEXT;
    (document.head ?? document.documentElement).appendChild(style);
  }
  for (const severity of Object.keys(NAMES) as Severity[]) {
    const ranges = findings
      .filter((finding) => finding.severity === severity && finding.end > finding.start)
      .map((finding) => rangeAt(finding.start, finding.end))
      .filter((range): range is Range => range !== undefined);
    if (ranges.length === 0) window.CSS.highlights.delete(NAMES[severity]);
    else window.CSS.highlights.set(NAMES[severity], new window.Highlight(...ranges));
  }
}

export function clearHighlights(document: Document): void {
  const window = document.defaultView! as HighlightWindow;
  if (!highlightsSupported(window)) return;
  for (const name of Object.values(NAMES)) window.CSS.highlights.delete(name);
}
