import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import { DEFAULT_IDLE_MINUTES } from '../../shared/api/schemas';
import { writeFileAtomic } from '../services/files/writeFileAtomic';
import { flushFolder } from '../services/files/syncToDisk';

// workspace.keys.json, beside the database: present exactly when the passphrase lock is on. It
// holds the data key wrapped twice (never in plain text), which cipher encrypts the database, and
// the idle time, which is not secret. It is written atomically and durably *before* the database
// is encrypted, and removed only *after* it has been decrypted, so an encrypted workspace never
// exists without the key file that opens it (reliability.md A1.5, the Signal lesson).

export const KEY_FILE_NAME = 'workspace.keys.json';

/** The key file that belongs to a workspace database. */
export function keyFileFor(databaseFile: string): string {
  return join(dirname(databaseFile), KEY_FILE_NAME);
}

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);
const powerOfTwo = (n: number) => (n & (n - 1)) === 0;

// Limits on what the file may ask for: the KDF runs before the passphrase can be checked, so an
// edited file must not be able to make it take minutes or gigabytes.
const wrapSchema = z.object({
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z
      .int()
      .min(2 ** 14)
      .max(2 ** 20)
      .refine(powerOfTwo),
    r: z.int().min(1).max(32),
    p: z.int().min(1).max(16),
    salt: base64,
  }),
  cipher: z.object({ name: z.literal('aes-256-gcm'), nonce: base64 }),
  wrapped: base64,
});

const keyFileSchema = z.object({
  format: z.literal(1),
  /** SQLite3 Multiple Ciphers' default (sqleet's ChaCha20-Poly1305), keyed with the raw data key. */
  database: z.object({ cipher: z.literal('chacha20') }),
  /** Kept lenient so a choice added by a later version does not lock anyone out. */
  idleMinutes: z
    .int()
    .min(1)
    .max(24 * 60),
  passphrase: wrapSchema,
  recoveryKey: wrapSchema,
});

export type KeyFile = z.infer<typeof keyFileSchema>;

export function hasKeyFile(file: string): boolean {
  return existsSync(file);
}

/** The key file, or DATABASE_DAMAGED if it is not one: nothing else is touched. */
export function readKeyFile(file: string): KeyFile {
  try {
    return keyFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new AppError('DATABASE_DAMAGED', { cause: error });
  }
}

/** Replaces the key file whole, and makes the change durable before returning. */
export function writeKeyFile(file: string, contents: KeyFile): void {
  writeFileAtomic(file, `${JSON.stringify(keyFileSchema.parse(contents), null, 2)}\n`);
  flushFolder(dirname(file));
}

export function removeKeyFile(file: string): void {
  rmSync(file, { force: true });
  flushFolder(dirname(file));
}

export const NEW_KEY_FILE_DEFAULTS = {
  format: 1,
  database: { cipher: 'chacha20' },
  idleMinutes: DEFAULT_IDLE_MINUTES,
} as const;
