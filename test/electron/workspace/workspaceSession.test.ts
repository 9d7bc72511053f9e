import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPlainDatabaseFile, openDatabaseFile } from '../../../electron/db/databaseEncryption';
import { AppError, type ErrorCode } from '../../../shared/api/errors';
import { useLockWorkspace, sha256 } from './lockWorkspace';

const workspace = useLockWorkspace();
const PASSPHRASE = 'kettle banjo meadow';

async function expectRefused(pending: unknown, code: ErrorCode): Promise<void> {
  try {
    await pending;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    return;
  }
  throw new Error(`expected ${code}`);
}

const refused = (run: () => unknown, code: ErrorCode) =>
  expectRefused(
    (async () => {
      await Promise.resolve();
      return run();
    })(),
    code,
  );

/** A workspace with one case and the lock on; returns the recovery key. */
async function lockedWithOneCase(w: ReturnType<typeof workspace>) {
  const session = w.session();
  session.services().cases.create({ name: 'Maya' });
  const { recoveryKey, status } = await session.lock.setPassphrase({ passphrase: PASSPHRASE });
  expect(status).toEqual({ state: 'unlocked', idleMinutes: 10 });
  return { session, recoveryKey };
}

describe('workspace session: the passphrase lock', () => {
  it('starts open without a passphrase, and turning the lock on encrypts the workspace in place', async () => {
    const w = workspace();
    const session = w.session();
    expect(session.lock.status({})).toEqual({ state: 'noPassphrase', idleMinutes: null });
    session.services().cases.create({ name: 'Maya' });
    expect(isPlainDatabaseFile(w.databaseFile)).toBe(true);

    const { recoveryKey } = await session.lock.setPassphrase({ passphrase: PASSPHRASE });
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(isPlainDatabaseFile(w.databaseFile)).toBe(false);
    expect(
      session
        .services()
        .cases.list({})
        .map((c) => c.name),
    ).toEqual(['Maya']);
    // The key file holds wrapped keys only: neither secret is in it.
    const keyFile = readFileSync(w.keyFile, 'utf8');
    expect(keyFile).not.toContain(PASSPHRASE);
    expect(keyFile).not.toContain(recoveryKey.replaceAll('-', ''));
    await refused(() => session.lock.setPassphrase({ passphrase: 'another one here' }), 'CONFLICT');
  });

  it('a restart finds it locked: every other call answers LOCKED and the file is not touched', async () => {
    const w = workspace();
    const { session } = await lockedWithOneCase(w);
    session.closeNow();
    const before = sha256(w.databaseFile);
    const again = w.session();
    expect(again.lock.status({})).toEqual({ state: 'locked', idleMinutes: 10 });
    await refused(() => again.services(), 'LOCKED');
    expect(again.closedError()?.code).toBe('LOCKED');
    expect(sha256(w.databaseFile)).toBe(before);
    expect(await again.backUpIfChanged()).toBeUndefined();
  });

  it('a wrong passphrase says so and never opens, creates or changes the database', async () => {
    const w = workspace();
    const { session } = await lockedWithOneCase(w);
    await session.lock.lockNow({});
    const files = readdirSync(w.dataFolder).sort();
    const before = sha256(w.databaseFile);
    for (const wrong of ['kettle banjo meadoW', 'kettle banjo meadow ', 'x']) {
      await refused(() => session.lock.unlock({ passphrase: wrong }), 'WRONG_PASSPHRASE');
    }
    expect(sha256(w.databaseFile)).toBe(before);
    expect(readdirSync(w.dataFolder).sort()).toEqual(files);
    expect(session.lock.status({}).state).toBe('locked');

    await session.lock.unlock({ passphrase: PASSPHRASE });
    expect(
      session
        .services()
        .cases.list({})
        .map((c) => c.name),
    ).toEqual(['Maya']);
  });

  it('with the database file gone, a wrong passphrase creates nothing', async () => {
    const w = workspace();
    const { session } = await lockedWithOneCase(w);
    session.closeNow();
    rmSync(w.databaseFile);
    const again = w.session();
    await refused(() => again.lock.unlock({ passphrase: 'not the passphrase' }), 'WRONG_PASSPHRASE');
    expect(existsSync(w.databaseFile)).toBe(false);
    expect(readdirSync(w.dataFolder).filter((name) => name.startsWith('workspace.sqlite'))).toEqual([]);
  });

  it('an encrypted database without its key file is refused unchanged, never recreated', async () => {
    const w = workspace();
    const { session } = await lockedWithOneCase(w);
    session.closeNow();
    rmSync(w.keyFile);
    const before = sha256(w.databaseFile);
    await refused(() => w.session(), 'DATABASE_DAMAGED');
    expect(sha256(w.databaseFile)).toBe(before);
  });

  it('the recovery key opens it and sets a new passphrase; the old one stops working', async () => {
    const w = workspace();
    const { session, recoveryKey } = await lockedWithOneCase(w);
    await session.lock.lockNow({});
    const wrongKey = recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    await refused(
      () => session.lock.unlockWithRecoveryKey({ recoveryKey: wrongKey, newPassphrase: 'new words entirely' }),
      'WRONG_RECOVERY_KEY',
    );
    expect(session.lock.status({}).state).toBe('locked');

    // Typed in lower case without dashes, as someone might copy it: still accepted.
    const typed = recoveryKey.replaceAll('-', ' ').toLowerCase();
    const status = await session.lock.unlockWithRecoveryKey({
      recoveryKey: typed,
      newPassphrase: 'new words entirely',
    });
    expect(status.state).toBe('unlocked');
    expect(
      session
        .services()
        .cases.list({})
        .map((c) => c.name),
    ).toEqual(['Maya']);

    await session.lock.lockNow({});
    await refused(() => session.lock.unlock({ passphrase: PASSPHRASE }), 'WRONG_PASSPHRASE');
    await session.lock.unlock({ passphrase: 'new words entirely' });
    await session.lock.lockNow({});
    // The recovery key stays the same and keeps working.
    await session.lock.unlockWithRecoveryKey({ recoveryKey, newPassphrase: 'third passphrase' });
    expect(session.lock.status({}).state).toBe('unlocked');
  });

  it('changing the passphrase only rewraps the key: the database file is not rewritten', async () => {
    const w = workspace();
    const { session } = await lockedWithOneCase(w);
    await session.lock.lockNow({});
    await session.lock.unlock({ passphrase: PASSPHRASE });
    const before = sha256(w.databaseFile);
    await refused(
      () => session.lock.changePassphrase({ currentPassphrase: 'wrong one', newPassphrase: 'brand new words' }),
      'WRONG_PASSPHRASE',
    );
    await session.lock.changePassphrase({ currentPassphrase: PASSPHRASE, newPassphrase: 'brand new words' });
    expect(sha256(w.databaseFile)).toBe(before);
    await session.lock.lockNow({});
    await refused(() => session.lock.unlock({ passphrase: PASSPHRASE }), 'WRONG_PASSPHRASE');
    await session.lock.unlock({ passphrase: 'brand new words' });
  });

  it('turning it off needs the passphrase, then stores the workspace and its backups plain, data intact', async () => {
    const w = workspace();
    const { session } = await lockedWithOneCase(w);
    const backup = await session.services().backups.create({});
    expect(isPlainDatabaseFile(join(w.backupFolder, backup.name))).toBe(false);

    await refused(() => session.lock.removePassphrase({ passphrase: 'guess', confirm: true }), 'WRONG_PASSPHRASE');
    expect(isPlainDatabaseFile(w.databaseFile)).toBe(false);

    const status = await session.lock.removePassphrase({ passphrase: PASSPHRASE, confirm: true });
    expect(status).toEqual({ state: 'noPassphrase', idleMinutes: null });
    expect(existsSync(w.keyFile)).toBe(false);
    expect(isPlainDatabaseFile(w.databaseFile)).toBe(true);
    expect(readFileSync(w.databaseFile).includes(Buffer.from('Maya'))).toBe(true);
    expect(
      session
        .services()
        .cases.list({})
        .map((c) => c.name),
    ).toEqual(['Maya']);
    for (const name of readdirSync(w.backupFolder)) expect(isPlainDatabaseFile(join(w.backupFolder, name))).toBe(true);
    // The decrypted backup still restores.
    session.services().cases.create({ name: 'Sam' });
    await session.services().backups.restore({ name: backup.name, confirm: true });
    expect(
      session
        .services()
        .cases.list({})
        .map((c) => c.name),
    ).toEqual(['Maya']);
    // A restart opens it without asking.
    session.closeNow();
    expect(w.session().lock.status({}).state).toBe('noPassphrase');
  });

  it('backups taken with the lock on are encrypted, list their cases, restore, and undo', async () => {
    const w = workspace();
    const session = w.session();
    session.services().cases.create({ name: 'Maya' });
    const plainBefore = await session.services().backups.create({});
    expect(isPlainDatabaseFile(join(w.backupFolder, plainBefore.name))).toBe(true);

    await session.lock.setPassphrase({ passphrase: PASSPHRASE });
    // The backup made before the lock was turned on is encrypted now too.
    for (const name of readdirSync(w.backupFolder)) expect(isPlainDatabaseFile(join(w.backupFolder, name))).toBe(false);

    const services = session.services();
    const backup = await services.backups.create({});
    expect(readFileSync(join(w.backupFolder, backup.name)).includes(Buffer.from('Maya'))).toBe(false);
    services.cases.create({ name: 'Sam' });
    expect(services.backups.list({}).find((b) => b.name === plainBefore.name)?.caseCount).toBe(1);

    const { undo } = await services.backups.restore({ name: backup.name, confirm: true });
    expect(isPlainDatabaseFile(join(w.backupFolder, undo.name))).toBe(false);
    expect(services.cases.list({ sort: 'name' }).map((c) => c.name)).toEqual(['Maya']);
    await services.backups.restore({ name: undo.name, confirm: true });
    expect(services.cases.list({ sort: 'name' }).map((c) => c.name)).toEqual(['Maya', 'Sam']);
    // Without the key, the backup is not even recognised as a database.
    const copy = openDatabaseFile(join(w.backupFolder, backup.name), undefined, { readonly: true });
    expect(() => copy.prepare('SELECT count(*) FROM cases').get()).toThrow(/not a database/);
    copy.close();
  });

  it('locking takes a last backup, closes the workspace, and the idle time is kept in the key file', async () => {
    const w = workspace();
    const { session } = await lockedWithOneCase(w);
    expect(await session.lock.setIdleMinutes({ minutes: 30 })).toEqual({ state: 'unlocked', idleMinutes: 30 });
    session.services().cases.create({ name: 'Sam' });
    const backupsBefore = readdirSync(w.backupFolder).length;
    expect(await session.lock.lockNow({})).toEqual({ state: 'locked', idleMinutes: 30 });
    expect(readdirSync(w.backupFolder).length).toBe(backupsBefore + 1);
    await refused(() => session.lock.setIdleMinutes({ minutes: 5 }), 'LOCKED');
    session.closeNow();
    expect(w.session().lock.status({})).toEqual({ state: 'locked', idleMinutes: 30 });
  });

  it('a key file beside a plain database (turning on was cut short) is removed at start: the lock is off', async () => {
    const w = workspace();
    const { session } = await lockedWithOneCase(w);
    const keys = readFileSync(w.keyFile);
    await session.lock.removePassphrase({ passphrase: PASSPHRASE, confirm: true });
    session.closeNow();
    writeFileSync(w.keyFile, keys);
    const again = w.session();
    expect(again.lock.status({}).state).toBe('noPassphrase');
    expect(existsSync(w.keyFile)).toBe(false);
    expect(
      again
        .services()
        .cases.list({})
        .map((c) => c.name),
    ).toEqual(['Maya']);
  });
});
