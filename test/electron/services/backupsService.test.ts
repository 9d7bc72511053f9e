import Database from 'better-sqlite3-multiple-ciphers';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackupsService } from '../../../electron/services/backups/backupsService';
import type { CopyDatabase } from '../../../electron/services/backups/takeBackup';
import { AppError } from '../../../shared/api/errors';
import { useTempFolder } from '../../helpers/tempFolder';
import { useWorkspace } from '../../helpers/workspace';

const workspace = useWorkspace();
const tempFolder = useTempFolder();

function setUp(copyDatabase?: CopyDatabase) {
  const ws = workspace();
  const folder = join(tempFolder(), 'Appeal Bundle Backups');
  let clock = Date.parse('2026-11-23T09:00:00.000Z');
  const now = () => new Date((clock += 1000)).toISOString();
  const backups = createBackupsService({ db: ws.db, now }, { folder, copyDatabase });
  return { ...ws, folder, backups, advance: (ms: number) => (clock += ms) };
}

const caseNames = (db: Database.Database) =>
  db.prepare<[], string>('SELECT name FROM cases ORDER BY name').pluck().all();

describe('backups service', () => {
  it('takes a backup while another connection keeps writing; the copy passes integrity_check and opens', async () => {
    const { file, services, backups, folder } = setUp();
    services.cases.create({ name: 'Maya' });
    const other = new Database(file);
    other.pragma('busy_timeout = 5000');
    const insert = other.prepare("INSERT INTO cases (id, name, created_at, updated_at) VALUES (?, 'Writer', 't', 't')");
    let writes = 0;
    const writer = (async () => {
      for (; writes < 1000; writes++) {
        insert.run(`writer-${String(writes)}`);
        if (writes % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const info = await backups.create({});
    await writer;
    other.close();

    const copy = new Database(join(folder, info.name), { readonly: true, fileMustExist: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('foreign_key_check')).toEqual([]);
    const count = copy.prepare<[], number>('SELECT count(*) FROM cases').pluck().get();
    copy.close();
    expect(count).toBe(info.caseCount);
    expect(count).toBeGreaterThanOrEqual(1);
    expect(info).toMatchObject({ kind: 'manual', takenAt: '2026-11-23T09:00:01.000Z' });
    expect(info.sizeBytes).toBeGreaterThan(0);
    // Only whole backups are left in the folder: no temporary or WAL files beside them.
    expect(readdirSync(folder)).toEqual([info.name]);
  });

  it('lists backups newest first with their size and number of appeals', async () => {
    const { services, backups } = setUp();
    services.cases.create({ name: 'Maya' });
    await backups.create({});
    services.cases.create({ name: 'Sam' });
    await backups.create({});
    expect(backups.list({}).map((b) => b.caseCount)).toEqual([2, 1]);
  });

  it('backs up on the schedule only when something changed', async () => {
    const { services, backups } = setUp();
    services.cases.create({ name: 'Maya' });
    expect(await backups.backUpIfChanged()).toMatchObject({ kind: 'automatic', caseCount: 1 });
    expect(await backups.backUpIfChanged()).toBeUndefined();
    services.cases.create({ name: 'Sam' });
    expect(await backups.backUpIfChanged()).toMatchObject({ caseCount: 2 });
  });

  it('rotation keeps the newest 5 of today and one a day for the 14 days before', async () => {
    const { services, backups, advance, folder } = setUp();
    services.cases.create({ name: 'Maya' });
    // Three backups a day for 20 days, then 7 today.
    for (let day = 0; day < 20; day++) {
      for (let i = 0; i < 3; i++) {
        await backups.create({});
        advance(60 * 60 * 1000);
      }
      advance(21 * 60 * 60 * 1000);
    }
    for (let i = 0; i < 7; i++) await backups.create({});
    const kept = backups.list({}).map((b) => b.takenAt.slice(0, 10));
    const today = kept[0];
    expect(kept.filter((day) => day === today)).toHaveLength(5);
    const earlier = kept.filter((day) => day !== today);
    expect(new Set(earlier).size).toBe(earlier.length);
    expect(earlier).toHaveLength(14);
    expect(readdirSync(folder)).toHaveLength(19);
  });

  it('restore replaces the workspace after saving it first, and restoring that copy undoes it', async () => {
    const { db, services, backups } = setUp();
    const maya = services.cases.create({ name: 'Maya' });
    services.notes.create({ caseId: maya.id, body: 'Session one.' });
    services.timeline.setDate({ caseId: maya.id, kind: 'hearing', date: '2027-05-10' });
    const early = await backups.create({});

    services.cases.create({ name: 'Sam' });
    services.cases.rename({ id: maya.id, name: 'Maya J' });
    services.notes.create({ caseId: maya.id, body: 'Session two.' });

    const outcome = await backups.restore({ name: early.name, confirm: true });
    expect(outcome.restoredFrom.name).toBe(early.name);
    expect(outcome.undo).toMatchObject({ kind: 'beforeRestore', caseCount: 2 });
    expect(caseNames(db)).toEqual(['Maya']);
    // The services keep working on the same connection after a restore.
    expect(services.notes.list({ caseId: maya.id }).map((n) => n.body)).toEqual(['Session one.']);
    expect(services.timeline.get({ caseId: maya.id }).entries.map((e) => e.kind)).toEqual(['hearing']);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);

    await backups.restore({ name: outcome.undo.name, confirm: true });
    expect(caseNames(db)).toEqual(['Maya J', 'Sam']);
    expect(services.notes.list({ caseId: maya.id }).map((n) => n.body)).toEqual(['Session two.', 'Session one.']);
  });

  it('a full disk during a backup leaves the workspace untouched and says STORAGE_FULL', async () => {
    const fullDisk: CopyDatabase = (_db, target) => {
      // Half a file written, then the disk is full, as a real ENOSPC would leave it.
      writeFileSync(target, 'SQLite format 3\0partial');
      return Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
    };
    const { db, file, services, backups, folder } = setUp(fullDisk);
    services.cases.create({ name: 'Maya' });
    const before = readFileSync(file);
    const attempt = backups.create({});
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: 'STORAGE_FULL' });
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(folder)).toEqual([]);
    expect(caseNames(db)).toEqual(['Maya']);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // And the work goes on: the next change saves as normal.
    services.cases.create({ name: 'Sam' });
    expect(caseNames(db)).toEqual(['Maya', 'Sam']);
  });

  it('an automatic backup that fails on a full disk is reported until a backup works again', async () => {
    let full = true;
    const sometimesFull: CopyDatabase = (db, target) =>
      full ? Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })) : db.backup(target);
    const { services, backups } = setUp(sometimesFull);
    expect(backups.status()).toEqual({ lastAutomaticFailure: null });
    services.cases.create({ name: 'Maya' });
    await expect(backups.backUpIfChanged()).rejects.toMatchObject({ code: 'STORAGE_FULL' });
    expect(backups.status().lastAutomaticFailure).toEqual({
      at: expect.stringMatching(/^2026-11-23T09:00:\d\d\.000Z$/) as unknown,
      message: expect.stringContaining('not enough space on the disk') as unknown,
    });
    full = false;
    await expect(backups.backUpIfChanged()).resolves.toMatchObject({ kind: 'automatic' });
    expect(backups.status()).toEqual({ lastAutomaticFailure: null });
  });

  it('a restore whose safety copy cannot be made restores nothing', async () => {
    let failNext = false;
    const sometimesFull: CopyDatabase = (db, target) =>
      failNext ? Promise.reject(Object.assign(new Error('full'), { code: 'SQLITE_FULL' })) : db.backup(target);
    const { db, services, backups } = setUp(sometimesFull);
    services.cases.create({ name: 'Maya' });
    const early = await backups.create({});
    services.cases.create({ name: 'Sam' });
    failNext = true;
    await expect(backups.restore({ name: early.name, confirm: true })).rejects.toMatchObject({ code: 'STORAGE_FULL' });
    expect(caseNames(db)).toEqual(['Maya', 'Sam']);
  });

  it('says NOT_FOUND for a backup that is not there', async () => {
    const { backups } = setUp();
    await expect(
      backups.restore({ name: 'appeal-bundle-20260101-000000-000-manual.sqlite', confirm: true }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
