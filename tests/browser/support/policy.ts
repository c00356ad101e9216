/**
 * A managed policy for the test browser, the way an admin sets one on Linux: a JSON file in
 * /etc/chromium/policies/managed/ with the extension's settings under "3rdparty". Chromium reads it
 * at start-up. Only this file is written and it is removed again, whatever the test's outcome.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'policyvakt-test.json');

/** The id Chromium gives an unpacked extension: SHA-256 of its absolute path, 32 hex digits written a–p. */
export function unpackedExtensionId(directory: string): string {
  const hex = createHash('sha256').update(directory).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export function writeManagedPolicy(extensionId: string, settings: Record<string, unknown>): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: settings } } }, null, 2));
}

export function removeManagedPolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}
