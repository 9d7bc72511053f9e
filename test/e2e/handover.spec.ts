import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations, saveScreenshot } from './support/checks';
import { expect, startHarness, test } from './support/harness';
import { activate } from './support/keyboard';

const PASSPHRASE = 'kettle banjo meadow';

test('hand over a case from one computer and open it on another', async ({ app, harness, browser }, testInfo) => {
  const caseId = await app.evaluate(async () => {
    const created = await window.api.cases.create({ name: 'Maya' });
    if (!created.ok) throw new Error(created.error.message);
    await window.api.cases.updateDetails({ id: created.value.id, council: 'Leeds City Council' });
    await window.api.notes.create({ caseId: created.value.id, body: 'Adviser only' });
    return created.value.id;
  });
  await app.goto(`${harness.origin}/#/cases/${caseId}`);
  await activate(app, app.getByRole('link', { name: /^Hand over this case/ }));
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Hand over this case');

  // Too short, then typed differently: each explained in the error summary.
  await app.getByLabel('Choose a passphrase').fill('short');
  await app.getByRole('button', { name: 'Save the case file' }).click();
  await expect(app.locator('.govuk-error-summary')).toContainText('at least 8 characters');
  await app.getByLabel('Choose a passphrase').fill(PASSPHRASE);
  await app.getByLabel('Type the passphrase again').fill('kettle banjo meadows');
  await app.getByRole('button', { name: 'Save the case file' }).click();
  await expect(app.locator('.govuk-error-summary')).toContainText('The two passphrases are different');
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'handover-export-errors');

  await app.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await expect(app.getByLabel('Include my session notes')).not.toBeChecked();
  await activate(app, app.getByRole('button', { name: 'Save the case file' }));
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Case file saved');
  await expect(app.getByText('Your session notes are not in the file.')).toBeVisible();
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'handover-export-saved');
  const downloads = join(harness.dataFolder, 'downloads');
  expect(readdirSync(downloads)).toEqual(['Maya.appealcase']);
  const caseFile = join(downloads, 'Maya.appealcase');

  // A second computer: a fresh harness with an empty workspace.
  const other = await startHarness();
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(other.harness.openUrl);
    await activate(page, page.getByRole('link', { name: 'Open a case file' }));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open a case file');
    await page.getByRole('button', { name: 'Open the case file' }).click();
    await expect(page.locator('.govuk-error-summary')).toContainText('Choose the case file');
    await expectNoAxeViolations(page);

    await page.getByLabel('Case file').setInputFiles(caseFile);
    await page.getByLabel('Passphrase').fill('kettle banjo');
    await page.getByRole('button', { name: 'Open the case file' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'The passphrase is wrong, or the file has been changed or damaged',
    );
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'handover-import-wrong-passphrase');

    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await activate(page, page.getByRole('button', { name: 'Open the case file' }));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maya');
    await expect(page.getByText('The case from the file has been added.')).toBeVisible();
    await expect(page.getByText('Leeds City Council')).toBeVisible();
    await saveScreenshot(page, testInfo, 'handover-import-done');
    const notes = await page.evaluate(async (id) => {
      const listed = await window.api.notes.list({ caseId: id });
      return listed.ok ? listed.value.length : -1;
    }, caseId);
    expect(notes).toBe(0);

    // The same file again: the person must choose; here they keep both.
    await page.goto(`${other.harness.origin}/#/open-case-file`);
    await page.getByLabel('Case file').setInputFiles(caseFile);
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Open the case file' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This case is already on this computer');
    await expect(page.getByRole('radio', { name: 'Replace with the newer' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('.govuk-error-summary')).toContainText('Choose what to do');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'handover-import-choice');
    await page.getByRole('radio', { name: 'Keep both' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maya (from case file)');
    await page.goto(`${other.harness.origin}/#/`);
    const active = page.getByRole('table', { name: 'Active appeals' });
    await expect(active).toContainText('Maya (from case file)');
    await expect(active.getByRole('row')).toHaveCount(3);
  } finally {
    await context.close();
    await other.stop();
  }
});
