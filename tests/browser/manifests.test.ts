import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (target: string) => JSON.parse(readFileSync(`.output/${target}/manifest.json`, 'utf8'));
const HOSTS = [
  'https://www.facebook.com/*',
  'https://business.facebook.com/*',
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.x.com/*',
  'https://mobile.twitter.com/*',
  'https://www.youtube.com/*',
  'https://studio.youtube.com/*',
].sort();

describe.each(['chrome-mv3', 'firefox-mv3'])('the %s manifest', (target) => {
  const manifest = read(target);

  it('asks for storage, alarms and cookies and only the hosts where staff post', () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'cookies', 'storage']);
    expect([...manifest.host_permissions].sort()).toEqual(HOSTS);
    const matches = new Set(manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches));
    expect([...matches].sort()).toEqual(HOSTS);
  });

  it('is in Swedish by default, with icons', () => {
    expect(manifest.default_locale).toBe('sv');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(Object.keys(manifest.icons).sort()).toEqual(['128', '16', '32', '48']);
  });

  it('runs the editor bridge in the page\'s own world, on the same hosts', () => {
    const bridge = manifest.content_scripts.find((script: { js: string[] }) => script.js[0]!.includes('editor-bridge'));
    expect(bridge.world).toBe('MAIN');
    expect([...bridge.matches].sort()).toEqual(HOSTS);
  });

  it('runs the YouTube script in every frame, for live chat', () => {
    const youtube = manifest.content_scripts.find((script: { js: string[] }) => script.js[0]!.includes('youtube'));
    expect(youtube.all_frames).toBe(true);
  });
});

describe('the Firefox manifest', () => {
  it('has a fixed add-on id and declares that no data is collected', () => {
    const gecko = read('firefox-mv3').browser_specific_settings.gecko;
    expect(gecko.id).toBe('policyvakt@policyvakt.se');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
  it('keeps Firefox-only keys out of the Chrome manifest', () => {
    expect(read('chrome-mv3').browser_specific_settings).toBeUndefined();
  });
});
