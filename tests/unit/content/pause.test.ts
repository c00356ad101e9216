import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { pausedHosts, setPaused, watchPaused } from '../../../lib/pause';

describe('pausing Policyvakt on a site', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a list of paused hosts', async () => {
    await setPaused('www.facebook.com', true);
    await setPaused('x.com', true);
    await setPaused('www.facebook.com', false);
    expect(await pausedHosts()).toEqual(['x.com']);
  });

  it('tells a content script at once and on every change', async () => {
    const seen = vi.fn();
    watchPaused('x.com', seen);
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith(false));
    await setPaused('x.com', true);
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith(true));
    await setPaused('www.youtube.com', true);
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith(true));
    await setPaused('x.com', false);
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith(false));
  });

  it('ignores a malformed stored value', async () => {
    await fakeBrowser.storage.local.set({ pausedHosts: 'x.com' });
    expect(await pausedHosts()).toEqual([]);
  });
});
