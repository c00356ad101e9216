/**
 * Which pack is in force, by precedence: the admin's policy > a subscribed URL > an imported file >
 * a built-in pack. A source is used when it holds a good pack; a source that is set but broken is
 * reported and the last good pack it had stays in force (or, if it never had one, the next source).
 *
 * Pure: the background reads storage and the managed policy and hands them in (pack-manager.ts).
 */
import { BUILTIN_PACK_IDS, builtinPack } from '../packs/builtin';
import { joinPath, type PackProblem } from '../packs/problems';
import type { Pack } from '../packs/schema';
import { isExpired, loadPackInput, type PackTextResult } from './pack-text';
import type { PolicyReading } from './policy';
import { applyRuleSettings, type RuleSettings } from './rule-settings';
import type { FailureCause, SubscribedPack } from './subscription';

export const PACK_SOURCES = ['policy', 'subscription', 'file', 'builtin'] as const;
export type PackSourceKind = (typeof PACK_SOURCES)[number];

export const DEFAULT_BUILTIN_ID = 'bas';

export interface SourceProblem {
  source: PackSourceKind;
  /** When it happened (ms since epoch). */
  at: number;
  cause: FailureCause | 'builtin-unknown';
  detail: string;
  problems: PackProblem[];
}

export interface ImportedPack {
  text: string;
  fileName: string;
  importedAt: number;
}

export interface PolicyPackKept {
  text: string;
  at: number;
}

/** What the background keeps in storage.local about packs (see pack-manager.ts for the keys). */
export interface StoredPackState {
  builtinPackId?: string;
  userPackUrl?: string;
  subscription?: SubscribedPack;
  importedPack?: ImportedPack;
  policyPack?: PolicyPackKept;
  ruleSettings?: RuleSettings;
  /** Failures of the subscription, recorded when the fetch happened. */
  subscriptionProblem?: SourceProblem;
}

export interface PackOrigin {
  source: PackSourceKind;
  url?: string;
  fileName?: string;
  /** When the pack's bytes were accepted (subscription, import, policy). */
  since?: number;
  /** When the subscription was last read successfully. */
  checkedAt?: number;
  signed?: boolean;
}

export interface PackInForce {
  /** The pack the engine uses: the source's pack with the user's allowed settings applied. */
  pack: Pack;
  /** The source's pack as the admin wrote it (before the user's settings). */
  basePack: Pack;
  origin: PackOrigin;
  /** The subscription URL in effect (the policy's, else the user's if allowed). */
  packUrl?: string;
  problems: SourceProblem[];
  /** Rule settings that were not applied: locked, unknown, or not a softening. */
  ignoredSettings: string[];
  /** The inline policy pack to keep as last good, when it loaded and differs from the kept one. */
  keepPolicyPack?: PolicyPackKept;
}

export interface ResolveOptions {
  now: Date;
  /** Loads pack text; the background passes a cached loader (tests run on every load). */
  load?: (input: unknown) => PackTextResult;
}

export function resolvePackInForce(reading: PolicyReading, stored: StoredPackState, options: ResolveOptions): PackInForce {
  const { policy } = reading;
  const load = options.load ?? loadPackInput;
  const now = options.now.getTime();
  const problems: SourceProblem[] = [];
  let chosen: { pack: Pack; origin: PackOrigin } | undefined;
  let keepPolicyPack: PolicyPackKept | undefined;
  if (reading.problems.length > 0) {
    problems.push({ source: 'policy', at: now, cause: 'invalid', detail: 'some policy keys could not be used', problems: reading.problems });
  }

  // 1. The policy's inline pack; if it is broken, the last good one it set.
  if (policy.pack !== undefined) {
    const text = typeof policy.pack === 'string' ? policy.pack : JSON.stringify(policy.pack);
    const loaded = load(policy.pack);
    if (loaded.ok) {
      chosen = { pack: loaded.pack, origin: { source: 'policy', since: stored.policyPack?.text === text ? stored.policyPack.at : now } };
      if (stored.policyPack?.text !== text) keepPolicyPack = { text, at: now };
    } else {
      problems.push({ source: 'policy', at: now, cause: 'invalid', detail: 'the pack in the policy is not a valid pack', problems: loaded.problems.map((p) => ({ ...p, path: joinPath('policy.pack', p.path) })) });
      const kept = stored.policyPack ? load(stored.policyPack.text) : undefined;
      if (kept?.ok) chosen = { pack: kept.pack, origin: { source: 'policy', since: stored.policyPack!.at } };
    }
  }

  // 2. The subscription: the policy's URL, or the user's when users may choose packs.
  const packUrl = policy.packUrl ?? (policy.allowUserPacks ? stored.userPackUrl : undefined);
  if (packUrl !== undefined) {
    const problem = stored.subscriptionProblem;
    if (problem) problems.push(problem);
    const record = stored.subscription;
    const usable = record && record.url === packUrl && (record.signed || !policy.signatureRequired);
    if (usable && !chosen) {
      const loaded = load(record.text);
      if (loaded.ok) {
        chosen = {
          pack: loaded.pack,
          origin: { source: 'subscription', url: packUrl, since: record.fetchedAt, checkedAt: record.checkedAt, signed: record.signed },
        };
        if (isExpired(loaded.pack, options.now) && problem?.cause !== 'expired') {
          // Kept in force (a stale pack checks more than none) and said plainly, so the admin publishes a new one.
          problems.push({
            source: 'subscription',
            at: now,
            cause: 'expired',
            detail: `version ${loaded.pack.version} expired on ${loaded.pack.expires}; it stays in force until a newer pack is published`,
            problems: [],
          });
        }
      } else {
        // Kept bytes that no longer load (an extension update changed a built-in pack they extend).
        problems.push({ source: 'subscription', at: now, cause: 'invalid', detail: `the kept copy of ${packUrl} no longer loads`, problems: loaded.problems });
      }
    }
  }

  // 3. An imported file, when users may choose packs.
  if (stored.importedPack && policy.allowUserPacks && !chosen) {
    const loaded = load(stored.importedPack.text);
    if (loaded.ok) chosen = { pack: loaded.pack, origin: { source: 'file', fileName: stored.importedPack.fileName, since: stored.importedPack.importedAt } };
    else problems.push({ source: 'file', at: now, cause: 'invalid', detail: `${stored.importedPack.fileName} no longer loads`, problems: loaded.problems });
  }

  // 4. A built-in pack: the admin's choice, else the user's, else bas.
  if (!chosen) {
    let id = policy.builtinPack ?? stored.builtinPackId ?? DEFAULT_BUILTIN_ID;
    if (!BUILTIN_PACK_IDS.includes(id)) {
      problems.push({
        source: 'builtin',
        at: now,
        cause: 'builtin-unknown',
        detail: `there is no built-in pack "${id}"; built-in packs: ${BUILTIN_PACK_IDS.join(', ')}`,
        problems: [],
      });
      id = DEFAULT_BUILTIN_ID;
    }
    chosen = { pack: builtinPack(id), origin: { source: 'builtin' } };
  }

  const { pack, ignored } = applyRuleSettings(chosen.pack, stored.ruleSettings ?? {}, policy);
  return {
    pack,
    basePack: chosen.pack,
    origin: chosen.origin,
    ...(packUrl === undefined ? {} : { packUrl }),
    problems,
    ignoredSettings: ignored,
    ...(keepPolicyPack ? { keepPolicyPack } : {}),
  };
}
