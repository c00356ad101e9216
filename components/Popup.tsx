import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../lib/i18n';
import type { LastResultReply } from '../lib/messages';
import { Diagnostic } from './Diagnostic';

/**
 * The popup: the focused composer on this tab — where it is, who is writing — and what Policyvakt
 * found in it. Issue 5 adds the pack and the pause switch.
 */
export function Popup() {
  const [state, setState] = useState<{ loaded: boolean; reply: LastResultReply | null; onSite: boolean }>({
    loaded: false,
    reply: null,
    onSite: true,
  });

  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return setState({ loaded: true, reply: null, onSite: false });
      try {
        const reply = (await browser.tabs.sendMessage(tab.id, { type: 'policyvakt:last-result' })) as LastResultReply | null;
        setState({ loaded: true, reply, onSite: true });
      } catch {
        // No content script answered: the tab is not one of the sites Policyvakt works on.
        setState({ loaded: true, reply: null, onSite: false });
      }
    })();
  }, []);

  const { reply } = state;
  return (
    <>
      <h1>{t('extName')}</h1>
      {!state.loaded ? null : !state.onSite ? (
        <p class="muted">{t('popupNotOnSite')}</p>
      ) : !reply ? (
        <p class="muted">{t('popupNoDraft')}</p>
      ) : (
        <>
          <Diagnostic reply={reply} />
          {reply.result && (
            <section aria-label={t('popupFindingsLabel')}>
              <p>
                {t('popupSummary', [String(reply.result.findings.length), reply.result.language, reply.result.lix === null ? '–' : String(reply.result.lix)])}
              </p>
              <ul>
                {reply.result.findings.map((finding) => (
                  <li class={finding.severity} data-rule-id={finding.ruleId} data-severity={finding.severity} data-category={finding.category}>
                    {finding.message}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
}
