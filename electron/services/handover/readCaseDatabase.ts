import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { sha256Hex } from '../../db/repositories/blobsRepo';
import { openDatabase, type Db } from '../../db/openDatabase';
import { schemaVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { BLOBS_TABLE, CASES_TABLE } from './caseGraph';

export interface IncomingCase {
  db: Db;
  caseId: string;
}

/**
 * Writes the decrypted bytes to a temp file and checks them before anything touches the
 * workspace: a sound SQLite file, no newer than this app, holding exactly one case whose blobs
 * match their hashes. An older file is migrated as a copy. The caller closes the database.
 */
export function readCaseDatabase(plain: Uint8Array, folder: string): IncomingCase {
  const received = join(folder, 'received.sqlite');
  writeFileSync(received, plain, { mode: 0o600 });
  const newest = MIGRATIONS.at(-1)?.version ?? 0;

  let version: number;
  const probe = openReadOnly(received);
  try {
    if (probe.pragma('integrity_check', { simple: true }) !== 'ok') throw new AppError('HANDOVER_UNREADABLE');
    version = schemaVersion(probe);
  } finally {
    probe.close();
  }
  if (version > newest) throw new AppError('DATABASE_TOO_NEW');
  if (version < 1) throw new AppError('HANDOVER_UNREADABLE');

  let db: Db;
  if (version < newest) {
    const migrated = join(folder, 'migrated.sqlite');
    copyFileSync(received, migrated);
    db = openDatabase(migrated);
  } else {
    db = openReadOnly(received);
  }
  try {
    return { db, caseId: checkContents(db) };
  } catch (error) {
    db.close();
    throw error;
  }
}

function openReadOnly(path: string): Db {
  try {
    return new Database(path, { readonly: true, fileMustExist: true });
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
