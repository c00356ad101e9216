import { useMemo, useState } from 'preact/hooks';
import { lint } from '../../lib/engine/lint';
import { ACCOUNT_KINDS, PLATFORMS, type AccountKind, type Platform } from '../../lib/engine/types';
import { t, type MessageName } from '../../lib/i18n';
import type { Pack } from '../../lib/packs/schema';

/** "Prova en text": the engine on the pack in force, right here, for admins writing a pack. */
export function TryText({ pack }: { pack: Pack }) {
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<Platform>('facebook');
  const [account, setAccount] = useState<AccountKind>('official');
  const result = useMemo(() => (text.trim() ? lint(text, { pack, platform, account }) : undefined), [text, pack, platform, account]);
  return (
    <section aria-labelledby="try">
      <h2 id="try">{t('optionsTry')}</h2>
      <div class="row">
        <label>
          {t('optionsTryPlatform')}{' '}
          <select value={platform} onChange={(event) => setPlatform((event.target as HTMLSelectElement).value as Platform)}>
            {PLATFORMS.map((name) => (
              <option value={name}>{name}</option>
            ))}
          </select>
        </label>
        <label>
          {t('optionsTryAccount')}{' '}
          <select value={account} onChange={(event) => setAccount((event.target as HTMLSelectElement).value as AccountKind)}>
            {ACCOUNT_KINDS.map((kind) => (
              <option value={kind}>{t(`accountKind_${kind}` as MessageName)}</option>
            ))}
          </select>
        </label>
      </div>
      <label class="block">
        {t('optionsTryLabel')}
        <textarea rows={5} value={text} data-testid="try-text" onInput={(event) => setText((event.target as HTMLTextAreaElement).value)} />
      </label>
      {result && (
        <div data-testid="try-result" aria-live="polite">
          {result.findings.length === 0 ? (
            <p>{t('optionsTryNothing')}</p>
          ) : (
            <ul>
              {result.findings.map((finding) => (
                <li class={finding.severity} data-rule-id={finding.ruleId} data-category={finding.category} data-severity={finding.severity}>
                  <q>{text.slice(finding.start, finding.end)}</q> {finding.message}
                  {finding.suggestions.length > 0 && <span class="muted"> → {finding.suggestions.join(' / ')}</span>}
                </li>
              ))}
            </ul>
          )}
          <p class="muted">
            {t('popupSummary', [String(result.findings.length), result.language, result.lix === null ? '–' : String(result.lix)])}
          </p>
        </div>
      )}
    </section>
  );
}
