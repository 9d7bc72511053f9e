import { expect, type Locator, type Page } from '@playwright/test';
import type { SubmissionsOverview } from '../../../shared/api/types';
import type { CaseFacts } from '../../../shared/domain/caseFacts';
import { expectNoAxeViolations } from './checks';
import { activate, tabTo } from './keyboard';

// Helpers for the "about you" and "hearing" pages of "write your appeal": reaching a page, typing
// and choosing by keyboard alone, and reading the saved answers back through window.api.

/** Creates a case whose "start a case" answers are `facts` (saved through window.api, as the interview does). */
export async function createCaseWithFacts(page: Page, name: string, facts: CaseFacts): Promise<string> {
  return page.evaluate(
    async ({ caseName, caseFacts }) => {
      const created = await window.api.cases.create({ name: caseName });
      if (!created.ok) throw new Error(created.error.message);
      const saved = await window.api.cases.saveFacts({ id: created.value.id, facts: caseFacts });
      if (!saved.ok) throw new Error(saved.error.message);
      return created.value.id;
    },
    { caseName: name, caseFacts: facts },
  );
}

/** The overview as the main process builds it now (answers as saved, pages, known answers). */
export async function overviewOf(page: Page, caseId: string): Promise<SubmissionsOverview> {
  return page.evaluate(async (id) => {
    const result = await window.api.submissions.get({ caseId: id });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }, caseId);
}

/** Opens a "write your appeal" page by its address and checks its heading and accessibility. */
export async function openAppealPage(page: Page, caseId: string, slug: string, title: string): Promise<void> {
  await page.goto(new URL(`/#/cases/${caseId}/appeal/${slug}`, page.url()).toString());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expectNoAxeViolations(page);
}

/** Tabs to a text box (unless it has focus already), selects what is in it and types over it. */
export async function typeInto(page: Page, box: Locator, text: string): Promise<void> {
  if (!(await box.evaluate((el) => el === document.activeElement))) await tabTo(page, box);
  await page.keyboard.press('ControlOrMeta+A');
  if (text === '') await page.keyboard.press('Delete');
  else await page.keyboard.type(text);
}

async function focusIsInGroup(page: Page, groupName: string): Promise<boolean> {
  return page.evaluate((name) => {
    const active = document.activeElement;
    return active instanceof HTMLInputElement && active.type === 'radio' && active.name === name;
  }, groupName);
}

/**
 * Chooses a radio by keyboard: Tab into its group, arrow keys to it. Takes the radio itself (found
 * by id), because these pages have several yes/no groups with the same labels.
 */
export async function chooseRadioInput(page: Page, radio: Locator): Promise<void> {
  const group = await radio.getAttribute('name');
  if (group === null) throw new Error('That radio has no group name');
  for (let presses = 0; !(await focusIsInGroup(page, group)); presses++) {
    if (presses > 40) throw new Error(`Could not reach the radios "${group}" with the Tab key`);
    await page.keyboard.press('Tab');
  }
  for (let presses = 0; !(await radio.evaluate((el) => el === document.activeElement)); presses++) {
    if (presses > 10) throw new Error(`Could not reach the radio in "${group}" with the arrow keys`);
    await page.keyboard.press('ArrowDown');
  }
  if (!(await radio.isChecked())) await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
}

/** The radio for `answer` in a yes/no group: the first input has the group's id, the second `<id>-2`. */
export function yesNoRadio(page: Page, groupId: string, answer: 'yes' | 'no'): Locator {
  return page.locator(answer === 'yes' ? `#${groupId}` : `#${groupId}-2`);
}

/** Presses "Save and continue" (or the page's own label) by keyboard; with `nextTitle`, waits for that page. */
export async function saveAndContinue(page: Page, nextTitle?: string, label = 'Save and continue'): Promise<void> {
  await activate(page, page.getByRole('button', { name: label }));
  if (nextTitle === undefined) return;
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(nextTitle);
  await expect(h1).toBeFocused();
}

/** Follows an error-summary link by keyboard and checks it moves focus to the field. */
export async function followErrorLink(page: Page, message: string, field: Locator): Promise<void> {
  const link = page.getByRole('link', { name: message });
  await expect(link).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);
  await activate(page, link);
  await expect(field).toBeFocused();
}
