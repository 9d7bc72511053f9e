import Database from 'better-sqlite3-multiple-ciphers';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../helpers/buildProgram';

const ROUNDS = 50;
let folder: string;
let program: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'appeal-bundle-crash-'));
  program = await buildProgram('test/fixtures/programs/crashWriter.ts', folder);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the writer until it has acknowledged `stopAfter` saves, then kills it with SIGKILL. */
function writeThenKill(file: string, stopAfter: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [program, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: join(process.cwd(), 'node_modules') },
    });
    const acked: string[] = [];
    let buffer = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
      if (acked.length >= stopAfter) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`writer exited without being killed: ${errors}`));
    });
  });
}

describe('crash safety', () => {
  it(`keeps every acknowledged save and a sound file after SIGKILL, ${String(ROUNDS)} times`, async () => {
    const file = join(folder, 'workspace.sqlite');
    const allAcked: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Vary the moment of death: after 1 to 60 acknowledged saves.
      allAcked.push(...(await writeThenKill(file, 1 + ((round * 37) % 60))));
      const db = new Database(file);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set(db.prepare<[], string>('SELECT id FROM cases').pluck().all());
      const lost = allAcked.filter((id) => !stored.has(id));
      expect(lost, `round ${String(round)}`).toEqual([]);
      db.close();
    }
  }, 240_000);
});
