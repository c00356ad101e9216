/**
 * The pack in force. A new pack (an admin's update, an imported file) replaces it only when the new
 * one loads completely, tests included; otherwise the previous pack stays in force and the problems
 * are kept so that they can be shown with when they happened.
 */
import { type LoadOptions, type LoadResult, loadPack } from './load';
import type { PackProblem } from './problems';
import type { Pack } from './schema';

export interface Rejection {
  at: Date;
  problems: PackProblem[];
}

export class PackStore {
  #current: Pack;
  #lastRejection: Rejection | undefined;

  constructor(initial: Pack) {
    this.#current = initial;
  }

  get pack(): Pack {
    return this.#current;
  }

  get lastRejection(): Rejection | undefined {
    return this.#lastRejection;
  }

  /** Loads `input`; on success it becomes the pack in force, on failure nothing changes. */
  offer(input: unknown, options: LoadOptions = {}, now: Date = new Date()): LoadResult {
    let result: LoadResult;
    try {
      result = loadPack(input, options);
    } catch (error) {
      // A loader bug must not cost the user the working pack either.
      result = { ok: false, problems: [{ path: '', message: `could not be loaded: ${(error as Error).message}` }] };
    }
    if (result.ok) {
      this.#current = result.pack;
      this.#lastRejection = undefined;
    } else {
      this.#lastRejection = { at: now, problems: result.problems };
    }
    return result;
  }
}
