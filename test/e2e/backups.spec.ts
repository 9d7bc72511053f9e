import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expectNoAxeViolations, saveScreenshot } from './support/checks';
import { expect, startHarness, test } from './support/harness';
import { activate } from './support/keyboard';

test('back up now, restore a backup and undo the restore', async ({ app }, testInfo) => {
  await app.evaluate(async () => {
    await window.api.cases.create({ name: 'Maya' });
  });
  await app.reload();
  await activate(app, app.getByRole('link', { name: 'Backups of your appeals' }));
  await expect(app.getByText('There are no backups yet.')).toBeVisible();

  await activate(app, app.getByRole('button', { name: 'Back up now' }));
  await expect(app.getByRole('status').filter({ hasText: 'Backup made' })).toContainText('(made by you)');
  const table = app.getByRole('table', { name: 'Backups, newest first' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('1 appeal');
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'backups-list');

  // Add a second appeal after the backup, then restore the backup: Sam goes, and comes back on undo.
  await app.evaluate(async () => {
    await window.api.cases.create({ name: 'Sam' });
  });
  await app.getByRole('link', { name: /^Restore the backup from/ }).click();
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Restore this backup?');
  await expectNoAxeViolations(app);
  await app.getByRole('button', { name: 'Yes, restore this backup' }).click();
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Backup restored');
  await expect(app.getByText('Restore it to undo')).toBeVisible();
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'backup-restored');

  const names = () =>
    app.evaluate(async () => {
      const listed = await window.api.cases.list({ sort: 'name' });
      return listed.ok ? listed.value.map((item) => item.name) : [];
    });
  expect(await names()).toEqual(['Maya']);

  // Undo straight away, from the same page.
  await activate(app, app.getByRole('button', { name: 'Undo this restore' }));
  await expect(app.locator('.govuk-panel')).toContainText('(saved before a restore)');
  expect(await names()).toEqual(['Maya', 'Sam']);
  await app.getByRole('link', { name: 'Go to your appeals' }).click();
  const active = app.getByRole('table', { name: 'Active appeals' });
  await expect(active).toContainText('Sam');
  await expect(active).toContainText('Maya');
});

test('an automatic backup that fails is shown on the workspace and backups screens', async ({ browser }, testInfo) => {
  // The backups "folder" sits inside a plain file, so every backup fails, as a broken disk would.
  const blocker = join(mkdtempSync(join(tmpdir(), 'appeal-bundle-e2e-blocker-')), 'not-a-folder');
  writeFileSync(blocker, 'a file where the backups folder should be');
  const { harness, stop } = await startHarness({
    APPEAL_BUNDLE_BACKUP_DIR: join(blocker, 'backups'),
    APPEAL_BUNDLE_BACKUP_INTERVAL_MS: '300',
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(harness.openUrl);
    await page.evaluate(async () => {
      await window.api.cases.create({ name: 'Maya' });
    });
    // The schedule tries within a second; the screen shows the failure once it has happened.
    await expect(async () => {
      await page.reload();
      await expect(page.getByText(/The automatic backup at .* did not work/)).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    await expect(
      page.getByText('Your appeals are safe, but your latest changes are not in a backup yet.'),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'workspace-backup-failed');

    await activate(page, page.getByRole('link', { name: 'Go to backups to try again' }));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backups of your appeals');
    await expect(page.getByText(/The automatic backup at .* did not work/)).toBeVisible();
    await expect(page.getByText('Use “Back up now” to try again.')).toBeVisible();
    await expectNoAxeViolations(page);
  } finally {
    await context.close();
    await stop();
    rmSync(dirname(blocker), { recursive: true, force: true });
  }
});
