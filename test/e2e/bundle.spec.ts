import type { Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildPdf } from '../fixtures/pdfFixtures';
import { pageText, pdfinfoPages } from '../fixtures/bundle/inspectBundle';
import { expectNoAxeViolations, saveScreenshot } from './support/checks';
import { expect, test, type Harness } from './support/harness';

// The bundle journey in the browser: documents go in through the real import path, the person
// reorders two of them with the keyboard only, exports, and the downloaded PDF's index follows
// the new order (read back with pdftotext, not with the app's own code).

interface SeedDocument {
  label: string;
  title: string;
  date: string;
  category: 'LA_DECISION' | 'EXPERT_REPORT' | 'SCHOOL';
  pages: number;
}

const DOCUMENTS: SeedDocument[] = [
  { label: 'letter', title: 'Decision letter', date: '2026-10-01', category: 'LA_DECISION', pages: 1 },
  { label: 'ep', title: 'EP report', date: '2026-05-10', category: 'EXPERT_REPORT', pages: 2 },
  { label: 'school', title: 'School report', date: '2026-07-15', category: 'SCHOOL', pages: 1 },
];

async function seedCase(app: Page): Promise<string> {
  const files = await Promise.all(
    DOCUMENTS.map(async (d) => ({
      ...d,
      bytes: Array.from(
        await buildPdf(
          d.label,
          Array.from({ length: d.pages }, () => ({})),
        ),
      ),
    })),
  );
  return app.evaluate(async (docs) => {
    const must = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    const appeal = must(await window.api.cases.create({ name: 'Sam' }));
    must(await window.api.cases.saveFacts({ id: appeal.id, facts: { decisionType: 'refusalToIssue' } }));
    for (const doc of docs) {
      const outcome = must(
        await window.api.documents.import({
          caseId: appeal.id,
          fileName: `${doc.label}.pdf`,
          bytes: new Uint8Array(doc.bytes),
        }),
      );
      if (outcome.kind !== 'imported') throw new Error(`not imported: ${outcome.kind}`);
      must(
        await window.api.documents.update({
          id: outcome.document.id,
          title: doc.title,
          documentDate: doc.date,
          author: null,
          category: doc.category,
          notes: null,
        }),
      );
    }
    return appeal.id;
  }, files);
}

const downloads = (harness: Harness) => join(harness.dataFolder, 'downloads');

test('reorder two documents by keyboard, export, and the PDF index follows the new order', async ({
  app,
  harness,
}, testInfo) => {
  const caseId = await seedCase(app);
  await app.goto(`${harness.origin}/#/cases/${caseId}`);
  await app.getByRole('link', { name: /Evidence bundle/ }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Your evidence bundle' })).toBeVisible();

  const evidence = app.getByRole('region', { name: /C: Our evidence/ });
  const rows = evidence.getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('EP report');
  await expect(rows.nth(0)).toContainText('4–5');
  await expect(rows.nth(1)).toContainText('School report');
  await expect(rows.nth(1)).toContainText('6');
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'bundle-before-reorder');

  // Keyboard only: focus the handle, pick up with space, move up, put down with space.
  await evidence.getByRole('button', { name: 'Move School report' }).focus();
  // Each step waits for what a screen reader would hear, as a person would wait for it.
  const handle = evidence.getByRole('button', { name: 'Move School report' });
  await app.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  // dnd-kit's keyboard sensor starts listening a moment after the pick-up; on a busy machine the
  // first arrow can arrive before it does, so press again until the move is announced (a person
  // would too). Extra presses cannot overshoot: position 1 is the top.
  await expect(async () => {
    await app.keyboard.press('ArrowUp');
    await expect(app.getByText('School report is now at position 1 of 2 in Our evidence.')).toBeAttached({
      timeout: 1_000,
    });
  }).toPass({ timeout: 15_000 });
  await app.keyboard.press('Space');
  await expect(app.getByText(/School report put down at position 1 of 2/)).toBeAttached();
  await expect(rows.nth(0)).toContainText('School report');
  await expect(rows.nth(0)).toContainText('4');
  await expect(rows.nth(1)).toContainText('EP report');
  await expect(rows.nth(1)).toContainText('5–6');
  // The index preview follows the new order too.
  const index = app.getByRole('table', { name: /index as it will be printed/ });
  await expect(index.getByRole('row').nth(4)).toContainText('School report');
  await expect(index.getByRole('row').nth(5)).toContainText('EP report');

  // Still in the new order after a reload: it was saved.
  await app.reload();
  await expect(rows.nth(0)).toContainText('School report');

  await app.getByRole('button', { name: 'Export the bundle' }).click();
  const done = app.getByRole('status').filter({ hasText: 'Bundle saved' });
  await expect(done).toBeVisible({ timeout: 30_000 });
  await expect(done).toContainText('6 pages');
  await expect(done).toContainText('SHA-256');
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'bundle-exported');

  const saved = readdirSync(downloads(harness));
  expect(saved).toHaveLength(1);
  const file = join(downloads(harness), saved[0] ?? '');
  expect(pdfinfoPages(file)).toBe(6);
  const indexText = pageText(file, 2);
  const order = ['Decision letter', 'School report', 'EP report'].map((title) => indexText.indexOf(title));
  expect(order.every((at) => at >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);

  await expect(app.getByRole('heading', { name: 'Exports so far' })).toBeVisible();
  await expect(app.locator('.app-export-history')).toContainText(saved[0] ?? '');
});

test('move buttons reorder too, and a bundle without a decision letter cannot be exported', async ({
  app,
  harness,
}, testInfo) => {
  const caseId = await seedCase(app);
  await app.goto(`${harness.origin}/#/cases/${caseId}/bundle`);
  const evidence = app.getByRole('region', { name: /C: Our evidence/ });
  const rows = evidence.getByRole('listitem');
  await expect(rows.nth(0)).toContainText('EP report');
  await evidence.getByRole('button', { name: /Move down\W+EP report/ }).click();
  await expect(rows.nth(0)).toContainText('School report');
  // Focus stays on the button, which now cannot move the last document any further.
  await expect(evidence.getByRole('button', { name: /Move down\W+EP report/ })).toBeFocused();
  await expect(evidence.getByRole('button', { name: /Move down\W+EP report/ })).toHaveAttribute(
    'aria-disabled',
    'true',
  );

  // Without a decision letter: a check that says what to do, with a link to fix it.
  const letterId = await app.evaluate(async (id) => {
    const list = await window.api.documents.list({ caseId: id });
    if (!list.ok) throw new Error(list.error.message);
    const letter = list.value.find((d) => d.category === 'LA_DECISION');
    if (!letter) throw new Error('no letter');
    await window.api.documents.delete({ id: letter.id });
    return letter.id;
  }, caseId);
  expect(letterId).toBeTruthy();
  await app.reload();
  await expect(app.getByText("Add the council's decision letter")).toBeVisible();
  await expect(app.getByRole('link', { name: 'Add the decision letter' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Export the bundle' })).toHaveAttribute('aria-disabled', 'true');
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'bundle-not-ready');
});

test('try an example appeal: a fictional case with documents, ready to export', async ({ app }, testInfo) => {
  await app.getByRole('button', { name: 'Try an example appeal' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Example: Alex (fictional)' })).toBeVisible({
    timeout: 30_000,
  });
  await app.getByRole('link', { name: /Evidence bundle/ }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Your evidence bundle' })).toBeVisible();
  await expect(app.getByText('Ready to export.')).toBeVisible();
  await expect(app.getByRole('region', { name: /A: Appeal documents/ }).getByRole('listitem')).toHaveCount(2);
  await expect(app.getByRole('region', { name: /C: Our evidence/ }).getByRole('listitem')).toHaveCount(3);
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'bundle-example-case');
});
