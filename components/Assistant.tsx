/**
 * The in-page assistant, rendered in Policyvakt's own shadow root outside the editor: the findings
 * panel beside the composer, the private-profile banner and the submit guard. Buttons take the
 * mouse without taking focus, so the caret stays in the composer.
 *
 * Testability contract (issue 5): findings carry data-rule-id, data-category and data-severity;
 * fix buttons data-action="fix"; the identity badge data-identity; the banner
 * data-testid="private-profile-warning"; the guard dialog data-testid="submit-guard".
 */
import { useState } from 'preact/hooks';
import type { Finding, LintResult, Severity } from '../lib/engine/types';
import { lixBand } from '../lib/engine/lix-band';
import { t, type MessageName } from '../lib/i18n';
import type { Identity } from '../lib/sites/types';
import { identityLabel } from './identity-label';

export interface AssistantView {
  panelOpen: boolean;
  /** Fixed position: `top` grows the stack downward, `bottom` upward (above the composer). */
  position: ({ top: number } | { bottom: number }) & { left: number; width: number; maxHeight: number };
  identity: Identity | undefined;
  result: LintResult | undefined;
  /** Fix buttons only for spans the editor can replace in one step. */
  fixable: (finding: Finding) => boolean;
  notice: string | undefined;
  banner: { quote: string; document: string; switchUrl: string } | undefined;
  guard: { findings: Finding[]; allowPublishAnyway: boolean } | undefined;
}

export interface AssistantActions {
  applyFix(finding: Finding, suggestion: string): void;
  insertTemplate(id: 'privateReferral' | 'confidentialCase'): void;
  dismissBanner(): void;
  closePanel(): void;
  guardBack(): void;
  guardPublish(): void;
}

const keepFocus = (event: MouseEvent) => event.preventDefault();
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function Assistant({ view, actions }: { view: AssistantView; actions: AssistantActions }) {
  // One column beside the composer: the banner above the panel, so neither covers the other.
  const showPanel = view.panelOpen && view.result !== undefined;
  return (
    <>
      {(view.banner || showPanel) && (
        <div class="stack" style={{ ...('top' in view.position ? { top: `${view.position.top}px` } : { bottom: `${view.position.bottom}px` }), left: `${view.position.left}px`, width: `${view.position.width}px`, maxHeight: `min(70vh, ${view.position.maxHeight}px)` }}>
          {view.banner && <PrivateProfileBanner banner={view.banner} actions={actions} />}
          {showPanel && <Panel view={view} result={view.result!} actions={actions} />}
        </div>
      )}
      {view.guard && <SubmitGuard guard={view.guard} actions={actions} />}
    </>
  );
}

function IdentityBadge({ identity }: { identity: Identity | undefined }) {
  const kind = identity?.kind ?? 'unknown';
  const text = identityLabel(identity);
  return (
    <span class={`badge badge-${kind}`} data-identity={kind} title={identity ? t('diagnosticSource', identity.source) : undefined}>
      {text}
    </span>
  );
}

function Summary({ result }: { result: LintResult }) {
  const counts = SEVERITIES.map((severity) => result.findings.filter((finding) => finding.severity === severity).length);
  const parts = [t('summaryCounts', counts.map(String))];
  if (result.lix !== null) parts.push(t('summaryLix', [String(Math.round(result.lix)), t(`lixBand_${lixBand(result.lix)}` as MessageName)]));
  if (result.length) parts.push(t('summaryCharactersLeft', String(result.length.limit - result.length.used)));
  if (result.language !== 'und') parts.push(t('summaryLanguage', result.language));
  return (
    <p class="summary" role="status" aria-live="polite">
      {parts.join(' · ')}
    </p>
  );
}

function Panel({ view, result, actions }: { view: AssistantView; result: LintResult; actions: AssistantActions }) {
  return (
    <section
      class="panel"
      role="region"
      aria-label={t('panelLabel')}
      onKeyDown={(event) => event.key === 'Escape' && actions.closePanel()}
    >
      <header>
        <strong>{t('extName')}</strong>
        <IdentityBadge identity={view.identity} />
        <button type="button" class="close" aria-label={t('panelClose')} onMouseDown={keepFocus} onClick={actions.closePanel}>
          ×
        </button>
      </header>
      <Summary result={result} />
      {view.notice && (
        <p class="notice" role="alert">
          {view.notice}
        </p>
      )}
      {result.findings.length === 0 ? (
        <p class="muted">{t('panelNoFindings')}</p>
      ) : (
        <ul class="findings">
          {result.findings.map((finding) => (
            <FindingItem finding={finding} fixable={view.fixable(finding)} actions={actions} key={`${finding.ruleId}:${finding.start}`} />
          ))}
        </ul>
      )}
    </section>
  );
}

function FindingItem({ finding, fixable, actions }: { finding: Finding; fixable: boolean; actions: AssistantActions }) {
  const [why, setWhy] = useState(false);
  return (
    <li class={`finding ${finding.severity}`} data-rule-id={finding.ruleId} data-category={finding.category} data-severity={finding.severity}>
      <span class="severity">{t(`severity_${finding.severity}` as MessageName)}</span> {finding.message}
      <div class="actions">
        {fixable &&
          finding.suggestions.map((suggestion) => (
            <button type="button" data-action="fix" onMouseDown={keepFocus} onClick={() => actions.applyFix(finding, suggestion)} aria-label={t('fixLabel', suggestion)}>
              {suggestion}
            </button>
          ))}
        {finding.template && (
          <button type="button" data-action="template" onMouseDown={keepFocus} onClick={() => actions.insertTemplate(finding.template!.id)}>
            {t(finding.template.id === 'privateReferral' ? 'insertReferral' : 'insertCaseTemplate')}
          </button>
        )}
        <button type="button" data-action="why" aria-expanded={why} onMouseDown={keepFocus} onClick={() => setWhy(!why)}>
          {t('why')}
        </button>
      </div>
      {why && (
        <blockquote class="why">
          <cite>
            {finding.policyRef.document}, {finding.policyRef.section}
          </cite>
          {finding.policyRef.quote && <p>”{finding.policyRef.quote}”</p>}
          {finding.policyRef.url && (
            <a href={finding.policyRef.url} target="_blank" rel="noreferrer">
              {t('readPolicy')}
            </a>
          )}
        </blockquote>
      )}
    </li>
  );
}

function PrivateProfileBanner({ banner, actions }: { banner: NonNullable<AssistantView['banner']>; actions: AssistantActions }) {
  return (
    <section class="banner" role="alert" data-testid="private-profile-warning">
      <strong>{t('bannerTitle')}</strong>
      <p>
        ”{banner.quote}” <span class="muted">({banner.document})</span>
      </p>
      <div class="actions">
        <button type="button" data-action="insert-referral" onMouseDown={keepFocus} onClick={() => actions.insertTemplate('privateReferral')}>
          {t('insertReferral')}
        </button>
        <a href={banner.switchUrl} target="_blank" rel="noreferrer">
          {t('bannerSwitch')}
        </a>
        <button type="button" data-action="dismiss" onMouseDown={keepFocus} onClick={actions.dismissBanner}>
          {t('bannerDismiss')}
        </button>
      </div>
    </section>
  );
}

function SubmitGuard({ guard, actions }: { guard: NonNullable<AssistantView['guard']>; actions: AssistantActions }) {
  return (
    <div class="backdrop">
      <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="policyvakt-guard-title" data-testid="submit-guard">
        <h2 id="policyvakt-guard-title">{t('guardTitle')}</h2>
        <ul>
          {guard.findings.map((finding) => (
            <li data-rule-id={finding.ruleId} data-category={finding.category} data-severity={finding.severity}>
              {finding.message}
            </li>
          ))}
        </ul>
        <div class="actions">
          <button type="button" data-action="back" autoFocus onClick={actions.guardBack}>
            {t('guardBack')}
          </button>
          {guard.allowPublishAnyway && (
            <button type="button" data-action="publish-anyway" onClick={actions.guardPublish}>
              {t('guardPublish')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
