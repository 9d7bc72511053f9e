import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/openDatabase';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { AppError } from '../../../shared/api/errors';
import { useTempFolder } from '../../helpers/tempFolder';

const folder = useTempFolder();
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function expectAppError(run: () => unknown, code: string) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    return;
  }
  throw new Error(`expected ${code}`);
}

describe('openDatabase', () => {
  it('creates a workspace with WAL, synchronous=FULL, foreign keys and secure delete', () => {
    const db = openDatabase(join(folder(), 'w.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses a database from a newer app version and leaves the file untouched', () => {
    const file = join(folder(), 'newer.sqlite');
    const newer = new Database(file);
    newer.exec('CREATE TABLE future (x)');
    newer.pragma(`user_version = ${String(MIGRATIONS.length + 5)}`);
    newer.close();
    const before = hash(file);

    expectAppError(() => openDatabase(file), 'DATABASE_TOO_NEW');
    expect(hash(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a file that is not a database, without changing it', () => {
    const file = join(folder(), 'junk.sqlite');
    writeFileSync(file, Buffer.from('This is a letter, not a database. '.repeat(200)));
    const before = hash(file);
    expectAppError(() => openDatabase(file), 'DATABASE_DAMAGED');
    expect(hash(file)).toBe(before);
  });

  it('reopens an existing workspace with its data', () => {
    const file = join(folder(), 'w.sqlite');
    const first = openDatabase(file);
    first.prepare("INSERT INTO cases (id, name, created_at, updated_at) VALUES ('c1', 'Maya', 't', 't')").run();
    first.close();
    const again = openDatabase(file);
    expect(again.prepare('SELECT name FROM cases').pluck().get()).toBe('Maya');
    again.close();
  });
});
