/**
 * `email-address` (personal data): a private person's e-mail address must not be published. The
 * pack's functional mailboxes and every address at the organisation's own domains are official
 * contact points, and so are role mailboxes of any organisation (info@, kundtjanst@) and a function
 * named in one word at an organisation's domain (bygglov@exempelkommun.se, simhallen@…): left alone.
 * A given name (anna@…), a name with dots or digits, or a consumer mail service is a person's.
 */
import type { Hit, RuleImplementation } from './rule';

/** Mail services that people use privately: an address there is a person's, whatever its name. */
const CONSUMER_DOMAINS = /(?:^|\.)(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|mac|aol|protonmail|proton|telia|spray|bredband|bredband2|comhem|tele2|passagen|home|gmx|mail|yandex)\.[a-z]{2,}$/u;
const ONE_WORD = /^\p{L}+(?:-\p{L}+)*$/u;

/** "bygglov@exempelkommun.se": one word that is not a given name, at an organisation's domain. */
function functionMailbox(local: string, domain: string, names: ReadonlySet<string>): boolean {
  if (CONSUMER_DOMAINS.test(domain) || !ONE_WORD.test(local) || local.length < 4) return false;
  const capitalised = local[0]!.toUpperCase() + local.slice(1);
  return !names.has(capitalised);
}

export const emailAddress: RuleImplementation<'email-address'> = {
  kind: 'email-address',
  swedishOnly: false,
  ownWordingOnly: false,
  compile(rule) {
    const roleMailboxes = new Set(rule.roleMailboxes.map((name) => name.toLowerCase()));
    return ({ model, pack, names }) => {
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
        if (functionMailbox(local, domain, names)) return;
        hits.push({ start: token.start, end: token.end });
      });
      return hits;
    };
  },
};
