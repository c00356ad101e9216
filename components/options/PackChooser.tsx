import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { exportablePack } from '../../lib/admin/rule-settings';
import { t } from '../../lib/i18n';
import type { ImportPackReply, PackStateReply, SubscribeReply } from '../../lib/messages';
import type { PackProblem } from '../../lib/packs/problems';
import { PathList } from './ProblemList';

type ImportOutcome = { fileName: string; problems: PackProblem[] } | undefined;

/** Where the pack comes from, as far as the admin lets the user choose: built-in, URL, or file. */
export function PackChooser({ state, builtinPackId }: { state: PackStateReply; builtinPackId: string | undefined }) {
  const { policy } = state.policy;
  const [url, setUrl] = useState(state.packUrl && !policy.packUrl ? state.packUrl : '');
  const [urlProblem, setUrlProblem] = useState<string>();
  const [imported, setImported] = useState<ImportOutcome>();
  const [dragging, setDragging] = useState(false);

  const importFile = async (file: File) => {
    const reply = (await browser.runtime.sendMessage({ type: 'policyvakt:import-pack', text: await file.text(), fileName: file.name })) as ImportPackReply;
    setImported({ fileName: file.name, problems: reply.ok ? [] : reply.problems });
  };

  const subscribe = async (event: Event) => {
    event.preventDefault();
    setUrlProblem(undefined);
    // The pack's host, for a server that does not answer with CORS; a refusal still lets CORS work.
    try {
      await browser.permissions.request({ origins: [`${new URL(url).origin}/*`] });
    } catch {
      // Not a URL: the background says so below.
    }
    const reply = (await browser.runtime.sendMessage({ type: 'policyvakt:subscribe', url })) as SubscribeReply;
    if (!reply.ok) setUrlProblem(reply.problem);
  };

  const exportPack = () => {
    const blob = new Blob([`${JSON.stringify(exportablePack(state.pack), null, 2)}\n`], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${state.pack.id}-${state.pack.version}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <section aria-labelledby="choose">
      <h2 id="choose">{t('optionsChoose')}</h2>

      <label class="block">
        {t('optionsBuiltin')}{' '}
        <select
          value={policy.builtinPack ?? builtinPackId ?? 'bas'}
          disabled={policy.builtinPack !== undefined}
          data-testid="builtin-pack"
          onChange={(event) => void browser.storage.local.set({ builtinPackId: (event.target as HTMLSelectElement).value })}
        >
          {state.builtinPackIds.map((id) => (
            <option value={id}>{id}</option>
          ))}
        </select>
      </label>
      {policy.builtinPack !== undefined && <p class="muted">{t('optionsBuiltinLocked')}</p>}

      {!policy.allowUserPacks && <p class="note">{t('optionsUserPacksLocked')}</p>}

      <h3>{t('optionsSubscribe')}</h3>
      {policy.packUrl ? (
        <p>{t('optionsPolicyUrl', policy.packUrl)}</p>
      ) : (
        <form onSubmit={(event) => void subscribe(event)} class="row">
          <input
            type="url"
            placeholder="https://…/regelpaket.json"
            aria-label={t('optionsSubscribe')}
            value={url}
            disabled={!policy.allowUserPacks}
            onInput={(event) => setUrl((event.target as HTMLInputElement).value)}
          />
          <button type="submit" disabled={!policy.allowUserPacks || !url}>
            {t('optionsSubscribeButton')}
          </button>
          {state.packUrl && (
            <button type="button" onClick={() => void browser.runtime.sendMessage({ type: 'policyvakt:subscribe', url: null })}>
              {t('optionsUnsubscribe')}
            </button>
          )}
        </form>
      )}
      {urlProblem && <p class="error" role="alert">{urlProblem}</p>}
      {state.packUrl && (
        <button type="button" onClick={() => void browser.runtime.sendMessage({ type: 'policyvakt:refresh-pack' })}>
          {t('optionsRefresh')}
        </button>
      )}

      <h3>{t('optionsImport')}</h3>
      <div
        class={`drop${dragging ? ' dragging' : ''}`}
        data-testid="import-drop"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const file = event.dataTransfer?.files[0];
          if (file && policy.allowUserPacks) void importFile(file);
        }}
      >
        <label>
          {t('optionsImportHint')}{' '}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="import-file"
            disabled={!policy.allowUserPacks}
            onChange={(event) => {
              const file = (event.target as HTMLInputElement).files?.[0];
              if (file) void importFile(file);
            }}
          />
        </label>
      </div>
      {imported && imported.problems.length > 0 && (
        <div class="error" role="alert" data-testid="import-problems">
          <p>{t('optionsImportRefused', imported.fileName)}</p>
          <PathList problems={imported.problems} />
        </div>
      )}
      {imported && imported.problems.length === 0 && <p role="status">{t('optionsImportDone', imported.fileName)}</p>}
      {state.origin.source === 'file' && (
        <p>
          {t('optionsImported', state.origin.fileName ?? '')}{' '}
          <button type="button" onClick={() => void browser.storage.local.remove('importedPack')}>
            {t('optionsRemoveImport')}
          </button>
        </p>
      )}

      <p>
        <button type="button" data-testid="export" onClick={exportPack}>
          {t('optionsExport')}
        </button>
      </p>
    </section>
  );
}
