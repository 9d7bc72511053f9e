import { expect, type Locator, type Page } from '@playwright/test';
import { Temporal } from 'temporal-polyfill';
import { activate, tabTo } from './keyboard';

/** Today in England, as the app works it out. */
export function todayInLondon(): string {
  return Temporal.Now.plainDateISO('Europe/London').toString();
}

/** Creates a case through window.api and opens its "start a case" interview. */
export async function openInterview(page: Page, name: string): Promise<string> {
  const created = await page.evaluate((caseName) => window.api.cases.create({ name: caseName }), name);
  if (!created.ok) throw new Error(`Could not create a case: ${created.error.message}`);
  await page.goto(new URL(`/#/cases/${created.value.id}/start`, page.url()).toString());
  return created.value.id;
}

async function focusIsInGroup(page: Page, groupName: string): Promise<boolean> {
  return page.evaluate((name) => {
    const active = document.activeElement;
    return active instanceof HTMLInputElement && active.type === 'radio' && active.name === name;
  }, groupName);
}

/** Selects a radio as a keyboard user does: Tab into its group, then arrow keys to it. */
export async function chooseRadio(page: Page, label: string): Promise<void> {
  const target = page.getByRole('radio', { name: label, exact: true });
  const group = await target.getAttribute('name');
  if (group === null) throw new Error(`Radio "${label}" has no group name`);
  for (let presses = 0; !(await focusIsInGroup(page, group)); presses++) {
    if (presses > 40) throw new Error(`Could not reach the radios for "${label}" with the Tab key`);
    await page.keyboard.press('Tab');
  }
  for (let presses = 0; !(await target.evaluate((el) => el === document.activeElement)); presses++) {
    if (presses > 30) throw new Error(`Could not reach "${label}" with the arrow keys`);
    await page.keyboard.press('ArrowDown');
  }
  // Tabbing into a group with nothing selected focuses its first radio without selecting it.
  if (!(await target.isChecked())) await page.keyboard.press('Space');
  await expect(target).toBeChecked();
}

/** Ticks (or unticks) a checkbox with Tab and Space. */
export async function setCheckbox(page: Page, label: string, checked = true): Promise<void> {
  const box = page.getByRole('checkbox', { name: label, exact: true });
  await tabTo(page, box);
  if ((await box.isChecked()) !== checked) await page.keyboard.press('Space');
  if (checked) await expect(box).toBeChecked();
  else await expect(box).not.toBeChecked();
}

/** Types a YYYY-MM-DD date into a GOV.UK date input whose boxes have ids `<id>-day` etc. */
export async function fillDate(page: Page, id: string, isoDate: string): Promise<void> {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  const boxes: [string, string][] = [
    ['day', String(Number(day))],
    ['month', String(Number(month))],
    ['year', year],
  ];
  for (const [part, value] of boxes) {
    await tabTo(page, page.locator(`#${id}-${part}`));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(value);
  }
}

/** Presses "Continue" with the keyboard and waits for the next page's heading to take focus. */
export async function continueTo(page: Page, nextHeading: string): Promise<void> {
  await activate(page, page.getByRole('button', { name: 'Continue' }));
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(nextHeading);
  await expect(h1).toBeFocused();
}

export function heading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}
