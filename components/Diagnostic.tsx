import { t } from '../lib/i18n';
import type { LastResultReply } from '../lib/messages';
import { identityLabel } from './identity-label';

/**
 * Where the focused composer is and who is writing, with where each answer came from. When a
 * composer was focused but not recognised it says so plainly: that is the first thing to check
 * when a site changes its markup.
 */
export function Diagnostic({ reply }: { reply: LastResultReply }) {
  const identity = reply.identity;
  const identityText = identityLabel(identity);
  return (
    <dl class="diagnostic" data-testid="diagnostic">
      <dt>{t('diagnosticComposer')}</dt>
      <dd data-surface={reply.surface ?? 'unclassified'}>
        {reply.surface ? `${reply.surface} (${reply.editor})` : t('diagnosticUnclassified', reply.editor)}
      </dd>
      <dt>{t('diagnosticIdentity')}</dt>
      <dd data-identity={identity?.kind ?? 'unknown'}>
        {identityText}
        {identity && <span class="muted"> · {t('diagnosticSource', identity.source)}</span>}
      </dd>
      {reply.thread && (
        <>
          <dt>{t('diagnosticThread')}</dt>
          <dd>
            {reply.thread.owner ?? '–'}
            {reply.thread.official === true ? ` · ${t('diagnosticThreadOfficial')}` : ''}
            <span class="muted"> · {t('diagnosticSource', reply.thread.source)}</span>
          </dd>
        </>
      )}
    </dl>
  );
}
