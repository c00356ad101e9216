/**
 * A pack as an admin hands it over (a file, a policy value, a download): JSON text or an object,
 * loaded whole with its rules' tests, and able to extend a built-in pack.
 */
import { builtinPackSource } from '../packs/builtin';
import { loadPack } from '../packs/load';
import type { PackProblem } from '../packs/problems';
import type { Pack } from '../packs/schema';

export type PackTextResult = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

export function loadPackInput(input: unknown): PackTextResult {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (error) {
      return { ok: false, problems: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }] };
    }
  }
  try {
    return loadPack(json, { lookup: builtinPackSource });
  } catch (error) {
    // A loader bug must not cost the user the working pack.
    return { ok: false, problems: [{ path: '', message: `could not be loaded: ${(error as Error).message}` }] };
  }
}

/** The day `date` falls on where the user is, as the pack's `expires` writes days (2027-06-30). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** True once the last day the pack may be used has passed. */
export function isExpired(pack: Pack, now: Date): boolean {
  return pack.expires !== undefined && localDay(now) > pack.expires;
}
