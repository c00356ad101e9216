import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type MessageName } from '../lib/i18n';
import type { LastResultReply, PackReply } from '../lib/messages';
import { pausedHosts, setPaused } from '../lib/pause';
import { Diagnostic } from './Diagnostic';

/**
 * The popup: the focused composer on this tab — where it is, who is writing — and what Policyvakt
 * found in it, the pack in force, the pause switch (unless the admin forbids it) and the way to the options page.
 */
export function Popup() {
  const [state, setState] = useState<{ loaded: boolean; reply: LastResultReply | null; onSite: boolean }>({
    loaded: false,
    reply: null,
    onSite: true,
  });
  const [pack, setPack] = useState<PackReply | null>(null);
  const [site, setSite] = useState<{ host: string; paused: boolean } | null>(null);

  useEffect(() => {
    void (browser.runtime.sendMessage({ type: 'policyvakt:get-pack' }) as Promise<PackReply>).then(setPack);
  }, []);

  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return setState({ loaded: true, reply: null, onSite: false });
      try {
        const reply = (await browser.tabs.sendMessage(tab.id, { type: 'policyvakt:last-result' })) as LastResultReply | null;
        setState({ loaded: true, reply, onSite: true });
        // The tab's host, from the content script's answer (the popup has no "tabs" permission for URLs).
        const host = (await browser.tabs.sendMessage(tab.id, { type: 'policyvakt:host' })) as string | undefined;
        if (host) setSite({ host, paused: (await pausedHosts()).includes(host) });
      } catch {
        // No content script answered: the tab is not one of the sites Policyvakt works on.
        setState({ loaded: true, reply: null, onSite: false });
      }
    })();
  }, []);

  const { reply } = state;
  const togglePause = async () => {
    if (!site) return;
    await setPaused(site.host, !site.paused);
    setSite({ ...site, paused: !site.paused });
  };
  return (
    <>
      <h1>{t('extName')}</h1>
      {pack && (
        <p class="pack" data-testid="popup-pack">
          {t('popupPack', [pack.pack.name, pack.pack.version, t(`packSource_${pack.source}` as MessageName)])}
          {pack.pack.policy.url && (
            <>
              {' · '}
              <a href={pack.pack.policy.url} target="_blank" rel="noreferrer">
                {t('popupGuidelines')}
              </a>
            </>
          )}
        </p>
      )}
      {site && pack && !pack.allowPause && <p class="muted">{t('popupPauseLocked')}</p>}
      {site && (!pack || pack.allowPause) && (
        <label class="pause">
          <input type="checkbox" checked={site.paused} onChange={() => void togglePause()} data-testid="pause-site" />{' '}
          {t('popupPause', site.host)}
        </label>
      )}
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
      <p>
        <a
          href="#"
          data-testid="open-options"
          onClick={(event) => {
            event.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          {t('popupOptions')}
        </a>
      </p>
    </>
  );
}
