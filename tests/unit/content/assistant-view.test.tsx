import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Assistant, type AssistantActions, type AssistantView } from '../../../components/Assistant';
import type { Finding } from '../../../lib/engine/types';
import { useSwedishMessages } from '../support/i18n';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'bas.myndighetssprak',
  category: 'plain-language',
  severity: 'warning',
  start: 7,
  end: 14,
  message: 'Skriv hellre ”få” än ”erhålla”.',
  suggestions: ['få'],
  policyRef: { document: 'Myndigheternas skrivregler', section: '1.4', quote: 'Använd enkla ord.' },
  ...over,
});

const view = (over: Partial<AssistantView> = {}): AssistantView => ({
  panelOpen: true,
  position: { top: 10, left: 10, width: 300, maxHeight: 500 },
  identity: { platform: 'facebook', kind: 'official', name: 'Hofors kommun', source: 'cookie i_user' },
  result: {
    language: 'sv',
    lix: 31,
    length: { used: 40, limit: 63206 },
    findings: [
      finding({}),
      finding({ ruleId: 'bas.personnummer', category: 'personal-data', severity: 'error', start: 20, end: 31, suggestions: [] }),
    ],
  },
  fixable: (f) => f.ruleId === 'bas.myndighetssprak',
  notice: undefined,
  banner: undefined,
  guard: undefined,
  ...over,
});

const actions = (): AssistantActions => ({
  applyFix: vi.fn(),
  insertTemplate: vi.fn(),
  dismissBanner: vi.fn(),
  closePanel: vi.fn(),
  guardBack: vi.fn(),
  guardPublish: vi.fn(),
});

let root: HTMLElement;
beforeEach(() => {
  useSwedishMessages();
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root')!;
});

describe('the assistant panel', () => {
  it('marks each finding with its rule, category and severity, and the identity badge', () => {
    render(<Assistant view={view()} actions={actions()} />, root);
    const items = [...root.querySelectorAll('[data-rule-id]')].map((el) => [el.getAttribute('data-rule-id'), el.getAttribute('data-category'), el.getAttribute('data-severity')]);
    expect(items).toEqual([
      ['bas.myndighetssprak', 'plain-language', 'warning'],
      ['bas.personnummer', 'personal-data', 'error'],
    ]);
    expect(root.querySelector('[data-identity]')?.getAttribute('data-identity')).toBe('official');
    expect(root.querySelector('[data-identity]')?.textContent).toBe('Officiellt konto: Hofors kommun');
    expect(root.querySelector('.summary')?.textContent).toBe('Fel: 1, varningar: 1, tips: 0 · LIX 31 (medelsvår) · 63166 tecken kvar · språk: sv');
  });

  it('offers fix buttons only where the editor can replace the span, and calls applyFix', () => {
    const act = actions();
    render(<Assistant view={view()} actions={act} />, root);
    const fixes = root.querySelectorAll<HTMLButtonElement>('[data-action="fix"]');
    expect(fixes).toHaveLength(1);
    fixes[0]!.click();
    expect(act.applyFix).toHaveBeenCalledWith(expect.objectContaining({ ruleId: 'bas.myndighetssprak' }), 'få');
  });

  it('keeps the caret in the composer: mousedown on a button is cancelled', () => {
    render(<Assistant view={view()} actions={actions()} />, root);
    const event = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    root.querySelector('[data-action="fix"]')!.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('shows the policy passage under "Varför?"', async () => {
    render(<Assistant view={view()} actions={actions()} />, root);
    root.querySelector<HTMLButtonElement>('[data-rule-id="bas.personnummer"] [data-action="why"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(root.querySelector('[data-rule-id="bas.personnummer"] .why')?.textContent).toContain('Använd enkla ord.');
  });
});

describe('the banner and the guard', () => {
  it('renders the private-profile warning with its actions', () => {
    const act = actions();
    render(<Assistant view={view({ banner: { quote: 'Använd inte din privata profil i tjänsteärenden.', document: 'Falun', switchUrl: 'https://x.com/account/switch' } })} actions={act} />, root);
    const banner = root.querySelector('[data-testid="private-profile-warning"]')!;
    expect(banner.textContent).toContain('Använd inte din privata profil');
    banner.querySelector<HTMLButtonElement>('[data-action="insert-referral"]')!.click();
    expect(act.insertTemplate).toHaveBeenCalledWith('privateReferral');
    banner.querySelector<HTMLButtonElement>('[data-action="dismiss"]')!.click();
    expect(act.dismissBanner).toHaveBeenCalled();
  });

  it('lists the errors in the guard and hides "Publicera ändå" when the pack forbids it', () => {
    const errors = [finding({ ruleId: 'bas.personnummer', severity: 'error', category: 'personal-data' })];
    render(<Assistant view={view({ guard: { findings: errors, allowPublishAnyway: false } })} actions={actions()} />, root);
    const guard = root.querySelector('[data-testid="submit-guard"]')!;
    expect(guard.querySelectorAll('[data-rule-id="bas.personnummer"]')).toHaveLength(1);
    expect(guard.querySelector('[data-action="publish-anyway"]')).toBeNull();
    expect(guard.querySelector('[data-action="back"]')).not.toBeNull();
  });
});
