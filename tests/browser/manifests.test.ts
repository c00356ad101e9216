import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POLICY_KEYS } from '../../lib/admin/policy';

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
  it('reads the admin\'s policy from policies.json, without a Chromium schema', () => {
    expect(read('firefox-mv3').storage).toBeUndefined();
    expect(existsSync('.output/firefox-mv3/managed_schema.json')).toBe(false);
  });
});

describe('the Chromium policy schema', () => {
  const manifest = read('chrome-mv3');
  const schema = JSON.parse(readFileSync('.output/chrome-mv3/managed_schema.json', 'utf8'));

  it('is declared in the manifest and names every policy key the extension reads', () => {
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it('uses only the draft-03 types Chromium validates policies with', () => {
    const types = new Set(['string', 'boolean', 'integer', 'number', 'array', 'object']);
    for (const [key, property] of Object.entries<{ type: string; items?: { type: string } }>(schema.properties)) {
      expect(types.has(property.type), key).toBe(true);
      if (property.type === 'array') expect(property.items?.type, key).toBe('string');
    }
  });

  it('asks for a subscribed pack\'s host only when the user subscribes', () => {
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*']);
  });
});
