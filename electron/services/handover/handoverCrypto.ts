import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import { decodeFile, encodeHeader, TAG_BYTES, type HandoverHeader } from './handoverFormat';

/**
 * scrypt at N=2^17, r=8, p=1: about 128 MiB and a few tenths of a second per try, so guessing a
 * passphrase offline is slow (the scrypt paper suggests 2^20 for files; 2^17 keeps a laptop from
 * 2015 responsive). The parameters travel in the header, so they can be raised without breaking
 * older files.
 */
export const KDF_PARAMETERS = { N: 2 ** 17, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const KEY_BYTES = 32;

/** A passphrase as bytes, in NFC: the same words typed on a Mac and on Windows can reach us as different code points. */
export function passphraseBytes(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

/** A 256-bit key from a secret with scrypt; also wraps the workspace key of the passphrase lock. */
export function stretchSecret(
  secret: Uint8Array,
  salt: Buffer,
  kdf: { N: number; r: number; p: number },
): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; maxmem is set just above that so Node does not refuse it.
  const options: ScryptOptions = { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 128 * kdf.N * kdf.r + 32 * 1024 * 1024 };
  return new Promise((resolve, reject) => {
    // The asynchronous form runs on libuv's thread pool, so the window stays responsive meanwhile.
    scrypt(secret, salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

const deriveKey = (passphrase: string, salt: Buffer, kdf: { N: number; r: number; p: number }) =>
  stretchSecret(passphraseBytes(passphrase), salt, kdf);

/** Encrypts the case database's bytes with a key from the passphrase; returns the whole file. */
export async function sealHandover(plain: Uint8Array, passphrase: string): Promise<Buffer> {
  const salt = randomBytes(SALT_BYTES);
  const nonce = randomBytes(NONCE_BYTES);
  const header: HandoverHeader = {
    kdf: { name: 'scrypt', ...KDF_PARAMETERS, salt: salt.toString('base64') },
    cipher: { name: 'aes-256-gcm', nonce: nonce.toString('base64') },
  };
  const aad = encodeHeader(header);
  const key = await deriveKey(passphrase, salt, KDF_PARAMETERS);
  try {
    const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([aad, body, cipher.getAuthTag()]);
  } finally {
    key.fill(0);
  }
}

/**
 * Decrypts a handover file. Whatever is wrong (not our format, a changed byte anywhere, a wrong
 * passphrase) the person sees the same message: the cipher cannot tell these apart, and neither
 * should an attacker.
 */
export async function openHandover(file: Uint8Array, passphrase: string): Promise<Buffer> {
  const decoded = decodeFile(file);
  if (!decoded) throw new AppError('HANDOVER_UNREADABLE');
  const { header, aad, ciphertext, tag } = decoded;
  const salt = Buffer.from(header.kdf.salt, 'base64');
  const nonce = Buffer.from(header.cipher.nonce, 'base64');
  if (salt.length < SALT_BYTES || nonce.length !== NONCE_BYTES) throw new AppError('HANDOVER_UNREADABLE');
  let key: Buffer | undefined;
  try {
    key = await deriveKey(passphrase, salt, header.kdf);
    const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    // final() throws unless the tag matches, so no unauthenticated byte is ever used.
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch (error) {
    throw new AppError('HANDOVER_UNREADABLE', { cause: error });
  } finally {
    key?.fill(0);
  }
}
