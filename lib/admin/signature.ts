/**
 * Detached Ed25519 signatures for rule packs, with WebCrypto (the same code in the extension's
 * background and in the command line). Keys and signatures travel as base64: the public key as its
 * 32 raw bytes, the private key as PKCS #8, the signature as its 64 bytes. A pack is signed as the
 * exact bytes that are served, so nothing has to be canonicalised.
 */
const ALGORITHM = { name: 'Ed25519' } as const;

export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  for (const byte of view) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function generateKeyPair(): Promise<{ publicKey: string; privateKey: string }> {
  const pair = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  return {
    publicKey: toBase64(await crypto.subtle.exportKey('raw', pair.publicKey)),
    privateKey: toBase64(await crypto.subtle.exportKey('pkcs8', pair.privateKey)),
  };
}

export async function sign(bytes: Uint8Array<ArrayBuffer>, privateKey: string): Promise<string> {
  const key = await crypto.subtle.importKey('pkcs8', fromBase64(privateKey), ALGORITHM, false, ['sign']);
  return toBase64(await crypto.subtle.sign(ALGORITHM, key, bytes));
}

/** True when `signature` over `bytes` was made by one of `trustedKeys`. Malformed input is false. */
export async function verify(bytes: Uint8Array<ArrayBuffer>, signature: string, trustedKeys: readonly string[]): Promise<boolean> {
  let signatureBytes: Uint8Array<ArrayBuffer>;
  try {
    signatureBytes = fromBase64(signature);
  } catch {
    return false;
  }
  for (const trusted of trustedKeys) {
    try {
      const key = await crypto.subtle.importKey('raw', fromBase64(trusted), ALGORITHM, false, ['verify']);
      if (await crypto.subtle.verify(ALGORITHM, key, signatureBytes, bytes)) return true;
    } catch {
      // A malformed key in the policy is skipped; the others may still match.
    }
  }
  return false;
}

export async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
