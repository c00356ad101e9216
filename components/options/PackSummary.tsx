import { t, type MessageName } from '../../lib/i18n';
import type { PackStateReply } from '../../lib/messages';

export const formatTime = (ms: number | undefined) => (ms === undefined ? '–' : new Date(ms).toLocaleString(navigator.language || 'sv-SE'));

/** The pack in force: what it is, where it came from, and since when. */
export function PackSummary({ state }: { state: PackStateReply }) {
  const { basePack: pack, origin } = state;
  return (
    <section aria-labelledby="in-force" data-testid="pack-in-force" data-source={origin.source}>
      <h2 id="in-force">{t('optionsInForce')}</h2>
      {state.policy.managed && <p class="note">{t('optionsManaged')}</p>}
      <dl class="facts">
        <dt>{t('optionsPackName')}</dt>
        <dd data-testid="pack-name">
          {pack.name} {pack.version}
        </dd>
        <dt>{t('optionsOrganisation')}</dt>
        <dd>{pack.organisation}</dd>
        <dt>{t('optionsPolicyDocument')}</dt>
        <dd>
          {pack.policy.url ? (
            <a href={pack.policy.url} target="_blank" rel="noreferrer">
              {pack.policy.title}
            </a>
          ) : (
            pack.policy.title
          )}
          {pack.policy.date && ` (${pack.policy.date})`}
        </dd>
        <dt>{t('optionsSource')}</dt>
        <dd>
          {t(`packSource_${origin.source}` as MessageName)}
          {origin.url && ` · ${origin.url}`}
          {origin.fileName && ` · ${origin.fileName}`}
        </dd>
        {origin.since !== undefined && (
          <>
            <dt>{t('optionsSince')}</dt>
            <dd>{formatTime(origin.since)}</dd>
          </>
        )}
        {origin.checkedAt !== undefined && (
          <>
            <dt>{t('optionsLastChecked')}</dt>
            <dd data-testid="last-checked">{formatTime(origin.checkedAt)}</dd>
          </>
        )}
        {origin.source === 'subscription' && (
          <>
            <dt>{t('optionsSigned')}</dt>
            <dd>{t(origin.signed ? 'optionsSignedYes' : 'optionsSignedNo')}</dd>
          </>
        )}
        {pack.expires && (
          <>
            <dt>{t('optionsExpires')}</dt>
            <dd>{pack.expires}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
