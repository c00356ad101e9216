/**
 * "Pausa Policyvakt på den här webbplatsen": a list of hosts in storage.local, set from the popup
 * and read by the content scripts, which then neither check nor show anything there.
 */
import { browser } from 'wxt/browser';

export const PAUSED_HOSTS_KEY = 'pausedHosts';

export async function pausedHosts(): Promise<string[]> {
  const stored = (await browser.storage.local.get(PAUSED_HOSTS_KEY))[PAUSED_HOSTS_KEY];
  return Array.isArray(stored) ? stored.filter((host): host is string => typeof host === 'string') : [];
}

export async function setPaused(host: string, paused: boolean): Promise<void> {
  const hosts = new Set(await pausedHosts());
  if (paused) hosts.add(host);
  else hosts.delete(host);
  await browser.storage.local.set({ [PAUSED_HOSTS_KEY]: [...hosts] });
}

/** Calls `onChange(paused)` now and whenever the list changes. Returns the unsubscribe function. */
export function watchPaused(host: string, onChange: (paused: boolean) => void): () => void {
  void pausedHosts().then((hosts) => onChange(hosts.includes(host)));
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(PAUSED_HOSTS_KEY in changes)) return;
    const hosts = changes[PAUSED_HOSTS_KEY]!.newValue;
    onChange(Array.isArray(hosts) && hosts.includes(host));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
