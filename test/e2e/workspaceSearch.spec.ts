import { expectNoAxeViolations, saveScreenshot } from './support/checks';
import { expect, test } from './support/harness';
import { activate, tabTo } from './support/keyboard';

test('search and filter the workspace by name, council and Tribunal reference', async ({ app }, testInfo) => {
  await app.evaluate(async () => {
    const make = async (name: string, council: string, tribunalReference: string, archived = false) => {
      const created = await window.api.cases.create({ name });
      if (!created.ok) throw new Error(created.error.message);
      await window.api.cases.updateDetails({ id: created.value.id, council, tribunalReference });
      if (archived) await window.api.cases.setArchived({ id: created.value.id, archived: true });
    };
    await make('Maya', 'Surrey County Council', 'EH936/23/00567');
    await make('Sam', 'Kent County Council', '');
    await make('Ali', 'Surrey County Council', '', true);
  });
  await app.reload();

  // Keyboard only: tab to the search box, type, press Enter.
  const box = app.getByRole('searchbox', { name: 'Search your appeals' });
  await tabTo(app, box);
  await app.keyboard.type('surrey');
  await app.keyboard.press('Enter');
  const status = app.getByRole('status').filter({ hasText: 'found' });
  await expect(status).toHaveText('2 appeals found matching “surrey”.');
  const results = app.getByRole('table', { name: 'Appeals found' });
  await expect(results.getByRole('row')).toHaveCount(3);
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'workspace-search');

  // Narrow to archived appeals with the "Show" list.
  await app.getByLabel('Show').selectOption('archived');
  await activate(app, app.getByRole('button', { name: 'Search' }));
  await expect(status).toHaveText('1 appeal found matching “surrey” in archived appeals.');
  await expect(results).toContainText('Ali');

  // A Tribunal reference, and SQL wildcards that must match nothing.
  await box.fill('EH936/23');
  await app.getByLabel('Show').selectOption('all');
  await app.getByRole('button', { name: 'Search' }).click();
  await expect(status).toHaveText('1 appeal found matching “EH936/23”.');
  await box.fill('%');
  await app.getByRole('button', { name: 'Search' }).click();
  await expect(status).toHaveText('No appeals found matching “%”.');

  await app.getByRole('link', { name: 'Clear search and show all appeals' }).click();
  await expect(app.getByRole('table', { name: 'Active appeals' })).toBeVisible();
});

test('the council and Tribunal reference are changed from the case page; an unusual reference is kept with a warning', async ({
  app,
}, testInfo) => {
  const id = await app.evaluate(async () => {
    const created = await window.api.cases.create({ name: 'Maya' });
    if (!created.ok) throw new Error(created.error.message);
    return created.value.id;
  });
  await app.goto(new URL(`/#/cases/${id}`, app.url()).toString());
  await activate(app, app.getByRole('link', { name: 'Change council' }));
  await app.getByLabel('Which council made the decision?').fill('Surrey County Council');
  await app.keyboard.press('Enter');
  await expect(app.getByText('The council has been saved.')).toBeVisible();

  await app.getByRole('link', { name: 'Change Tribunal reference' }).click();
  await app.getByLabel('What is the Tribunal’s reference for this appeal?').fill('12345');
  await app.getByRole('button', { name: 'Save' }).click();
  const row = app.locator('.govuk-summary-list__row').filter({ hasText: 'Tribunal reference' });
  await expect(row).toContainText('12345');
  await expect(row).toContainText('This does not look like a Tribunal reference');
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'case-details-reference-warning');
});
