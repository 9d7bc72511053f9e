import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPlainDatabaseFile } from '../../../electron/db/databaseEncryption';
import type { Db } from '../../../electron/db/openDatabase';
import { createServices } from '../../../electron/services/createServices';
import { createWorkspaceSession } from '../../../electron/workspace/workspaceSession';
import { randomInt, seededRandom } from '../../fixtures/seededRandom';
import { buildProgram } from '../../helpers/buildProgram';
import { QUICK_KDF } from './lockWorkspace';

// Issue 7: turning the lock on or off must be safe against a crash at any point. A child process
// switches a real workspace (cases, notes, backups) and is killed with SIGKILL at a random moment;
// the workspace must then open in one of the two states, whole, and pass integrity_check.

const PASSPHRASE = 'kettle banjo meadow';
const CASES = 150;
const ROUNDS = { on: 14, off: 8 } as const;
let root: string;
let program: string;

interface Folders {
  data: string;
  backups: string;
}

const foldersIn = (folder: string): Folders => ({ data: join(folder, 'data'), backups: join(folder, 'backups') });

/** Opens a workspace the way the app does, keeping hold of the database for checks. */
function openSession(folders: Folders) {
  mkdirSync(folders.data, { recursive: true });
  const opened: { db?: Db } = {};
  const session = createWorkspaceSession({
    databaseFile: join(folders.data, 'workspace.sqlite'),
    backupFolder: folders.backups,
    log: { error: () => undefined },
    kdf: QUICK_KDF,
    buildServices: (db, databaseKey) => {
      opened.db = db;
      return createServices(db, {
        dialogs: {
          chooseSaveLocation: () => Promise.resolve(undefined),
          chooseFolder: () => Promise.resolve(undefined),
        },
        backups: { folder: folders.backups, databaseKey },
      });
    },
  });
  session.start();
  return { session, db: () => opened.db };
}

/** A plain workspace of a few megabytes, with two backups, and the same with the lock on. */
async function makeTemplates(): Promise<{ plain: string; locked: string }> {
  const plain = join(root, 'template-plain');
  const { session } = openSession(foldersIn(plain));
  const services = session.services();
  for (let i = 0; i < CASES; i++) {
    const appeal = services.cases.create({ name: `Child ${String(i)}` });
    services.notes.create({ caseId: appeal.id, body: `Session ${String(i)}: ${'notes '.repeat(2500)}` });
    if (i % 75 === 0) await services.backups.create({});
  }
  session.closeNow();
  const locked = join(root, 'template-locked');
  cpSync(plain, locked, { recursive: true });
  const lockedSession = openSession(foldersIn(locked)).session;
  await lockedSession.lock.setPassphrase({ passphrase: PASSPHRASE });
  await lockedSession.lock.lockNow({});
  lockedSession.closeNow();
  return { plain, locked };
}

/** Runs the switcher; kills it `killAfterMs` after it says "ready" (or lets it finish). */
function runSwitcher(folders: Folders, mode: 'on' | 'off', killAfterMs?: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [program, folders.data, folders.backups, mode], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Native modules resolve from the project's node_modules, not from the temp folder.
      env: { ...process.env, NODE_PATH: join(process.cwd(), 'node_modules') },
    });
    let output = '';
    let errors = '';
    let readyAt = 0;
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (readyAt === 0 && output.includes('ready\n')) {
        readyAt = performance.now();
        if (killAfterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' || (code === 0 && output.includes('done\n'))) resolve(performance.now() - readyAt);
      else reject(new Error(`the switcher failed (${String(code)}): ${errors}`));
    });
  });
}

/** Whatever the moment of death, the workspace opens in one of the two states, whole. */
async function expectWhole(folders: Folders): Promise<'noPassphrase' | 'unlocked'> {
  const { session, db } = openSession(folders);
  const state = session.lock.status({}).state;
  expect(['noPassphrase', 'locked']).toContain(state);
  if (state === 'locked') await session.lock.unlock({ passphrase: PASSPHRASE });
  const encrypted = state === 'locked';
  expect(isPlainDatabaseFile(join(folders.data, 'workspace.sqlite'))).toBe(!encrypted);
  expect(db()?.pragma('integrity_check', { simple: true })).toBe('ok');
  const services = session.services();
  expect(services.cases.list({}).length).toBe(CASES);
  // Leftovers are gone, and every backup matches the workspace and can be read.
  expect(readdirSync(folders.data).filter((name) => name.endsWith('.converting'))).toEqual([]);
  const backups = services.backups.list({});
  expect(backups.length).toBeGreaterThanOrEqual(2);
  for (const backup of backups) {
    expect(backup.caseCount).not.toBeNull();
    expect(isPlainDatabaseFile(join(folders.backups, backup.name))).toBe(!encrypted);
  }
  session.closeNow();
  return encrypted ? 'unlocked' : 'noPassphrase';
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'appeal-bundle-lock-crash-'));
  program = await buildProgram('test/fixtures/programs/lockSwitcher.ts', root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('passphrase lock: a crash while turning it on or off', () => {
  it('leaves a workspace that opens in one of the two states and passes integrity_check', async () => {
    const templates = await makeTemplates();
    const random = seededRandom(7);
    const seen = new Set<string>();
    for (const mode of ['on', 'off'] as const) {
      const template = mode === 'on' ? templates.plain : templates.locked;
      // How long a whole switch takes here, so the kills spread over all of it.
      const whole = join(root, `${mode}-whole`);
      cpSync(template, whole, { recursive: true });
      const duration = await runSwitcher(foldersIn(whole), mode);
      seen.add(`${mode}:${await expectWhole(foldersIn(whole))}`);
      for (let round = 0; round < ROUNDS[mode]; round++) {
        const folder = join(root, `${mode}-${String(round)}`);
        cpSync(template, folder, { recursive: true });
        await runSwitcher(foldersIn(folder), mode, randomInt(random, 0, Math.ceil(duration * 1.1)));
        seen.add(`${mode}:${await expectWhole(foldersIn(folder))}`);
        rmSync(folder, { recursive: true, force: true });
      }
    }
    // Both outcomes happened for both directions, so the kills landed before and after the switch.
    expect([...seen].sort()).toEqual(['off:noPassphrase', 'off:unlocked', 'on:noPassphrase', 'on:unlocked']);
  }, 240_000);
});
