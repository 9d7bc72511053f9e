import { expect, type Page, type TestInfo } from '@playwright/test';
import { expectNoAxeViolations, saveScreenshot } from '../support/checks';
import { activate, tabTo } from '../support/keyboard';

/**
 * Create, rename, archive and delete a case by keyboard alone, with an axe scan and a screenshot
 * of each screen, and a restart (`reopen`) in the middle to prove the data was saved.
 * Shared by the browser-harness spec and the Electron spec.
 */
export async function runWorkspaceJourney(first: Page, testInfo: TestInfo, reopen: () => Promise<Page>): Promise<void> {
  let page = first;
  const heading = () => page.getByRole('heading', { level: 1 });
  let h1 = heading();

  // Empty workspace: explains the app, that it is not legal advice, not government, all local.
  await expect(h1).toHaveText('Your appeals');
  await expect(page.getByText('This is information, not legal advice.')).toBeVisible();
  await expect(page.getByText('It is not a government service', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('Nothing leaves this computer.')).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'workspace-empty');

  // The skip link is the first thing a keyboard user reaches.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();

  // Create: an empty answer shows the error summary first.
  await activate(page, page.getByRole('link', { name: 'Start a new appeal' }));
  await expect(h1).toHaveText('What name should we use for this appeal?');
  await expect(h1).toBeFocused();
  const nameInput = page.getByLabel('What name should we use for this appeal?');
  await tabTo(page, nameInput);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Enter a name for this appeal.' })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'new-case-error');
  await activate(page, page.getByRole('link', { name: 'Enter a name for this appeal.' }));
  await expect(nameInput).toBeFocused();
  await page.keyboard.type('Maya');
  await page.keyboard.press('Enter');

  await expect(h1).toHaveText('Maya');
  await expect(h1).toBeFocused();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'case');

  // Rename.
  await activate(page, page.getByRole('link', { name: 'Change name' }));
  await expect(h1).toHaveText('What name should we use for this appeal?');
  await tabTo(page, nameInput);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Maya Jones');
  await page.keyboard.press('Enter');
  await expect(h1).toHaveText('Maya Jones');
  await expect(page.getByText('The name has been changed.')).toBeVisible();

  // Restart: the case is still there.
  page = await reopen();
  h1 = heading();
  await expect(h1).toHaveText('Your appeals');
  const caseLink = page.getByRole('link', { name: 'Maya Jones' });
  await expect(
    page.getByRole('table', { name: 'Active appeals' }).getByRole('link', { name: 'Maya Jones' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'workspace-with-case');

  // Archive, then see it under archived appeals.
  await activate(page, caseLink);
  await activate(page, page.getByRole('button', { name: 'Archive this appeal' }));
  await expect(page.getByText('This appeal is archived.', { exact: false })).toBeVisible();
  await activate(page, page.getByRole('link', { name: 'Appeal Bundle' }));
  await expect(
    page.getByRole('table', { name: 'Archived appeals' }).getByRole('link', { name: 'Maya Jones' }),
  ).toBeVisible();
  await expect(page.getByText('You have no active appeals.')).toBeVisible();

  // Delete, with confirmation.
  await activate(page, caseLink);
  await activate(page, page.getByRole('link', { name: 'Delete this appeal' }));
  await expect(h1).toHaveText('Are you sure you want to delete Maya Jones?');
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'delete-confirm');
  await activate(page, page.getByRole('button', { name: 'Yes, delete it' }));
  await expect(h1).toHaveText('Your appeals');
  await expect(page.getByText('Maya Jones has been deleted from your workspace.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Maya Jones' })).toHaveCount(0);
  page = await reopen();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your appeals');
  await expect(page.getByRole('link', { name: 'Maya Jones' })).toHaveCount(0);
}
