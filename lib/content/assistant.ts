/**
 * The in-page assistant's behaviour (issue 5): where the panel goes, what the buttons do, when the
 * private-profile banner shows, and the submit guard. The look is components/Assistant.tsx.
 *
 * Rules it keeps: the composer keeps focus and caret; nothing is inserted into the editor's DOM;
 * a fix goes through the composer's verified replace() and falls back to the clipboard; the guard
 * holds a publish action once and never publishes or discards anything itself.
 */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Assistant, type AssistantActions, type AssistantView } from '../../components/Assistant';
import css from '../../components/assistant.css?inline';
import type { Finding, LintResult } from '../engine/types';
import { t } from '../i18n';
import type { Pack } from '../packs/schema';
import { publishButton, type PublishControls } from '../sites/publish';
import type { Composer, ComposerSnapshot, Identity, ThreadOwner } from '../sites/types';
import { clearHighlights, paintHighlights } from './highlights';

export interface AssistantSource {
  composer(): Composer | undefined;
  identity(): Identity | undefined;
  thread(): ThreadOwner | undefined;
  result(): LintResult | undefined;
  pack(): Pack | undefined;
  /** Lints the composer now and returns the fresh result. */
  checkNow(): LintResult | undefined;
  publish: PublishControls;
}

const PANEL_WIDTH = 360;
const MARGIN = 8;
/** Room the panel needs to be of use (its summary and two findings). */
const MIN_PANEL_HEIGHT = 160;
/** Room above the composer worth growing the panel into (summary and a few findings). */
const COMFORTABLE_PANEL_HEIGHT = 280;
/** How far below the composer a publish button still counts as its own (X's toolbar row). */
const PUBLISH_ROW_REACH = 80;

export interface AssistantController {
  /** Call after every check and whenever the focused composer changes. */
  update(): void;
  /** The composer got focus: the panel opens again if it was closed with Escape. */
  composerFocused(): void;
}

export function createAssistant(ctx: ContentScriptContext, source: AssistantSource): AssistantController {
  // Mounted the first time there is something to show: most pages never get a composer focused.
  let mounted: { host: HTMLElement; shadow: ShadowRoot; container: HTMLElement } | undefined;
  const mount = () => {
    if (mounted) {
      // A site may rebuild <html>'s children on navigation; put the UI back if it was removed.
      if (!mounted.host.isConnected) document.documentElement.appendChild(mounted.host);
      return mounted;
    }
    const host = document.createElement('policyvakt-ui');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    const container = document.createElement('div');
    shadow.append(style, container);
    // Outside <body>: the sites' own frameworks own <body>'s children and may replace them.
    document.documentElement.appendChild(host);
    mounted = { host, shadow, container };
    return mounted;
  };
  ctx.onInvalidated(() => {
    if (mounted) {
      render(null, mounted.container);
      mounted.host.remove();
    }
    clearHighlights(document);
  });

  let panelOpen = true;
  let notice: string | undefined;
  let guard: { findings: Finding[]; resume: () => void } | undefined;
  let bypassOnce = false;
  const dismissedThreads = new Set<string>();

  const threadKey = () => source.thread()?.owner ?? location.pathname;

  /**
   * Beside the composer when the page has room (right, else left); else above it, growing upward,
   * when there is room for the panel there; else below it, under the site's publish button when
   * that sits just below the composer (X, YouTube, Studio): the panel must never cover it.
   */
  const position = (): AssistantView['position'] => {
    const composer = source.composer();
    const viewportWidth = document.documentElement.clientWidth || window.innerWidth;
    const viewportHeight = window.innerHeight;
    const width = Math.min(PANEL_WIDTH, viewportWidth - 2 * MARGIN);
    if (!composer) return { top: MARGIN, left: MARGIN, width, maxHeight: viewportHeight - 2 * MARGIN };
    const rect = composer.element.getBoundingClientRect();
    const gap = 6;
    const beside = (left: number) => {
      const top = Math.min(Math.max(MARGIN, rect.top), Math.max(MARGIN, viewportHeight - MIN_PANEL_HEIGHT));
      return { top, left, width, maxHeight: viewportHeight - top - MARGIN };
    };
    if (rect.right + gap + width <= viewportWidth - MARGIN) return beside(rect.right + gap);
    if (rect.left - gap - width >= MARGIN) return beside(rect.left - gap - width);
    const left = Math.min(Math.max(MARGIN, rect.right - width), viewportWidth - width - MARGIN);
    const roomAbove = rect.top - gap - MARGIN;
    if (roomAbove >= COMFORTABLE_PANEL_HEIGHT) return { bottom: viewportHeight - rect.top + gap, left, width, maxHeight: roomAbove };
    const top = publishRowBottom(rect) + gap;
    return { top, left, width, maxHeight: Math.max(MIN_PANEL_HEIGHT, viewportHeight - top - MARGIN) };
  };

  /** The lowest edge of the site's publish buttons just below the composer (or the composer's own). */
  const publishRowBottom = (rect: DOMRect): number => {
    let bottom = rect.bottom;
    for (const button of document.querySelectorAll<HTMLElement>(source.publish.buttons.join(','))) {
      const box = button.getBoundingClientRect();
      const justBelow = box.top >= rect.top && box.top <= rect.bottom + PUBLISH_ROW_REACH;
      const overlaps = box.left < rect.right && box.right > rect.left;
      if (justBelow && overlaps && box.height > 0) bottom = Math.max(bottom, box.bottom);
    }
    return bottom;
  };

  const banner = (): AssistantView['banner'] => {
    const pack = source.pack();
    const identity = source.identity();
    const result = source.result();
    if (!pack || identity?.kind !== 'private' || dismissedThreads.has(threadKey())) return undefined;
    const officialBusiness = result?.findings.some((finding) => finding.template?.id === 'privateReferral') ?? false;
    if (!officialBusiness && source.thread()?.official !== true) return undefined;
    const rule = pack.rules.find((candidate) => candidate.kind === 'official-business');
    return {
      quote: rule?.policyRef.quote ?? rule?.message ?? t('bannerTitle'),
      document: rule ? `${rule.policyRef.document}, ${rule.policyRef.section}` : pack.policy.title,
      switchUrl: source.publish.switchAccountUrl,
    };
  };

  const view = (snapshot: ComposerSnapshot | undefined): AssistantView => {
    const composer = source.composer();
    return {
      panelOpen: panelOpen && composer !== undefined && composer.element.isConnected,
      position: position(),
      identity: source.identity(),
      result: source.result(),
      fixable: (finding) => snapshot?.canReplace(finding.start, finding.end) ?? false,
      notice,
      banner: composer ? banner() : undefined,
      guard: guard ? { findings: guard.findings, allowPublishAnyway: source.pack()?.submitGuard.allowPublishAnyway ?? true } : undefined,
    };
  };

  const draw = () => {
    if (!mounted && !source.composer()) return;
    const composer = source.composer();
    // One reading of the editor serves every finding's underline and fix button.
    const snapshot = composer?.element.isConnected ? composer.snapshot() : undefined;
    render(h(Assistant, { view: view(snapshot), actions }), mount().container);
    const result = source.result();
    if (snapshot && result) paintHighlights(document, result.findings, snapshot.rangeAt);
    else clearHighlights(document);
  };

  const afterEdit = (outcome: { applied: boolean; copied: boolean }, replacement: string) => {
    notice = outcome.applied ? undefined : outcome.copied ? t('noticeCopied') : t('noticeNotApplied', replacement);
    source.checkNow();
    draw();
  };

  const actions: AssistantActions = {
    applyFix(finding, suggestion) {
      const composer = source.composer();
      if (!composer) return;
      // The finding is for the text as it was checked; if the user typed since, check again first.
      const fresh = source.checkNow()?.findings.find((candidate) => candidate.ruleId === finding.ruleId && candidate.start === finding.start);
      if (!fresh) return draw();
      void composer.replace(fresh.start, fresh.end, suggestion).then((outcome) => afterEdit(outcome, suggestion));
    },
    insertTemplate(id) {
      const composer = source.composer();
      const pack = source.pack();
      if (!composer || !pack) return;
      const text = pack.templates[id];
      const caret = composer.caret();
      void composer.replace(caret, caret, text).then((outcome) => afterEdit(outcome, text));
    },
    dismissBanner() {
      dismissedThreads.add(threadKey());
      draw();
      source.composer()?.element.focus({ preventScroll: true });
    },
    closePanel() {
      panelOpen = false;
      draw();
      source.composer()?.element.focus({ preventScroll: true });
    },
    guardBack() {
      guard = undefined;
      draw();
      source.composer()?.element.focus({ preventScroll: true });
    },
    guardPublish() {
      const resume = guard?.resume;
      guard = undefined;
      bypassOnce = true;
      draw();
      resume?.();
    },
  };

  // The submit guard: hold a publish action once when error findings remain.
  const hold = (event: Event, resume: () => void): void => {
    if (bypassOnce) {
      bypassOnce = false;
      return;
    }
    const errors = source.checkNow()?.findings.filter((finding) => finding.severity === 'error') ?? [];
    if (errors.length === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    guard = { findings: errors, resume };
    draw();
  };
  ctx.addEventListener(
    document,
    'click',
    (event) => {
      const button = publishButton(source.publish, event.target);
      const composer = source.composer();
      if (!button || !composer?.element.isConnected) return;
      hold(event, () => button.click());
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'keydown',
    (event) => {
      const composer = source.composer();
      if (!composer || !composer.element.contains(event.target as Node)) return;
      if (event.key === 'Escape' && panelOpen) {
        panelOpen = false;
        event.stopPropagation();
        draw();
        return;
      }
      if (event.key === 'V' && event.altKey && event.shiftKey) {
        // Alt+Shift+V: from the composer into the panel, for keyboard users.
        event.preventDefault();
        panelOpen = true;
        draw();
        mount().shadow.querySelector<HTMLElement>('.panel button, .banner button')?.focus();
        return;
      }
      if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
      const sends = event.ctrlKey || event.metaKey || (composer.surface !== undefined && source.publish.enterSends.has(composer.surface));
      if (!sends) return;
      // A keyboard send cannot be replayed by a script; after "Publicera ändå" the next press goes through.
      hold(event, () => {
        notice = t('noticePressAgain');
        composer.element.focus({ preventScroll: true });
        draw();
      });
    },
    { capture: true },
  );

  let frame = 0;
  const follow = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (source.composer()) draw();
    });
  };
  ctx.addEventListener(window, 'scroll', follow, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', follow, { passive: true });

  return {
    update: draw,
    composerFocused() {
      panelOpen = true;
      notice = undefined;
      draw();
    },
  };
}
