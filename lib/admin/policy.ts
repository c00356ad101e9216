/**
 * The enterprise policy an IT department sets for Policyvakt (`storage.managed`): Chromium and Edge
 * read it from Group Policy, Intune, the Google Admin console or /etc/chromium/policies/managed,
 * validated against public/managed_schema.json (Chromium build only); Firefox reads the
 * "3rdparty" section of policies.json. See ADMIN.md.
 *
 * Every key is read on its own: a mistyped key is reported by name and left out, the other keys
 * still apply. A policy is an admin's instruction, so a bad value never turns into a permissive one.
 */
import { browser } from 'wxt/browser';
import type { PackProblem } from '../packs/problems';
import { checkPackUrl } from './pack-url';

export interface AdminPolicy {
  /** An inline rule pack as set (Chromium: JSON text; Firefox: JSON text or an object), not yet loaded. */
  pack?: unknown;
  /** A pack to subscribe to; it takes precedence over imported files and built-in packs. */
  packUrl?: string;
  /** Ed25519 public keys (base64, 32 bytes) that may sign subscribed packs. */
  trustedKeys: string[];
  /**
   * True when the admin listed any trusted key, even one that could not be read: a subscribed pack
   * must then carry a valid `.sig`. Derived, so an unreadable key never means "unsigned is fine".
   */
  signatureRequired: boolean;
  /** Rule ids users may not switch off or soften; "*" locks every rule. */
  lockedRules: string[];
  /** Whether users may import a pack file or subscribe to a URL of their own. */
  allowUserPacks: boolean;
  /** Whether users may pause Policyvakt on a site. */
  allowPause: boolean;
  /** The built-in pack to use when no other pack is set. */
  builtinPack?: string;
  /** How often the subscribed pack is fetched again. */
  refreshMinutes: number;
}

export const DEFAULT_REFRESH_MINUTES = 360;
/** Chromium's alarms fire at most every 30 seconds in a packed extension; a pack needs far less. */
export const MIN_REFRESH_MINUTES = 15;

export const NO_POLICY: AdminPolicy = Object.freeze({
  trustedKeys: [],
  signatureRequired: false,
  lockedRules: [],
  allowUserPacks: true,
  allowPause: true,
  refreshMinutes: DEFAULT_REFRESH_MINUTES,
}) as AdminPolicy;

export interface PolicyReading {
  policy: AdminPolicy;
  /** True when any managed key is set: the options page then says the settings come from the admin. */
  managed: boolean;
  /** Keys that could not be used, by name (e.g. `policy.trustedKeys[1]`). */
  problems: PackProblem[];
}

/** The keys of public/managed_schema.json, with what each one must hold. */
export const POLICY_KEYS = ['pack', 'packUrl', 'trustedKeys', 'lockedRules', 'allowUserPacks', 'allowPause', 'builtinPack', 'refreshMinutes'] as const;

const ED25519_KEY = /^[A-Za-z0-9+/]{43}=$/;

export function parsePolicy(raw: Record<string, unknown>): PolicyReading {
  const policy: AdminPolicy = { ...NO_POLICY, trustedKeys: [], lockedRules: [] };
  const problems: PackProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ path: `policy.${path}`, message });
  const known = new Set<string>(POLICY_KEYS);
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) problem(key, `unknown key; known keys: ${POLICY_KEYS.join(', ')}`);
  }

  if (raw.pack !== undefined && raw.pack !== '') {
    // Loaded (and, when broken, reported with every problem by path) where the pack in force is
    // chosen, so that a broken policy pack keeps the last good one in force.
    if (typeof raw.pack === 'string' || (typeof raw.pack === 'object' && raw.pack !== null && !Array.isArray(raw.pack))) policy.pack = raw.pack;
    else problem('pack', 'expected a rule pack as JSON text or an object');
  }

  if (raw.packUrl !== undefined && raw.packUrl !== '') {
    const error = typeof raw.packUrl === 'string' ? checkPackUrl(raw.packUrl) : 'expected a URL as text';
    if (error) problem('packUrl', error);
    else policy.packUrl = raw.packUrl as string;
  }

  for (const key of ['trustedKeys', 'lockedRules'] as const) {
    const value = raw[key];
    if (value === undefined) continue;
    if (!Array.isArray(value)) {
      problem(key, 'expected a list of text values');
      continue;
    }
    value.forEach((item, index) => {
      if (typeof item !== 'string' || item.trim() === '') problem(`${key}[${index}]`, 'expected text');
      else if (key === 'trustedKeys' && !ED25519_KEY.test(item.trim())) {
        problem(`${key}[${index}]`, 'expected an Ed25519 public key in base64 (44 characters), as "policyvakt pack keygen" writes it');
      } else policy[key].push(item.trim());
    });
  }
  policy.signatureRequired = Array.isArray(raw.trustedKeys) ? raw.trustedKeys.length > 0 : raw.trustedKeys !== undefined;

  for (const key of ['allowUserPacks', 'allowPause'] as const) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value === 'boolean') policy[key] = value;
    else {
      // Unreadable permission: the stricter reading.
      policy[key] = false;
      problem(key, 'expected true or false; read as false');
    }
  }

  if (raw.builtinPack !== undefined) {
    if (typeof raw.builtinPack === 'string' && raw.builtinPack !== '') policy.builtinPack = raw.builtinPack;
    else problem('builtinPack', 'expected the id of a built-in pack');
  }

  if (raw.refreshMinutes !== undefined) {
    const value = raw.refreshMinutes;
    if (typeof value === 'number' && Number.isInteger(value) && value >= MIN_REFRESH_MINUTES) policy.refreshMinutes = value;
    else problem('refreshMinutes', `expected a whole number of minutes, at least ${MIN_REFRESH_MINUTES}`);
  }

  return { policy, managed: Object.keys(raw).length > 0, problems };
}

/**
 * Reads `storage.managed`. Firefox throws when no policies.json names the add-on, and a browser may
 * lack the area altogether: both mean "no policy", not an error to show.
 */
export async function readManagedPolicy(): Promise<PolicyReading> {
  let raw: Record<string, unknown> = {};
  try {
    const managed = browser.storage.managed;
    if (managed) raw = ((await managed.get()) ?? {}) as Record<string, unknown>;
  } catch {
    raw = {};
  }
  return parsePolicy(raw);
}

/** True when the policy does not let users change `ruleId`. */
export function isLocked(policy: AdminPolicy, ruleId: string): boolean {
  return policy.lockedRules.includes('*') || policy.lockedRules.includes(ruleId);
}
