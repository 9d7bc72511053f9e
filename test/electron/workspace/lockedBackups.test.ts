import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPlainDatabaseFile } from '../../../electron/db/databaseEncryption';
import { AppError, type ErrorCode } from '../../../shared/api/errors';
import { sha256, useLockWorkspace } from './lockWorkspace';

// Encrypted backups stay restorable when the data folder is lost: the key file's copy in the
// backup folder opens them with the passphrase or the recovery key they were made with. A
// workspace without a lock takes on the backup's lock; one with its own lock keeps it.

const workspace = useLockWorkspace();
const PASSPHRASE = 'kettle banjo meadow';
/** The child in the lost workspace, and in the fresh one: neither may be left in plain text. */
const CANARY = 'Zephyrine Quillfeather';
const FRESH_CANARY = 'Ottoline Brackenbury';
const needles = (name: string) => [Buffer.from(name, 'utf8'), Buffer.from(name, 'utf16le')];

type Workspace = ReturnType<typeof workspace>;

async function refused(pending: Promise<unknown>, code: ErrorCode): Promise<void> {
  const error: unknown = await pending.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

const hashes = (w: Workspace) =>
  Object.fromEntries([...filesUnder(w.dataFolder), ...filesUnder(w.backupFolder)].map((f) => [f, sha256(f)]));

const filesWith = (w: Workspace, name: string) =>
  [...filesUnder(w.dataFolder), ...filesUnder(w.backupFolder)].filter((file) =>
    needles(name).some((needle) => readFileSync(file).includes(needle)),
  );

const caseNames = (session: ReturnType<Workspace['session']>) =>
  session
    .services()
    .cases.list({ sort: 'name' })
    .map((c) => c.name);

/** A locked workspace with the canary child and a backup, then its data folder lost. */
async function lostDataFolder(w: Workspace) {
  const first = w.session();
  first.services().cases.create({ name: CANARY });
  const { recoveryKey } = await first.lock.setPassphrase({ passphrase: PASSPHRASE });
  await first.services().backups.create({});
  await first.lock.lockNow({});
  rmSync(w.dataFolder, { recursive: true });
  mkdirSync(w.dataFolder);
  return { recoveryKey };
}

describe('encrypted backups after the data folder is lost', () => {
  it('list as locked, refuse a wrong secret unchanged, and restore with the recovery key, taking on the lock', async () => {
    const w = workspace();
    const { recoveryKey } = await lostDataFolder(w);

    const fresh = w.session();
    expect(fresh.lock.status({}).state).toBe('noPassphrase');
    fresh.services().cases.create({ name: FRESH_CANARY });
    const listed = fresh.services().backups.list({});
    expect(listed.length).toBeGreaterThanOrEqual(1);
    expect(listed.every((backup) => backup.locked && backup.caseCount === null)).toBe(true);
    const name = listed[0]?.name ?? '';
    // The ordinary restore cannot open it.
    await expect(fresh.services().backups.restore({ name, confirm: true })).rejects.toThrow();

    const before = hashes(w);
    const wrongKey = recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    await refused(
      fresh.services().backups.restoreLocked({ name, confirm: true, secret: 'kettle banjo meadoW' }),
      'WRONG_PASSPHRASE',
    );
    await refused(
      fresh.services().backups.restoreLocked({ name, confirm: true, secret: wrongKey }),
      'WRONG_RECOVERY_KEY',
    );
    expect(hashes(w)).toEqual(before);
    expect(fresh.lock.status({}).state).toBe('noPassphrase');
    expect(existsSync(w.keyFile)).toBe(false);
    expect(caseNames(fresh)).toEqual([FRESH_CANARY]);
    // Control for the canary scan below: the fresh workspace is plain, so the scan finds its child.
    fresh.closeNow();
    expect(filesWith(w, FRESH_CANARY)).toContain(w.databaseFile);

    const again = w.session();
    const outcome = await again
      .services()
      .backups.restoreLocked({ name, confirm: true, secret: recoveryKey.toLowerCase() });
    expect(outcome).toMatchObject({ lockAdopted: true, restoredFrom: { name } });
    expect(outcome.undo).toMatchObject({ kind: 'beforeRestore', caseCount: 1, locked: false });
    expect(caseNames(again)).toEqual([CANARY]);
    expect(again.lock.status({})).toEqual({ state: 'unlocked', idleMinutes: 10 });
    // The workspace now has the backup's lock: its key file is the copy, everything is encrypted.
    const copies = readdirSync(w.backupFolder).filter((file) => file.startsWith('appeal-bundle-keys-'));
    expect(copies).toHaveLength(1);
    expect(readFileSync(w.keyFile, 'utf8')).toBe(readFileSync(join(w.backupFolder, copies[0] ?? ''), 'utf8'));
    expect(isPlainDatabaseFile(w.databaseFile)).toBe(false);
    const backups = again.services().backups.list({});
    expect(backups.some((backup) => backup.locked)).toBe(false);
    for (const backup of backups) expect(isPlainDatabaseFile(join(w.backupFolder, backup.name))).toBe(false);

    // After a restart it is locked, and the passphrase the backup was made with opens it.
    await again.lock.lockNow({});
    const restarted = w.session();
    expect(restarted.lock.status({}).state).toBe('locked');
    await restarted.lock.unlock({ passphrase: PASSPHRASE });
    expect(caseNames(restarted)).toEqual([CANARY]);
    // The restore can be undone: the fresh workspace's child comes back, still encrypted.
    await restarted.services().backups.restore({ name: outcome.undo.name, confirm: true });
    expect(caseNames(restarted)).toEqual([FRESH_CANARY]);
    await restarted.lock.lockNow({});

    expect(filesWith(w, CANARY)).toEqual([]);
    expect(filesWith(w, FRESH_CANARY)).toEqual([]);
  });

  it('restore with the passphrase into a workspace with its own lock, which keeps it', async () => {
    const w = workspace();
    await lostDataFolder(w);
    const fresh = w.session();
    fresh.services().cases.create({ name: FRESH_CANARY });
    await fresh.lock.setPassphrase({ passphrase: 'a new lock entirely' });
    const ownKeyFile = readFileSync(w.keyFile, 'utf8');
    // Both locks' copies are kept: the new lock did not take away what opens the old backups.
    expect(readdirSync(w.backupFolder).filter((file) => file.startsWith('appeal-bundle-keys-'))).toHaveLength(2);
    const locked = fresh
      .services()
      .backups.list({})
      .filter((backup) => backup.locked);
    const name = locked[0]?.name ?? '';
    expect(name).not.toBe('');

    const outcome = await fresh.services().backups.restoreLocked({ name, confirm: true, secret: PASSPHRASE });
    expect(outcome.lockAdopted).toBe(false);
    expect(caseNames(fresh)).toEqual([CANARY]);
    expect(readFileSync(w.keyFile, 'utf8')).toBe(ownKeyFile);

    await fresh.lock.lockNow({});
    const restarted = w.session();
    await refused(restarted.lock.unlock({ passphrase: PASSPHRASE }), 'WRONG_PASSPHRASE');
    await restarted.lock.unlock({ passphrase: 'a new lock entirely' });
    expect(caseNames(restarted)).toEqual([CANARY]);

    // Turning this lock off decrypts its own backups and removes its copy; the old lock's backups
    // are not its to decrypt, and keep theirs.
    await restarted.lock.removePassphrase({ passphrase: 'a new lock entirely', confirm: true });
    expect(readdirSync(w.backupFolder).filter((file) => file.startsWith('appeal-bundle-keys-'))).toHaveLength(1);
    expect(isPlainDatabaseFile(join(w.backupFolder, name))).toBe(false);
    expect(
      restarted
        .services()
        .backups.list({})
        .filter((backup) => backup.locked)
        .map((backup) => backup.name),
    ).toContain(name);
  });
});
