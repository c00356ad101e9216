/**
 * A Node module hook (module.register) that gives the command line and the scripts the same franc
 * models as the extension (see franc-models.mjs): it loads franc's data once as it is and serves
 * the kept languages and trigrams in its place.
 */
import { francDataModule, isFrancData } from './franc-models.mjs';

const ORIGINAL = '?policyvakt-original';

export async function load(url, context, nextLoad) {
  if (!isFrancData(url) || url.endsWith(ORIGINAL)) return nextLoad(url, context);
  const { data } = await import(`${url}${ORIGINAL}`);
  return { format: 'module', source: francDataModule(data), shortCircuit: true };
}
