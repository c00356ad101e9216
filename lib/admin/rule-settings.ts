/**
 * What a user may change in the pack in force: switch a rule off or make it milder (error → warning
 * → info), never stricter-looking-but-weaker tricks and never a rule the admin has locked.
 */
import type { Severity } from '../engine/types';
import type { Pack } from '../packs/schema';
import { type AdminPolicy, isLocked } from './policy';

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}
export type RuleSettings = Record<string, RuleSetting>;

/** How strongly a severity holds the writer back; a user may only move a rule down this scale. */
export const SEVERITY_STRENGTH: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** True when `setting` only weakens `rule` (or restores it): what users may do with unlocked rules. */
export function isSoftening(rule: { severity: Severity }, setting: RuleSetting): boolean {
  return setting.severity === undefined || SEVERITY_STRENGTH[setting.severity] <= SEVERITY_STRENGTH[rule.severity];
}

/**
 * The pack with the user's settings applied. Settings for locked rules, for rules the pack does not
 * have, or that would make a rule stricter are left out and listed in `ignored`, so the options page
 * can say why a switch has no effect.
 */
export function applyRuleSettings(pack: Pack, settings: RuleSettings, policy: AdminPolicy): { pack: Pack; ignored: string[] } {
  const ignored: string[] = [];
  const known = new Set(pack.rules.map((rule) => rule.id));
  for (const id of Object.keys(settings)) if (!known.has(id)) ignored.push(id);
  const rules = pack.rules.map((rule) => {
    const setting = settings[rule.id];
    if (!setting || (setting.enabled === undefined && setting.severity === undefined)) return rule;
    if (isLocked(policy, rule.id) || !isSoftening(rule, setting)) {
      ignored.push(rule.id);
      return rule;
    }
    return {
      ...rule,
      ...(setting.enabled === false ? { enabled: false } : {}),
      ...(setting.severity ? { severity: setting.severity } : {}),
    };
  });
  return { pack: { ...pack, rules }, ignored };
}

/**
 * The effective pack as a pack file that loads on its own: everything inherited written out, so an
 * admin can read exactly what is checked, or hand it on.
 */
export function exportablePack(pack: Pack): Record<string, unknown> {
  const { lineage: _lineage, ...rest } = pack;
  return { $schema: 'https://policyvakt.se/rule-pack.schema.json', ...rest };
}
