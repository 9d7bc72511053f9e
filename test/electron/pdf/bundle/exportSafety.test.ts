import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removePartialExports } from '../../../../electron/pdf/bundle/atomicWrite';
import { writeBundle } from '../../../../electron/pdf/bundle/writeBundle';
import { planBundle } from '../../../../shared/bundle/planBundle';
import { buildProgram } from '../../../helpers/buildProgram';
import { buildCase, mixedCaseSpecs } from '../../../fixtures/bundle/bundleCase';
import { pdfinfoPages } from '../../../fixtures/bundle/inspectBundle';
import { BUNDLE_FONT_FILES } from '../../../fixtures/bundle/bundleFontFiles';

// ARCHITECTURE.md / reliability.md B3: the target path holds nothing or the complete file, whether
// the export is cancelled, fails, or its process is killed.

let folder: string;
let program: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'bundle-safety-'));
  program = await buildProgram('test/fixtures/bundle/exportProgram.ts', folder);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function freshFolder(name: string): string {
  const path = join(folder, name);
  mkdirSync(path);
  return path;
}

describe('cancel and failure', () => {
  it('cancelling mid-export leaves no file, not even a temp file', async () => {
    const generated = await buildCase(mixedCaseSpecs());
    const out = freshFolder('cancel');
    const controller = new AbortController();
    const written = writeBundle({
      fontFiles: BUNDLE_FONT_FILES,
      plan: planBundle(generated.input),
      loadSource: generated.loadSource,
      outputPath: join(out, 'bundle.pdf'),
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'copying' && p.done === 2) controller.abort();
      },
    });
    await expect(written).rejects.toThrow(/abort/i);
    expect(readdirSync(out)).toEqual([]);
  });

  it('a source that cannot be read fails the export and leaves no file', async () => {
    const generated = await buildCase(mixedCaseSpecs());
    const out = freshFolder('failure');
    let calls = 0;
    const written = writeBundle({
      fontFiles: BUNDLE_FONT_FILES,
      plan: planBundle(generated.input),
      loadSource: (sha) => (++calls === 3 ? Promise.reject(new Error('disk error')) : generated.loadSource(sha)),
      outputPath: join(out, 'bundle.pdf'),
    });
    await expect(written).rejects.toThrow('disk error');
    expect(readdirSync(out)).toEqual([]);
  });

  it('writing into a folder that does not exist fails cleanly', async () => {
    const generated = await buildCase(mixedCaseSpecs().slice(0, 1));
    const written = writeBundle({
      fontFiles: BUNDLE_FONT_FILES,
      plan: planBundle(generated.input),
      loadSource: generated.loadSource,
      outputPath: join(folder, 'missing', 'b.pdf'),
    });
    await expect(written).rejects.toThrow(/ENOENT/);
  });
});

/** Starts the export program and SIGKILLs it when it reports `phase`; resolves with what it printed. */
function exportThenKill(target: string, phase: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [program, target], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: join(process.cwd(), 'node_modules') },
    });
    let out = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(`phase ${phase}\n`)) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(out);
      else reject(new Error(`export finished before it was killed at "${phase}": ${out} ${errors}`));
    });
  });
}

describe('a killed export process', () => {
  it.each(['copying', 'stamping', 'saving'])('killed while %s: nothing at the target path', async (phase) => {
    const out = freshFolder(`killed-${phase}`);
    const target = join(out, 'bundle.pdf');
    await exportThenKill(target, phase);
    expect(existsSync(target)).toBe(false);
    await removePartialExports(out);
    expect(readdirSync(out)).toEqual([]);
  });

  it('killed as it starts writing: the target is absent or complete, and leftovers are cleared', async () => {
    const out = freshFolder('killed-writing');
    const target = join(out, 'bundle.pdf');
    await exportThenKill(target, 'writing');
    if (existsSync(target)) {
      expect(pdfinfoPages(target)).toBe(2 + 24 * 8);
      expect(createHash('sha256').update(readFileSync(target)).digest('hex')).toHaveLength(64);
    }
    await removePartialExports(out);
    expect(readdirSync(out).filter((n) => n !== 'bundle.pdf')).toEqual([]);
  });
});
