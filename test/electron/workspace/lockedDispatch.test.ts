import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/main/ipc/handle';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { createServices } from '../../../electron/services/createServices';
import { createWorkspaceSession } from '../../../electron/workspace/workspaceSession';
import { ERROR_MESSAGES } from '../../../shared/api/errors';
import { useTempFolder } from '../../helpers/tempFolder';
import { QUICK_KDF, sha256 } from './lockWorkspace';

const folder = useTempFolder();
const APP = { url: 'app://bundle/index.html' };
const SOME_ID = '00000000-0000-4000-8000-000000000000';

/** The dispatcher exactly as index.ts wires it, over a real session, with a save window we control. */
function app() {
  const dataFolder = join(folder(), 'data');
  mkdirSync(dataFolder, { recursive: true });
  let answerSaveWindow: (path: string | undefined) => void = () => undefined;
  const dialogs = {
    chooseSaveLocation: () =>
      new Promise<string | undefined>((resolve) => {
        answerSaveWindow = resolve;
      }),
    chooseFolder: () => Promise.resolve(undefined),
  };
  const session = createWorkspaceSession({
    databaseFile: join(dataFolder, 'workspace.sqlite'),
    backupFolder: join(folder(), 'backups'),
    log: { error: () => undefined },
    kdf: QUICK_KDF,
    buildServices: (db, databaseKey) =>
      createServices(db, { dialogs, backups: { folder: join(folder(), 'backups'), databaseKey } }),
  });
  session.start();
  const dispatch = createDispatcher({
    handlers: createHandlers(() => session.services(), session.lock),
    isTrustedSender: (sender) => sender.url.startsWith('app://bundle/'),
    log: { error: () => undefined },
    newReference: () => 'REF',
    workspaceClosedError: session.closedError,
  });
  return {
    session,
    dispatch,
    databaseFile: join(dataFolder, 'workspace.sqlite'),
    answerSaveWindow: (path: string) => answerSaveWindow(path),
  };
}

// A valid input for a method of each namespace: only the lock may answer while locked.
const CALLS: [string, unknown][] = [
  ['cases:list', {}],
  ['cases:create', { name: 'Sam' }],
  ['cases:get', { id: SOME_ID }],
  ['documents:list', { caseId: SOME_ID }],
  ['timeline:reminders', {}],
  ['notes:list', { caseId: SOME_ID }],
  ['backups:list', {}],
  ['backups:create', {}],
  ['bundle:history', { caseId: SOME_ID }],
  ['examples:create', {}],
  ['handover:export', { caseId: SOME_ID, passphrase: 'long enough words', includeNotes: false }],
  ['submissions:get', { caseId: SOME_ID }],
];

describe('the API while the workspace is locked', () => {
  it('answers LOCKED to every namespace but the lock, without touching the database', async () => {
    const { session, dispatch, databaseFile } = app();
    session.services().cases.create({ name: 'Maya' });
    await dispatch('lock:setPassphrase', { passphrase: 'kettle banjo meadow' }, APP);
    await dispatch('lock:lockNow', {}, APP);
    const before = sha256(databaseFile);
    for (const [channel, input] of CALLS) {
      const result = await dispatch(channel, input, APP);
      expect(result, channel).toEqual({ ok: false, error: { code: 'LOCKED', message: ERROR_MESSAGES.LOCKED } });
    }
    expect(await dispatch('lock:status', {}, APP)).toEqual({ ok: true, value: { state: 'locked', idleMinutes: 10 } });
    const wrong = await dispatch('lock:unlock', { passphrase: 'kettle banjo' }, APP);
    expect(wrong).toEqual({ ok: false, error: { code: 'WRONG_PASSPHRASE', message: ERROR_MESSAGES.WRONG_PASSPHRASE } });
    expect(sha256(databaseFile)).toBe(before);

    const right = await dispatch('lock:unlock', { passphrase: 'kettle banjo meadow' }, APP);
    expect(right).toEqual({ ok: true, value: { state: 'unlocked', idleMinutes: 10 } });
    const listed = await dispatch('cases:list', {}, APP);
    expect(listed.ok && (listed.value as { name: string }[]).map((c) => c.name)).toEqual(['Maya']);
  });

  it('a call already waiting when the app locks is answered LOCKED, not "something went wrong"', async () => {
    const { session, dispatch, answerSaveWindow } = app();
    const appeal = session.services().cases.create({ name: 'Maya' });
    await dispatch('lock:setPassphrase', { passphrase: 'kettle banjo meadow' }, APP);
    // The save window is open when the idle lock closes the database.
    const saving = dispatch(
      'handover:export',
      { caseId: appeal.id, passphrase: 'another passphrase', includeNotes: false },
      APP,
    );
    await dispatch('lock:lockNow', {}, APP);
    answerSaveWindow(join(folder(), 'Maya.appealcase'));
    expect(await saving).toEqual({ ok: false, error: { code: 'LOCKED', message: ERROR_MESSAGES.LOCKED } });
  });

  it('refuses lock calls with hostile input as VALIDATION, in plain English', async () => {
    const { dispatch } = app();
    const tooShort = await dispatch('lock:setPassphrase', { passphrase: 'short' }, APP);
    expect(tooShort.ok).toBe(false);
    if (!tooShort.ok) expect(tooShort.error.fields?.[0]?.message).toMatch(/at least 8 characters/);
    const badKey = await dispatch(
      'lock:unlockWithRecoveryKey',
      { recoveryKey: 'nope', newPassphrase: 'long enough words' },
      APP,
    );
    expect(badKey.ok).toBe(false);
    if (!badKey.ok) expect(badKey.error.fields?.[0]?.message).toMatch(/8 groups of 4/);
    const idle = await dispatch('lock:setIdleMinutes', { minutes: 7 }, APP);
    expect(idle.ok).toBe(false);
  });
});
