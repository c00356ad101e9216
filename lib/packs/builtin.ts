/**
 * The built-in packs, shipped with the extension and the command line. They are validated and their
 * rules' tests run like any other pack's the first time one is asked for.
 */
import bas from './builtin/bas.json';
import falun from './builtin/falun.json';
import hofors from './builtin/hofors.json';
import { loadPack } from './load';
import { problemToString } from './problems';
import type { Pack } from './schema';

const BUILTIN_SOURCES: Record<string, unknown> = { bas, hofors, falun };

export const BUILTIN_PACK_IDS = Object.keys(BUILTIN_SOURCES) as ReadonlyArray<string>;

export function builtinPackSource(id: string): unknown {
  return BUILTIN_SOURCES[id];
}

const cache = new Map<string, Pack>();

/** A built-in pack, resolved. Throws when the id is unknown or the pack is broken (a build error). */
export function builtinPack(id: string): Pack {
  const cached = cache.get(id);
  if (cached) return cached;
  const source = BUILTIN_SOURCES[id];
  if (source === undefined) throw new Error(`No built-in pack "${id}". Built-in packs: ${BUILTIN_PACK_IDS.join(', ')}`);
  const result = loadPack(source, { lookup: builtinPackSource });
  if (!result.ok) throw new Error(`Built-in pack "${id}" is broken:\n${result.problems.map(problemToString).join('\n')}`);
  cache.set(id, result.pack);
  return result.pack;
}
