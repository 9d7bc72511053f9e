import { _electron as electron, test } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWorkspaceJourney } from './journeys/workspaceJourney';

/**
 * The same journey in the real Electron app. The Electron binary is fetched lazily from GitHub,
 * which these CI machines cannot reach, so the spec runs only where a binary is present
 * (node_modules/electron/path.txt after a successful download, or ELECTRON_OVERRIDE_DIST_PATH).
 * It never requires `electron`, which would itself try the download.
 */
const binaryAvailable =
  Boolean(process.env.ELECTRON_OVERRIDE_DIST_PATH) || existsSync(join('node_modules', 'electron', 'path.txt'));

test.skip(
  !binaryAvailable,
  'No Electron binary on this machine (it cannot be downloaded here); the same journey runs in the browser harness.',
);

test('the workspace journey in Electron, with a restart of the app', async ({}, testInfo) => {
  const dataFolder = mkdtempSync(join(tmpdir(), 'appeal-bundle-electron-'));
  const launch = () =>
    electron.launch({ args: ['out/main/index.cjs'], env: { ...process.env, APPEAL_BUNDLE_DATA_DIR: dataFolder } });
  let app = await launch();
  let page = await app.firstWindow();
  try {
    await runWorkspaceJourney(page, testInfo, async () => {
      await app.close();
      app = await launch();
      page = await app.firstWindow();
      return page;
    });
  } finally {
    await app.close();
    rmSync(dataFolder, { recursive: true, force: true });
  }
});
