/** Every rule kind the engine knows: the closed set a pack may use. */
import type { RuleKind } from '../../packs/schema';
import { address } from './address';
import { classifier } from './classifier';
import { confidential } from './confidential';
import { emailAddress } from './email-address';
import { existence } from './existence';
import { language } from './language';
import { metric } from './metric';
import { nominalisation } from './nominalisation';
import { occurrence } from './occurrence';
import { officialBusiness } from './official-business';
import { personalOpinion } from './personal-opinion';
import { personnummer } from './personnummer';
import { phoneNumber } from './phone-number';
import { platformLength } from './platform-length';
import type { RuleImplementation } from './rule';
import { sensitiveData } from './sensitive-data';
import { streetAddress } from './street-address';
import { substitution } from './substitution';
import { tone } from './tone';

export const RULE_IMPLEMENTATIONS: { [K in RuleKind]: RuleImplementation<K> } = {
  existence,
  substitution,
  occurrence,
  metric,
  nominalisation,
  personnummer,
  'phone-number': phoneNumber,
  'email-address': emailAddress,
  'street-address': streetAddress,
  'sensitive-data': sensitiveData,
  address,
  confidential,
  tone,
  classifier,
  'platform-length': platformLength,
  language,
  'official-business': officialBusiness,
  'personal-opinion': personalOpinion,
};
