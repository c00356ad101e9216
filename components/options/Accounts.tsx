import { PLATFORMS } from '../../lib/engine/types';
import { t } from '../../lib/i18n';
import type { Pack } from '../../lib/packs/schema';

/** The official accounts the pack names: what tells the municipality's account from a private one. */
export function Accounts({ pack }: { pack: Pack }) {
  const any = PLATFORMS.some((platform) => pack.accounts[platform].length > 0);
  return (
    <section aria-labelledby="accounts">
      <h2 id="accounts">{t('optionsAccounts')}</h2>
      {!any ? (
        <p class="muted">{t('optionsNoAccounts')}</p>
      ) : (
        <ul data-testid="accounts">
          {PLATFORMS.flatMap((platform) =>
            pack.accounts[platform].map((account) => (
              <li>
                {platform}: {account.name} {account.handle && <span class="muted">{account.handle}</span>} <code>{account.id}</code>
              </li>
            )),
          )}
        </ul>
      )}
    </section>
  );
}
