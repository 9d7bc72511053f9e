import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { run, scratchPath, writeScratch } from '../fixtures/externalTools';
import { patternImage } from '../fixtures/imageFixtures';
import { buildPdf } from '../fixtures/pdfFixtures';
import { expectNoAxeViolations, saveScreenshot } from './support/checks';
import { expect, test } from './support/harness';

// Files a family really has, generated here: a report, a phone photo taken sideways (EXIF
// orientation 6) and a council PDF that needs a password to open (made with qpdf).
async function files() {
  const report = await buildPdf('report', [{}, {}]);
  const stored = await patternImage('portrait', 600).rotate(270).png().toBuffer();
  const photo = await sharp(stored).withMetadata({ orientation: 6 }).jpeg({ quality: 90 }).toBuffer();
  const input = writeScratch(await buildPdf('council', [{}]), 'pdf');
  const output = scratchPath('council-locked.pdf');
  if (run('qpdf', ['--encrypt', 'Parent-2026', 'owner-secret', '256', '--', input, output]).status !== 0)
    throw new Error('qpdf failed');
  return [
    { name: '2026-03-14 EP report.pdf', mimeType: 'application/pdf', buffer: Buffer.from(report) },
    { name: 'IMG_4032.JPG', mimeType: 'image/jpeg', buffer: photo },
    { name: 'council-letter.pdf', mimeType: 'application/pdf', buffer: readFileSync(output) },
  ];
}

test('import a PDF, a sideways photo and a locked PDF; turn a page; all still there after a reload', async ({
  app,
}, testInfo) => {
  const created = await app.evaluate(() => window.api.cases.create({ name: 'Maya' }));
  if (!created.ok) throw new Error('could not create the case');
  const caseId = created.value.id;
  await app.goto(new URL(`/#/cases/${caseId}`, app.url()).toString());
  await app.getByRole('link', { name: /^Documents/ }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Documents' })).toBeFocused();

  await app.getByLabel('Choose files').setInputFiles(await files());
  await expect(app.getByText('Finished: 3 files looked at.')).toBeVisible({ timeout: 30_000 });

  const library = app.locator('.app-document-list__item');
  await expect(library).toHaveCount(2);
  await expect(library.getByRole('link', { name: 'EP report' })).toBeVisible();
  await expect(library.getByRole('link', { name: 'IMG 4032' })).toBeVisible();
  await expect(app.getByText('“council-letter.pdf” is protected with a password.', { exact: false })).toBeVisible();
  await expect(app.getByLabel('Password for “council-letter.pdf”')).toBeVisible();
  await expect(app.getByText('Added', { exact: true })).toHaveCount(2);
  await expect(app.getByLabel('Or choose a whole folder')).toHaveAttribute('webkitdirectory', '');
  // Thumbnails are drawn only when the list comes into view.
  await library.last().scrollIntoViewIfNeeded();
  await expect(library.locator('img')).toHaveCount(2, { timeout: 20_000 });
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'documents-after-import');

  // A wrong password says so; the right one adds the file.
  await app.getByLabel('Password for “council-letter.pdf”').fill('parent-2026');
  await app.getByRole('button', { name: 'Open with this password' }).click();
  await expect(app.getByText('That password did not open “council-letter.pdf”.', { exact: false })).toBeVisible({
    timeout: 20_000,
  });
  await expect(app.getByLabel('Password for “council-letter.pdf”')).toBeFocused();
  await app.getByLabel('Password for “council-letter.pdf”').fill('Parent-2026');
  await app.getByRole('button', { name: 'Open with this password' }).click();
  await expect(library).toHaveCount(3, { timeout: 20_000 });

  await library.getByRole('link', { name: 'IMG 4032' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'IMG 4032' })).toBeFocused();
  const firstPage = app.locator('.app-page-grid__item').first();
  await expect(firstPage.locator('img')).toBeVisible({ timeout: 20_000 });
  const turnRight = firstPage.getByRole('button', { name: 'Turn right page 1' });
  await turnRight.focus();
  await app.keyboard.press('Enter');
  await expect(app.getByText('Page 1 turned right.')).toBeVisible();
  // The person can keep turning from the keyboard: focus stays on the button.
  await expect(turnRight).toBeFocused();
  await expect(firstPage.locator('img')).toHaveClass(/app-thumb__img--r90/);
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'document-page-turned');

  await app.reload();
  await expect(app.getByRole('heading', { level: 1, name: 'IMG 4032' })).toBeVisible();
  await expect(app.locator('.app-page-grid__item').first().locator('img')).toHaveClass(/app-thumb__img--r90/, {
    timeout: 20_000,
  });
  await app.getByRole('link', { name: 'Back to documents' }).click();
  await expect(app.locator('.app-document-list__item')).toHaveCount(3);
});

test('document details: the error summary names the problem; saved details show in the library', async ({ app }) => {
  const created = await app.evaluate(() => window.api.cases.create({ name: 'Sam' }));
  if (!created.ok) throw new Error('could not create the case');
  const caseId = created.value.id;
  await app.goto(new URL(`/#/cases/${caseId}/documents`, app.url()).toString());
  const report = await buildPdf('details', [{}, {}, {}]);
  const scan = { name: 'scan0001.pdf', mimeType: 'application/pdf', buffer: Buffer.from(report) };
  await app.getByLabel('Choose files').setInputFiles([scan]);
  await expect(app.locator('.app-document-list__item')).toHaveCount(1);
  // The same file again: a warning with a link to the copy already there, and the choice to add it.
  await app.getByLabel('Choose files').setInputFiles([scan]);
  await expect(app.getByText('Already added', { exact: true })).toBeVisible();
  await expect(app.getByRole('link', { name: 'See the copy you already added' })).toBeVisible();
  await app.getByRole('button', { name: /^Add it anyway/ }).click();
  await expect(app.locator('.app-document-list__item')).toHaveCount(2);
  await app.locator('.app-document-list__item').first().getByRole('link').click();
  await expect(app.getByRole('heading', { level: 1 })).toBeFocused();

  await app.getByLabel('Title').fill('');
  await app.getByLabel('Day').fill('31');
  await app.getByLabel('Month').fill('2');
  await app.getByLabel('Year').fill('2026');
  await app.getByRole('button', { name: 'Save details' }).click();
  const summary = app.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter a title for this document.');
  await expect(summary).toContainText('The date on the document must be a real date');
  await expectNoAxeViolations(app);

  await app.getByLabel('Title').fill('Section F advice');
  await app.getByLabel('Day').fill('28');
  await app.getByLabel('Type of document').selectOption({ label: 'Independent expert report' });
  await app.getByRole('button', { name: 'Save details' }).click();
  await expect(app.getByText('The details have been saved.')).toBeVisible();

  // Pages: remove one, copy two out into a new document, undo on the first.
  await app.getByLabel('Choose page 2').check();
  await app.getByRole('button', { name: 'Remove chosen pages' }).click();
  await expect(app.locator('.app-page-grid__item')).toHaveCount(2);
  await app.getByRole('button', { name: 'Undo all page changes' }).click();
  await expect(app.locator('.app-page-grid__item')).toHaveCount(3);
  await app.getByLabel('Choose page 1').check();
  await app.getByLabel('Choose page 3').check();
  await app.getByRole('button', { name: 'Make a new document from chosen pages' }).click();
  await app.getByLabel('Title for the new document').fill('Pages for the bundle');
  await app.getByRole('button', { name: 'Make the new document' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Pages for the bundle' })).toBeVisible();
  await expect(app.locator('.app-page-grid__item')).toHaveCount(2);

  await app.getByRole('link', { name: 'Back to documents' }).click();
  await app.getByLabel('Show').selectOption({ label: 'Independent expert report' });
  await expect(app.locator('.app-document-list__item')).toHaveCount(2);
  await expect(app.locator('.app-document-list__item').first()).toContainText('28 February 2026');
});
