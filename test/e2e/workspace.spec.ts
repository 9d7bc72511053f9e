import { runWorkspaceJourney } from './journeys/workspaceJourney';
import { expect, test } from './support/harness';

test('create, rename, archive and delete a case by keyboard alone; data survives a reload', async ({ app }, testInfo) => {
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
  const api = await request.post(`${harness.origin}/api/cases:list`, { data: {}, headers: { Origin: 'https://evil.example' } });
  expect(api.status()).toBe(403);
});

test('hostile input through window.api comes back as a plain validation message', async ({ app }) => {
  const result = await app.evaluate(() => window.api.cases.create({ name: 'x'.repeat(500) }));
  expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'name', message: 'The name must be 120 characters or fewer.' }] } });
});
