/**
 * Where a subscribed pack may come from: HTTPS, so that the pack cannot be changed on the way, or
 * plain HTTP on this machine only, for an admin trying a pack out before publishing it.
 */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Why `url` cannot be subscribed to, or undefined when it can. */
export function checkPackUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not a URL`;
  }
  if (parsed.protocol === 'https:') return undefined;
  if (parsed.protocol === 'http:' && LOCAL_HOSTS.has(parsed.hostname)) return undefined;
  return `"${url}" is not HTTPS (plain HTTP is allowed for localhost only)`;
}

/** The detached signature's address: the pack's path with ".sig" added, as "policyvakt pack sign" names it. */
export function signatureUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname += '.sig';
  return parsed.toString();
}
