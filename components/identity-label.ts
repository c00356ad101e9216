import { t } from '../lib/i18n';
import type { Identity } from '../lib/sites/types';

/** "Officiellt konto: Hofors kommun", "Privat profil" or "Okänt konto", as the badge and popup say it. */
export function identityLabel(identity: Identity | null | undefined): string {
  if (identity?.kind === 'official') return t('identityOfficial', identity.name ?? identity.handle ?? identity.accountId ?? '');
  if (identity?.kind === 'private') return t('identityPrivate');
  return t('identityUnknown');
}
