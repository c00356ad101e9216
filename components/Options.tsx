import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { RuleSettings } from '../lib/admin/rule-settings';
import { t } from '../lib/i18n';
import type { PackStateReply } from '../lib/messages';
import { Accounts } from './options/Accounts';
import { PackChooser } from './options/PackChooser';
import { PackSummary } from './options/PackSummary';
import { ProblemList } from './options/ProblemList';
import { RuleTable } from './options/RuleTable';
import { TryText } from './options/TryText';

interface Loaded {
  state: PackStateReply;
  settings: RuleSettings;
  builtinPackId: string | undefined;
}

async function load(): Promise<Loaded> {
  const state = (await browser.runtime.sendMessage({ type: 'policyvakt:pack-state' })) as PackStateReply;
  const stored = (await browser.storage.local.get(['ruleSettings', 'builtinPackId'])) as { ruleSettings?: RuleSettings; builtinPackId?: string };
  return { state, settings: stored.ruleSettings ?? {}, builtinPackId: stored.builtinPackId };
}

/**
 * The options page: the pack in force and where it came from, what went wrong, the rules (with the
 * admin's locks), the official accounts, a place to try a text, and the choice of pack.
 */
export function Options() {
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    const reload = () => void load().then(setLoaded);
    reload();
    // The background works out the pack in force again on any change; ask once it has.
    const listener = () => setTimeout(reload, 50);
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  if (!loaded) return <h1>{t('optionsTitle')}</h1>;
  const { state } = loaded;
  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <PackSummary state={state} />
      <ProblemList problems={state.problems} />
      <RuleTable state={state} settings={loaded.settings} />
      <Accounts pack={state.basePack} />
      <TryText pack={state.pack} />
      <PackChooser state={state} builtinPackId={loaded.builtinPackId} />
    </>
  );
}
