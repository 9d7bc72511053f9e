import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Harness {
  /** The /open?token=... link that signs the browser in. */
  openUrl: string;
  origin: string;
  dataFolder: string;
}

/** Starts the built browser harness on a free loopback port with a fresh workspace folder. */
export async function startHarness(
  extraEnv: Record<string, string> = {},
): Promise<{ harness: Harness; stop: () => Promise<void> }> {
  const dataFolder = mkdtempSync(join(tmpdir(), 'appeal-bundle-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [`${process.env.APPEAL_BUNDLE_OUT ?? 'out'}/harness/server.mjs`],
    {
      env: { ...process.env, ...extraEnv, APPEAL_BUNDLE_DATA_DIR: dataFolder, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const openUrl = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`harness exited with ${String(code)}: ${output}`)));
  });
  const stop = async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    rmSync(dataFolder, { recursive: true, force: true });
  };
  return { harness: { openUrl, origin: new URL(openUrl).origin, dataFolder }, stop };
}

/** Each test gets its own harness and empty workspace, and a page already signed in. */
export const test = base.extend<{ harness: Harness; app: Page }>({
  harness: async ({}, use) => {
    const { harness, stop } = await startHarness();
    await use(harness);
    await stop();
  },
  app: async ({ page, harness }, use) => {
    await page.goto(harness.openUrl);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await use(page);
  },
});

export { expect };
