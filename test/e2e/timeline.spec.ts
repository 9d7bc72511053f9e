import { expectNoAxeViolations, saveScreenshot } from './support/checks';
import { expect, test } from './support/harness';
import { activate } from './support/keyboard';

/** A date some days from today, as the three boxes of a date input. */
function daysFromToday(days: number): { day: string; month: string; year: string } {
  const date = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  return { day: String(date.getDate()), month: String(date.getMonth() + 1), year: String(date.getFullYear()) };
}

test('add dates from the Tribunal’s letter and see reminders on the workspace', async ({ app }, testInfo) => {
  const id = await app.evaluate(async () => {
    const created = await window.api.cases.create({ name: 'Maya' });
    if (!created.ok) throw new Error(created.error.message);
    return created.value.id;
  });
  await app.goto(new URL(`/#/cases/${id}`, app.url()).toString());
  await activate(app, app.getByRole('link', { name: 'Add a date from the Tribunal’s letter' }));

  // Submitting nothing shows the error summary, focused, linking to each question.
  await app.getByRole('button', { name: 'Add date' }).click();
  const summary = app.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toContainText('Choose which date this is');
  await expect(summary).toContainText('Enter the date');
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'timeline-add-date-errors');

  const soon = daysFromToday(5);
  await app.getByLabel('Final evidence deadline').check();
  await app.getByLabel('Day').fill(soon.day);
  await app.getByLabel('Month').fill(soon.month);
  await app.getByLabel('Year').fill(soon.year);
  await app.getByLabel('Note (optional)').fill('Send the EP report');
  await app.getByRole('button', { name: 'Add date' }).click();
  await expect(app.getByText('Final evidence deadline has been added to the dates for this appeal.')).toBeVisible();
  const timeline = app.getByRole('region', { name: 'Dates for this appeal' });
  await expect(timeline).toContainText('Final evidence deadline');
  await expect(timeline).toContainText('in 5 days');
  await expect(timeline).toContainText('Send the EP report');

  await app.getByRole('link', { name: 'Add a date from the Tribunal’s letter' }).click();
  const later = daysFromToday(60);
  await app.getByLabel('Hearing').check();
  await app.getByLabel('Day').fill(later.day);
  await app.getByLabel('Month').fill(later.month);
  await app.getByLabel('Year').fill(later.year);
  await app.getByRole('button', { name: 'Add date' }).click();
  await expect(timeline.getByRole('row')).toHaveCount(3);
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'case-timeline');

  await app.getByRole('button', { name: 'Save these dates to your calendar' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Saved as' })).toHaveText(
    'Saved as Appeal timeline - Maya.ics.',
  );

  await app.getByRole('link', { name: 'Appeal Bundle' }).click();
  const reminders = app.getByRole('region', { name: 'Coming up in the next 14 days' });
  await expect(reminders).toContainText('Maya: Final evidence deadline');
  await expect(reminders).toContainText('in 5 days');
  await expect(reminders).not.toContainText('Hearing');
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'workspace-reminders');
});

test('add, change and delete a session note', async ({ app }, testInfo) => {
  const id = await app.evaluate(async () => {
    const created = await window.api.cases.create({ name: 'Maya' });
    if (!created.ok) throw new Error(created.error.message);
    return created.value.id;
  });
  await app.goto(new URL(`/#/cases/${id}`, app.url()).toString());
  await activate(
    app,
    app.getByRole('link', { name: 'Session notes (for advisers; left out of everything sent to the Tribunal)' }),
  );
  await expect(app.getByText('A handover file includes them only if you tick the box', { exact: false })).toBeVisible();

  await app.getByRole('button', { name: 'Save note' }).click();
  await expect(app.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Enter the note.');

  await app.getByLabel('Add a note').fill('First session: went through the decision letter.');
  await app.getByRole('button', { name: 'Save note' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'saved' })).toHaveText('Your note has been saved.');
  await expect(app.getByText('First session: went through the decision letter.')).toBeVisible();
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'session-notes');

  await app.getByRole('link', { name: /^Change the note from/ }).click();
  await app.getByLabel('Note').fill('First session: letter checked.');
  await app.getByRole('button', { name: 'Save changes' }).click();
  await expect(app.getByText('The note has been changed.')).toBeVisible();
  await expect(app.getByText('First session: letter checked.')).toBeVisible();

  await app.getByRole('link', { name: /^Delete the note from/ }).click();
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Are you sure you want to delete this note?');
  await expectNoAxeViolations(app);
  await app.getByRole('button', { name: 'Yes, delete the note' }).click();
  await expect(app.getByText('The note has been deleted.')).toBeVisible();
  await expect(app.getByText('No notes yet.')).toBeVisible();
});
