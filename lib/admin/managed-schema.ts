/**
 * Chromium's managed_schema.json (JSON Schema draft-03, the subset Chromium validates policies
 * with): written into the Chromium build only (wxt.config.ts). Chromium drops a policy value that
 * does not fit, so the inline pack is JSON text rather than an object whose nested fields Chromium
 * would strip. Firefox reads policies.json's "3rdparty" section without a schema.
 */
import { MIN_REFRESH_MINUTES, POLICY_KEYS } from './policy';

type PolicyKey = (typeof POLICY_KEYS)[number];

const PROPERTIES: Record<PolicyKey, Record<string, unknown>> = {
  pack: {
    title: 'Regelpaket (JSON) / Rule pack (JSON)',
    description: 'A whole rule pack as JSON text. It takes precedence over every other pack.',
    type: 'string',
  },
  packUrl: {
    title: 'Regelpaketets adress / Pack URL',
    description: 'HTTPS address of a rule pack that Policyvakt fetches and keeps up to date.',
    type: 'string',
  },
  trustedKeys: {
    title: 'Betrodda nycklar / Trusted keys',
    description: 'Ed25519 public keys (base64). When set, the pack at packUrl must have a valid signature at packUrl + ".sig".',
    type: 'array',
    items: { type: 'string' },
  },
  lockedRules: {
    title: 'Låsta regler / Locked rules',
    description: 'Rule ids users may not switch off or soften; "*" locks every rule.',
    type: 'array',
    items: { type: 'string' },
  },
  allowUserPacks: {
    title: 'Användare får välja regelpaket / Users may choose packs',
    description: 'Whether users may import a pack file or subscribe to a pack URL of their own (default true).',
    type: 'boolean',
  },
  allowPause: {
    title: 'Användare får pausa / Users may pause',
    description: 'Whether users may pause Policyvakt on a site (default true).',
    type: 'boolean',
  },
  builtinPack: {
    title: 'Inbyggt regelpaket / Built-in pack',
    description: 'The built-in pack to use when no other pack is set: bas, hofors or falun.',
    type: 'string',
  },
  refreshMinutes: {
    title: 'Hämta paketet var … minut / Refresh every … minutes',
    description: `How often the pack at packUrl is fetched again (default 360, at least ${MIN_REFRESH_MINUTES}).`,
    type: 'integer',
  },
};

export const MANAGED_SCHEMA = { type: 'object', properties: PROPERTIES } as const;
