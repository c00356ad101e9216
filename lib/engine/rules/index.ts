/** Every rule kind the engine knows: the closed set a pack may use. */
import type { RuleKind } from '../../packs/schema';
import { address } from './address';
import { confidential } from './confidential';
import { existence } from './existence';
import { language } from './language';
import { metric } from './metric';
import { occurrence } from './occurrence';
import { officialBusiness } from './official-business';
import { personnummer } from './personnummer';
import { platformLength } from './platform-length';
import type { RuleImplementation } from './rule';
import { substitution } from './substitution';
import { tone } from './tone';

export const RULE_IMPLEMENTATIONS: { [K in RuleKind]: RuleImplementation<K> } = {
  existence,
  substitution,
  occurrence,
  metric,
  personnummer,
  address,
  confidential,
  tone,
  'platform-length': platformLength,
  language,
  'official-business': officialBusiness,
};
