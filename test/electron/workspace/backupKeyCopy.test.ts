import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPlainDatabaseFile } from '../../../electron/db/databaseEncryption';
import { useLockWorkspace } from './lockWorkspace';

// The copy of the key file kept beside the backups (backupKeyCopies.ts): written with every change
// to the key file, so backups stay restorable when the data folder is lost, and removed when the
// lock is turned off and its backups are decrypted.

const workspace = useLockWorkspace();
const PASSPHRASE = 'kettle banjo meadow';

const keyCopies = (folder: string) =>
  existsSync(folder) && statSync(folder).isDirectory()
    ? readdirSync(folder).filter((name) => name.startsWith('appeal-bundle-keys-'))
    : [];

/** The one key copy in the backup folder, which must match the key file byte for byte. */
function expectCopyInStep(w: ReturnType<typeof workspace>): string {
  const copies = keyCopies(w.backupFolder);
  expect(copies).toHaveLength(1);
  const copy = join(w.backupFolder, copies[0] ?? '');
  expect(readFileSync(copy, 'utf8')).toBe(readFileSync(w.keyFile, 'utf8'));
  return copy;
}

describe('the key file copy in the backup folder', () => {
  it('is written with the lock and every change to the key file, and removed when the lock is turned off', async () => {
    const w = workspace();
    const session = w.session();
    session.services().cases.create({ name: 'Maya' });
    expect(keyCopies(w.backupFolder)).toEqual([]);

    const { recoveryKey } = await session.lock.setPassphrase({ passphrase: PASSPHRASE });
    const copy = expectCopyInStep(w);
    expect(readFileSync(copy, 'utf8')).not.toContain(PASSPHRASE);

    await session.lock.changePassphrase({ currentPassphrase: PASSPHRASE, newPassphrase: 'second set of words' });
    expect(expectCopyInStep(w)).toBe(copy);
    await session.lock.setIdleMinutes({ minutes: 30 });
    expect(expectCopyInStep(w)).toBe(copy);
    expect(JSON.parse(readFileSync(copy, 'utf8'))).toMatchObject({ idleMinutes: 30 });
    await session.lock.lockNow({});
    await session.lock.unlockWithRecoveryKey({ recoveryKey, newPassphrase: 'third set of words' });
    expect(expectCopyInStep(w)).toBe(copy);

    // A lock turned on before copies were kept has none: unlocking writes it.
    rmSync(copy);
    await session.lock.lockNow({});
    await session.lock.unlock({ passphrase: 'third set of words' });
    expect(expectCopyInStep(w)).toBe(copy);

    await session.services().backups.create({});
    await session.lock.removePassphrase({ passphrase: 'third set of words', confirm: true });
    expect(existsSync(w.keyFile)).toBe(false);
    expect(keyCopies(w.backupFolder)).toEqual([]);
  });

  it('if the copy cannot be written the lock is not turned on, and nothing changes', async () => {
    const w = workspace();
    const session = w.session();
    session.services().cases.create({ name: 'Maya' });
    // A file where the backup folder should be: nothing can be written there, as on a broken disk.
    writeFileSync(w.backupFolder, 'not a folder');
    await expect(session.lock.setPassphrase({ passphrase: PASSPHRASE })).rejects.toThrow();
    expect(session.lock.status({})).toEqual({ state: 'noPassphrase', idleMinutes: null });
    expect(existsSync(w.keyFile)).toBe(false);
    expect(isPlainDatabaseFile(w.databaseFile)).toBe(true);
    expect(
      session
        .services()
        .cases.list({})
        .map((c) => c.name),
    ).toEqual(['Maya']);
  });
});
