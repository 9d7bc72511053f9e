import { runWorkspaceJourney } from './journeys/workspaceJourney';
import { expectNoAxeViolations, saveScreenshot } from './support/checks';
import { expect, test } from './support/harness';

test('create, rename, archive and delete a case by keyboard alone; data survives a reload', async ({
  app,
}, testInfo) => {
  await runWorkspaceJourney(app, testInfo, async () => {
    await app.goto(new URL('/#/', app.url()).toString());
    await app.reload();
    return app;
  });
});

test('a case link to a deleted or unknown case says so plainly', async ({ app }) => {
  await app.goto(new URL('/#/cases/00000000-0000-4000-8000-000000000000', app.url()).toString());
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('We could not open this appeal');
  await expect(app.getByText('We could not find that.', { exact: false })).toBeVisible();
});

test('the harness refuses requests without its token and calls from other origins', async ({ harness, request }) => {
  const page = await request.get(`${harness.origin}/`);
  expect(page.status()).toBe(403);
  const wrongToken = await request.get(`${harness.origin}/open?token=guess`);
  expect(wrongToken.status()).toBe(403);
  const api = await request.post(`${harness.origin}/api/cases:list`, {
    data: {},
    headers: { Origin: 'https://evil.example' },
  });
  expect(api.status()).toBe(403);
});

test('hostile input through window.api comes back as a plain validation message', async ({ app }) => {
  const result = await app.evaluate(() => window.api.cases.create({ name: 'x'.repeat(500) }));
  expect(result).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', fields: [{ path: 'name', message: 'The name must be 120 characters or fewer.' }] },
  });
});

test('the workspace shows each case’s last day to appeal, soonest first, and the case shows its tasks', async ({
  app,
}, testInfo) => {
  await app.evaluate(async () => {
    const make = async (name: string, decisionDate?: string) => {
      const created = await window.api.cases.create({ name });
      if (!created.ok) throw new Error(created.error.message);
      if (decisionDate) {
        await window.api.cases.saveFacts({
          id: created.value.id,
          facts: { decisionType: 'refusalToAssess', decisionDate },
        });
      }
    };
    await make('No dates yet');
    await make('Later', '2026-11-16');
    await make('Sooner', '2026-10-12');
  });
  await app.reload();
  const rows = app.getByRole('table', { name: 'Active appeals' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('Sooner');
  // 12 Oct 2026 + 2 months = Saturday 12 Dec 2026, so the deadline rolls to Monday 14 December.
  await expect(rows.nth(1)).toContainText('Monday 14 December 2026');
  await expect(rows.nth(2)).toContainText('Later');
  await expect(rows.nth(3)).toContainText('No dates yet');
  await expect(rows.nth(3)).toContainText('Not worked out yet');
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'workspace-deadlines');

  await app.getByRole('link', { name: 'Sooner' }).click();
  const tasks = app.getByRole('list').filter({ hasText: 'Tell us what the council decided' });
  await expect(tasks.getByRole('listitem')).toHaveText([
    /Tell us what the council decided.*Completed/,
    /Date on the decision letter.*Completed/,
    /Mediation certificate.*Not yet started/,
    /About the child or young person.*Not yet started/,
    /Check the decision letter.*Not yet started/,
    /See your form, deadline and next steps.*In progress/,
  ]);
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'case-tasks');
});
