/**
 * The `classifier` models Policyvakt ships (lib/eval/train.ts, `npm run train`). Like the sentiment
 * lexicons they are resolved when a pack is loaded, in the background and the command line, so the
 * weights travel to the content scripts with the pack and not in the scripts' code.
 */
import type { LinearModel } from '../engine/rules/classifier';
import type { CLASSIFIER_MODELS } from './schema';
import confidential from './models/sv-confidential.json';
import officialBusiness from './models/sv-official-business.json';
import personalData from './models/sv-personal-data.json';
import personalOpinion from './models/sv-personal-opinion.json';
import tone from './models/sv-tone.json';

export const CLASSIFIER_MODEL_DATA: Record<(typeof CLASSIFIER_MODELS)[number], LinearModel> = {
  'sv-tone': tone,
  'sv-personal-data': personalData,
  'sv-confidential': confidential,
  'sv-official-business': officialBusiness,
  'sv-personal-opinion': personalOpinion,
};
