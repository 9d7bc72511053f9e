import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoAxeViolations, saveScreenshot } from './support/checks';
import { expect, startHarness, test } from './support/harness';
import { activate, tabTo } from './support/keyboard';

// Encrypted backups after the data folder is lost: a first workspace turns the lock on and makes
// a backup, then goes (its folder is deleted). A fresh workspace on the same backup folder lists
// the backup as locked, refuses a wrong passphrase and restores it with the recovery key, by
// keyboard alone, taking on the backup's lock.

const PASSPHRASE = 'kettle banjo meadow';

async function signIn(page: Page, openUrl: string): Promise<void> {
  await page.goto(openUrl);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

test('a locked backup from a lost workspace is restored with its recovery key, by keyboard', async ({
  browser,
}, testInfo) => {
  const backupFolder = mkdtempSync(join(tmpdir(), 'appeal-bundle-e2e-backups-'));
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const first = await startHarness({ APPEAL_BUNDLE_BACKUP_DIR: backupFolder });
    let recoveryKey = '';
    try {
      await signIn(page, first.harness.openUrl);
      recoveryKey = await page.evaluate(async (passphrase) => {
        await window.api.cases.create({ name: 'Maya' });
        const locked = await window.api.lock.setPassphrase({ passphrase });
        await window.api.backups.create({});
        return locked.ok ? locked.value.recoveryKey : '';
      }, PASSPHRASE);
      expect(recoveryKey).not.toBe('');
    } finally {
      // Stopping the harness deletes its data folder: the workspace and its key file are lost.
      await first.stop();
    }

    const second = await startHarness({ APPEAL_BUNDLE_BACKUP_DIR: backupFolder });
    try {
      await signIn(page, second.harness.openUrl);
      await activate(page, page.getByRole('link', { name: 'Backups of your appeals' }));
      const table = page.getByRole('table', { name: 'Backups, newest first' });
      await expect(table).toContainText('Locked with a passphrase');
      await expectNoAxeViolations(page);

      await activate(page, page.getByRole('link', { name: /^Restore the backup from/ }).first());
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Restore this backup?');
      await expect(page.getByText('It is locked with a passphrase.', { exact: false })).toBeVisible();
      await expect(page.getByText('Restoring it also turns the passphrase lock on again')).toBeVisible();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, testInfo, 'backup-locked-restore');

      // Nothing typed, then a wrong passphrase: told so at the field, nothing restored.
      await activate(page, page.getByRole('button', { name: 'Yes, restore this backup' }));
      await expect(page.getByRole('link', { name: 'Enter the passphrase or the recovery key.' })).toBeVisible();
      await typeInto(page, 'Passphrase or recovery key', 'kettle banjo meadoW');
      await activate(page, page.getByRole('button', { name: 'Yes, restore this backup' }));
      await expect(page.getByRole('link', { name: /That passphrase is not right/ })).toBeVisible();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, testInfo, 'backup-locked-wrong-passphrase');

      await typeInto(page, 'Passphrase or recovery key', recoveryKey);
      await activate(page, page.getByRole('button', { name: 'Yes, restore this backup' }));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backup restored');
      await expect(page.getByRole('heading', { name: 'The passphrase lock is on' })).toBeVisible();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, testInfo, 'backup-locked-restored');

      const after = await page.evaluate(async () => {
        const cases = await window.api.cases.list({ sort: 'name' });
        const lock = await window.api.lock.status({});
        return {
          names: cases.ok ? cases.value.map((item) => item.name) : [],
          state: lock.ok ? lock.value.state : 'unknown',
        };
      });
      expect(after).toEqual({ names: ['Maya'], state: 'unlocked' });

      // The backup's passphrase now opens the workspace, which opens the backup like any other.
      await page.evaluate(async () => {
        await window.api.lock.lockNow({});
      });
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Appeal Bundle is locked');
      await typeInto(page, 'Passphrase', PASSPHRASE);
      await activate(page, page.getByRole('button', { name: 'Unlock' }));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Restore this backup?');
      await expect(page.getByText('It has 1 appeal.', { exact: false })).toBeVisible();
    } finally {
      await second.stop();
    }
  } finally {
    await context.close();
    rmSync(backupFolder, { recursive: true, force: true });
  }
});
