import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/api/errors';
import { sha256Hex } from '../../db/repositories/blobsRepo';
import type { Db } from '../../db/openDatabase';
import { migrate, schemaVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { BLOBS_TABLE, CASES_TABLE } from './caseGraph';

export interface IncomingCase {
  db: Db;
  caseId: string;
}

/**
 * Opens the decrypted bytes in memory and checks them before anything touches the workspace: a
 * sound SQLite file, no newer than this app, holding exactly one case whose blobs match their
 * hashes. An older file is migrated in memory. Nothing is written to disk, so no unencrypted copy
 * of the case is left behind (issue 7). The caller closes the database.
 */
export function readCaseDatabase(plain: Uint8Array): IncomingCase {
  const bytes = Buffer.from(plain.buffer, plain.byteOffset, plain.byteLength);
  const newest = MIGRATIONS.at(-1)?.version ?? 0;

  let version: number;
  const probe = openInMemory(bytes, true);
  try {
    if (probe.pragma('integrity_check', { simple: true }) !== 'ok') throw new AppError('HANDOVER_UNREADABLE');
    version = schemaVersion(probe);
  } finally {
    probe.close();
  }
  if (version > newest) throw new AppError('DATABASE_TOO_NEW');
  if (version < 1) throw new AppError('HANDOVER_UNREADABLE');

  const db = openInMemory(bytes, version === newest);
  try {
    if (version < newest) {
      db.pragma('foreign_keys = ON');
      migrate(db, MIGRATIONS);
    }
    return { db, caseId: checkContents(db) };
  } catch (error) {
    db.close();
    throw error;
  }
}

function openInMemory(bytes: Buffer, readonly: boolean): Db {
  try {
    // better-sqlite3 copies the bytes into a private in-memory database.
    return new Database(bytes, { readonly });
  } catch (error) {
    throw new AppError('HANDOVER_UNREADABLE', { cause: error });
  }
}

/** One case, sound references, and every blob's bytes matching its name. Returns the case id. */
function checkContents(db: Db): string {
  try {
    const ids = db.prepare<[], string>(`SELECT id FROM ${CASES_TABLE}`).pluck().all();
    if (ids.length !== 1 || !ids[0]) throw new AppError('HANDOVER_UNREADABLE');
    if ((db.pragma('foreign_key_check') as unknown[]).length > 0) throw new AppError('HANDOVER_UNREADABLE');
    const blobs = db.prepare<[], { sha256: string; data: Buffer }>(`SELECT sha256, data FROM ${BLOBS_TABLE}`);
    for (const blob of blobs.iterate())
      if (sha256Hex(blob.data) !== blob.sha256) throw new AppError('HANDOVER_UNREADABLE');
    return ids[0];
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('HANDOVER_UNREADABLE', { cause: error });
  }
}
