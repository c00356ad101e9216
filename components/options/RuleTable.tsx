import { browser } from 'wxt/browser';
import { isLocked } from '../../lib/admin/policy';
import { SEVERITY_STRENGTH, type RuleSetting, type RuleSettings } from '../../lib/admin/rule-settings';
import { SEVERITIES, type Severity } from '../../lib/engine/types';
import { t, type MessageName } from '../../lib/i18n';
import type { PackStateReply } from '../../lib/messages';

async function saveSetting(ruleId: string, setting: RuleSetting | undefined): Promise<void> {
  const { ruleSettings = {} } = (await browser.storage.local.get('ruleSettings')) as { ruleSettings?: RuleSettings };
  const next = { ...ruleSettings };
  if (setting) next[ruleId] = setting;
  else delete next[ruleId];
  // The background applies it (and ignores it for a locked rule) and tells the open tabs.
  await browser.storage.local.set({ ruleSettings: next });
}

/** The pack's rules with their levels; users may switch off or soften the ones not locked. */
export function RuleTable({ state, settings }: { state: PackStateReply; settings: RuleSettings }) {
  const { policy } = state.policy;
  return (
    <section aria-labelledby="rules">
      <h2 id="rules">{t('optionsRules')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('optionsRuleColumn')}</th>
            <th>{t('optionsCategoryColumn')}</th>
            <th>{t('optionsSeverityColumn')}</th>
            <th>{t('optionsYourSetting')}</th>
          </tr>
        </thead>
        <tbody>
          {state.basePack.rules.map((rule) => {
            const locked = isLocked(policy, rule.id);
            const setting = settings[rule.id];
            const value = setting?.enabled === false ? 'off' : (setting?.severity ?? '');
            const milder = SEVERITIES.filter((severity) => SEVERITY_STRENGTH[severity] < SEVERITY_STRENGTH[rule.severity]);
            return (
              <tr data-rule-id={rule.id} data-locked={String(locked)}>
                <td>
                  <code>{rule.id}</code>
                  <div class="muted">{rule.policyRef.section}</div>
                </td>
                <td>{t(`category_${rule.category.replace('-', '_')}` as MessageName)}</td>
                <td class={rule.severity}>{rule.enabled ? t(`severity_${rule.severity}` as MessageName) : t('optionsRuleDisabledInPack')}</td>
                <td>
                  {locked ? (
                    <span class="locked">🔒 {t('optionsLocked')}</span>
                  ) : (
                    <select
                      aria-label={`${t('optionsYourSetting')}: ${rule.id}`}
                      value={value}
                      disabled={!rule.enabled}
                      onChange={(event) => {
                        const chosen = (event.target as HTMLSelectElement).value;
                        void saveSetting(rule.id, chosen === '' ? undefined : chosen === 'off' ? { enabled: false } : { severity: chosen as Severity });
                      }}
                    >
                      <option value="">{t('optionsRuleAsPack')}</option>
                      {milder.map((severity) => (
                        <option value={severity}>{t(`severity_${severity}` as MessageName)}</option>
                      ))}
                      <option value="off">{t('optionsRuleOff')}</option>
                    </select>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
