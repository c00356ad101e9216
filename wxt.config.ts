import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { MANAGED_SCHEMA } from './lib/admin/managed-schema';
import { francSubset } from './lib/build/franc-subset';
import { ALL_SITE_MATCHES } from './lib/sites/hosts';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Imports are written out in every file, so a reader can follow them without WXT's generated globals.
  imports: false,
  vite: () => ({
    plugins: [preact(), francSubset()],
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // zod 4 places /* @__PURE__ */ comments where Rollup cannot use them; Rollup drops the
          // comment and the code is unchanged, so this one warning about zod is noise.
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
          warn(warning);
        },
      },
    },
  }),
  hooks: {
    // Chromium's schema for the admin's policy (storage.managed); Firefox takes policies.json instead.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser === 'firefox') return;
      files.push({ relativeDest: 'managed_schema.json', contents: `${JSON.stringify(MANAGED_SCHEMA, null, 2)}\n` });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'sv',
    permissions: ['storage', 'alarms', 'cookies'],
    // Exactly the hosts of the content scripts: the cookies API needs them to tell who is signed in.
    host_permissions: ALL_SITE_MATCHES,
    // A subscribed pack's host, asked for when a user subscribes in the options page; an admin's
    // pack URL is fetched with CORS instead (ADMIN.md).
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'policyvakt@policyvakt.se',
              strict_min_version: '140.0',
              // Firefox's built-in consent for data collection: Policyvakt collects nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { storage: { managed_schema: 'managed_schema.json' } }),
  }),
});
