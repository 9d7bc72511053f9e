import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, openSync, readSync } from 'node:fs';

// Whole-file encryption by SQLite3 Multiple Ciphers (reliability.md A2.5). Its default cipher is
// sqleet's ChaCha20-Poly1305: every page, the WAL and the rollback journal are encrypted and
// authenticated. The key is a random 256-bit data key, never a passphrase, so it is handed over
// raw ("raw:" + 32 bytes) and SQLite3MC's own PBKDF2 step is skipped: the passphrase is stretched
// once with scrypt when the data key is unwrapped (electron/workspace/keyWrapping.ts).

/** A 256-bit data key, or undefined for a workspace without the passphrase lock. */
export type DatabaseKey = Buffer | undefined;

const RAW_PREFIX = Buffer.from('raw:', 'ascii');
const PLAIN_HEADER = Buffer.from('SQLite format 3\u0000', 'latin1');

/** The bytes SQLite3MC takes as a raw key; an empty buffer means "no encryption". */
export function sqliteKey(key: DatabaseKey): Buffer {
  return key ? Buffer.concat([RAW_PREFIX, key]) : Buffer.alloc(0);
}

/**
 * Gives a new connection its key before it reads anything, and keeps temporary tables and sort
 * files in memory: SQLite3MC does not encrypt temp files, so they must never reach the disk.
 */
export function keyConnection(db: Database.Database, key: DatabaseKey): void {
  if (key) {
    const raw = sqliteKey(key);
    try {
      db.key(raw);
    } finally {
      raw.fill(0);
    }
  }
  db.pragma('temp_store = MEMORY');
}

/**
 * Opens an existing database file with its key, without the workspace's durability settings or
 * migrations (backups, and copies being encrypted or decrypted).
 */
export function openDatabaseFile(file: string, key: DatabaseKey, options: { readonly?: boolean } = {}) {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: true });
  try {
    keyConnection(db, key);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * True when a file starts with SQLite's plain header. An encrypted file starts with a random
 * salt instead, so this tells the two apart without a key. A missing or empty file counts as
 * plain: SQLite would start a new, unencrypted database there.
 */
export function isPlainDatabaseFile(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(PLAIN_HEADER.length);
    const read = readSync(fd, head, 0, head.length, 0);
    return read === 0 || head.subarray(0, read).equals(PLAIN_HEADER.subarray(0, read));
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') return true;
    throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * True when `key` opens the database file (no key for a plain one), read-only and without
 * changing a byte: SQLite3MC only finds out that a key is wrong when it reads the first page.
 */
export function keyOpensDatabaseFile(file: string, key: DatabaseKey): boolean {
  let db: Database.Database | undefined;
  try {
    db = openDatabaseFile(file, key, { readonly: true });
    db.pragma('user_version', { simple: true });
    return true;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}
