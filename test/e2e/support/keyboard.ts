import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Moves focus with the Tab key alone until `target` has it, as a keyboard user would.
 * Fails if it is not reachable within `limit` presses.
 */
export async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Could not reach ${target.toString()} with the Tab key`);
}

/** Tabs to a control and activates it with Enter. */
export async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

export async function expectFocused(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
}
