/**
 * Pack problems as an admin reads them: a path into the JSON file and what is wrong there,
 * e.g. `rules[3].severity: expected error | warning | info`.
 */
import type { z } from 'zod';

export interface PackProblem {
  /** Path into the pack, e.g. "rules[3].severity"; "" for the pack as a whole. */
  path: string;
  message: string;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) out += out ? `.${String(key)}` : String(key);
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

export function joinPath(base: string, rest: string): string {
  if (!base) return rest;
  if (!rest) return base;
  return rest.startsWith('[') ? base + rest : `${base}.${rest}`;
}

export function problemToString(problem: PackProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

const describe = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'object' ? 'object' : typeof value;

/** One message per zod issue, worded for people who write JSON by hand. */
function issueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? `required (expected ${issue.expected})` : `expected ${issue.expected}, got ${describe(input)}`;
    case 'invalid_value':
      return `expected ${issue.values.map(String).join(' | ')}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? 'must not be empty'
          : issue.inclusive === false
            ? `must be greater than ${String(issue.minimum)}`
            : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.inclusive === false ? `must be less than ${String(issue.maximum)}` : `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      // Our own regex checks carry a message that says what is expected; zod's own formats do not.
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : `expected a valid ${issue.format}`;
    case 'invalid_union': {
      const note = (issue as { note?: string }).note;
      if (note === 'No matching discriminator') return `unknown rule kind: ${describe(input) === 'string' ? `"${String(input)}"` : describe(input)}`;
      return issue.message;
    }
    default:
      return issue.message;
  }
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

export function zodProblems(error: z.ZodError, input: unknown, basePath = ''): PackProblem[] {
  return error.issues.map((issue) => {
    let path = issue.path;
    // A rule with an unknown kind: point at its "kind" field.
    if (issue.code === 'invalid_union' && (issue as { note?: string }).note === 'No matching discriminator') {
      const discriminator = (issue as { discriminator?: string }).discriminator ?? 'kind';
      if (path[path.length - 1] !== discriminator) path = [...path, discriminator];
    }
    return { path: joinPath(basePath, formatPath(path)), message: issueMessage(issue, valueAt(input, path)) };
  });
}
