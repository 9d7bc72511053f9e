import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { KDF_PARAMETERS, stretchSecret } from '../services/handover/handoverCrypto';

export { passphraseBytes } from '../services/handover/handoverCrypto';

// The data key that encrypts the workspace is stored only "wrapped": encrypted with AES-256-GCM
// under a key stretched from the passphrase, and again under one stretched from the recovery key
// (reliability.md A2.5). Changing the passphrase rewraps it; the database is not touched.

/** scrypt's cost: the same parameters and reasoning as handover files (handoverCrypto.ts). */
export interface KdfParameters {
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_KDF: KdfParameters = KDF_PARAMETERS;
export const DATA_KEY_BYTES = 32;
const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** One wrapped copy of the data key, as stored in the key file. */
export interface WrappedKey {
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  cipher: { name: 'aes-256-gcm'; nonce: string };
  /** The encrypted data key followed by the GCM tag, base64. */
  wrapped: string;
}

/** Which secret a wrap is for; bound into the tag, so one wrap cannot pass for the other. */
export type WrapPurpose = 'passphrase' | 'recoveryKey';

/**
 * Everything but the wrapped bytes goes into the tag, in a fixed order (not JSON, whose key order
 * could change on a round trip): a changed parameter fails exactly like a wrong secret.
 */
function associatedData(purpose: WrapPurpose, { kdf, cipher }: Omit<WrappedKey, 'wrapped'>): Buffer {
  const fields = ['appeal-bundle-workspace-key', '1', purpose, kdf.name, kdf.N, kdf.r, kdf.p, kdf.salt];
  return Buffer.from([...fields, cipher.name, cipher.nonce].join('|'), 'utf8');
}

export async function wrapKey(
  dataKey: Buffer,
  secret: Uint8Array,
  purpose: WrapPurpose,
  kdf: KdfParameters = DEFAULT_KDF,
): Promise<WrappedKey> {
  const salt = randomBytes(SALT_BYTES);
  const nonce = randomBytes(NONCE_BYTES);
  const header: Omit<WrappedKey, 'wrapped'> = {
    kdf: { name: 'scrypt', N: kdf.N, r: kdf.r, p: kdf.p, salt: salt.toString('base64') },
    cipher: { name: 'aes-256-gcm', nonce: nonce.toString('base64') },
  };
  const kek = await stretchSecret(secret, salt, kdf);
  try {
    const cipher = createCipheriv('aes-256-gcm', kek, nonce, { authTagLength: TAG_BYTES });
    cipher.setAAD(associatedData(purpose, header));
    const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
    return { ...header, wrapped: wrapped.toString('base64') };
  } finally {
    kek.fill(0);
  }
}

/**
 * The data key, or undefined when the secret is wrong (or the wrap was changed): GCM's tag check
 * cannot tell these apart, and the caller says "wrong passphrase" without touching the database.
 */
export async function unwrapKey(
  wrap: WrappedKey,
  secret: Uint8Array,
  purpose: WrapPurpose,
): Promise<Buffer | undefined> {
  const salt = Buffer.from(wrap.kdf.salt, 'base64');
  const nonce = Buffer.from(wrap.cipher.nonce, 'base64');
  const body = Buffer.from(wrap.wrapped, 'base64');
  if (salt.length < SALT_BYTES || nonce.length !== NONCE_BYTES || body.length !== DATA_KEY_BYTES + TAG_BYTES) {
    return undefined;
  }
  const kek = await stretchSecret(secret, salt, wrap.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(associatedData(purpose, { kdf: wrap.kdf, cipher: wrap.cipher }));
    decipher.setAuthTag(body.subarray(DATA_KEY_BYTES));
    return Buffer.concat([decipher.update(body.subarray(0, DATA_KEY_BYTES)), decipher.final()]);
  } catch {
    return undefined;
  } finally {
    kek.fill(0);
  }
}
