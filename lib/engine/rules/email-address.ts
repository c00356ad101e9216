/**
 * `email-address` (personal data): a private person's e-mail address must not be published. The
 * pack's functional mailboxes and every address at the organisation's own domains are official
 * contact points, and so are role mailboxes of any organisation (info@, kundtjanst@): left alone.
 */
import type { Hit, RuleImplementation } from './rule';

export const emailAddress: RuleImplementation<'email-address'> = {
  kind: 'email-address',
  swedishOnly: false,
  compile(rule) {
    const roleMailboxes = new Set(rule.roleMailboxes.map((name) => name.toLowerCase()));
    return ({ model, pack }) => {
      const official = new Set([...pack.contacts.emails, ...rule.allow].map((address) => address.toLowerCase()));
      const domains = pack.contacts.domains.map((domain) => domain.toLowerCase().replace(/^www\./, ''));
      const hits: Hit[] = [];
      model.tokens.forEach((token, index) => {
        if (token.type !== 'email') return;
        const address = model.lower[index]!;
        const [local = '', domain = ''] = address.split('@');
        if (official.has(address)) return;
        if (domains.some((own) => domain === own || domain.endsWith(`.${own}`))) return;
        if (roleMailboxes.has(local) || roleMailboxes.has(local.split(/[._-]/)[0]!)) return;
        hits.push({ start: token.start, end: token.end });
      });
      return hits;
    };
  },
};
