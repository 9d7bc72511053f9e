import type { Page } from '@playwright/test';
import { expectNoAxeViolations, saveScreenshot } from './support/checks';
import { expect, test } from './support/harness';
import { activate, tabTo } from './support/keyboard';

// Issue 7, the passphrase lock, in the browser against the real services: turned on by keyboard
// alone, the recovery key shown once, locked and unlocked, and locked again after the idle time.
// While it is locked nothing of the child's is in the page.

const NAME = 'Zephyrine Quillfeather';
const PASSPHRASE = 'kettle banjo meadow';

const heading = (app: Page) => app.getByRole('heading', { level: 1 });

async function typeInto(app: Page, label: string | RegExp, text: string): Promise<void> {
  await tabTo(app, app.getByLabel(label, { exact: true }));
  await app.keyboard.type(text);
}

/** Nothing of the case anywhere in the document, its title included. */
async function expectNoChildData(app: Page): Promise<void> {
  await expect(heading(app)).toHaveText('Appeal Bundle is locked');
  expect(await app.content()).not.toContain('Zephyrine');
  expect(await app.title()).not.toContain('Zephyrine');
}

test('turn the lock on by keyboard, save the recovery key, lock, unlock, and open with the recovery key', async ({
  app,
}, testInfo) => {
  await app.evaluate(async (name) => {
    await window.api.cases.create({ name });
  }, NAME);
  await app.reload();
  await expect(app.getByRole('table', { name: 'Active appeals' })).toContainText(NAME);

  await activate(app, app.getByRole('link', { name: 'Passphrase lock' }));
  await expect(heading(app)).toHaveText('Passphrase lock');
  await expect(app.getByText('The passphrase lock is off.')).toBeVisible();
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'lock-off');

  // Two different passphrases: told so, at the field, nothing turned on.
  await typeInto(app, 'Choose a passphrase', PASSPHRASE);
  await typeInto(app, 'Type the passphrase again', 'kettle banjo');
  await activate(app, app.getByRole('button', { name: 'Turn on the lock' }));
  await expect(app.getByRole('link', { name: /The two passphrases are different/ })).toBeVisible();
  await expectNoAxeViolations(app);
  await app.getByLabel('Type the passphrase again', { exact: true }).fill('');
  await typeInto(app, 'Type the passphrase again', PASSPHRASE);
  await activate(app, app.getByRole('button', { name: 'Turn on the lock' }));

  await expect(heading(app)).toHaveText('Save your recovery key');
  await expect(heading(app)).toBeFocused();
  const recoveryKey = (await app.locator('#recovery-key').textContent()) ?? '';
  expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'lock-recovery-key');
  // Continuing without confirming is refused; then the box is ticked with the space bar.
  await activate(app, app.getByRole('button', { name: 'Continue' }));
  await expect(app.getByRole('link', { name: 'Confirm that you have saved your recovery key.' })).toBeVisible();
  await tabTo(app, app.getByLabel('I have saved my recovery key somewhere safe'));
  await app.keyboard.press('Space');
  await activate(app, app.getByRole('button', { name: 'Continue' }));
  await expect(heading(app)).toHaveText('Passphrase lock');
  await expect(app.getByText('The passphrase lock is on.')).toBeVisible();
  await expect(app.locator('#recovery-key')).toHaveCount(0);
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'lock-on');

  await activate(app, app.getByRole('button', { name: 'Lock now' }));
  await expectNoChildData(app);
  await expect(heading(app)).toBeFocused();
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'locked');

  // A wrong passphrase is refused at the field; the right one opens where the person was.
  await typeInto(app, 'Passphrase', 'kettle banjo');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('link', { name: /That passphrase is not right/ })).toBeVisible();
  await expectNoChildData(app);
  await expectNoAxeViolations(app);
  await app.getByLabel('Passphrase', { exact: true }).fill('');
  await typeInto(app, 'Passphrase', PASSPHRASE);
  await app.keyboard.press('Enter');
  await expect(heading(app)).toHaveText('Passphrase lock');
  await activate(app, app.getByRole('link', { name: 'Back to your appeals' }));
  await expect(app.getByRole('table', { name: 'Active appeals' })).toContainText(NAME);

  // Locked from the header, then opened with the recovery key and a new passphrase.
  await activate(app, app.getByRole('button', { name: 'Lock Appeal Bundle' }));
  await expectNoChildData(app);
  await activate(app, app.getByRole('button', { name: 'Use your recovery key' }));
  await expect(heading(app)).toHaveText('Use your recovery key');
  await expect(heading(app)).toBeFocused();
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'locked-recovery-key');
  await typeInto(app, 'Recovery key', recoveryKey.toLowerCase());
  await typeInto(app, 'Choose a new passphrase', 'brand new words');
  await typeInto(app, 'Type the new passphrase again', 'brand new words');
  await activate(app, app.getByRole('button', { name: 'Unlock and save the new passphrase' }));
  await expect(app.getByRole('table', { name: 'Active appeals' })).toContainText(NAME);

  // A call made while locked (here from another tab's point of view: straight through the API)
  // gets LOCKED, and the page goes to the unlock screen as soon as it next asks for anything.
  await app.evaluate(async () => {
    await window.api.lock.lockNow({});
  });
  await app.getByRole('link', { name: 'Backups of your appeals' }).click();
  await expectNoChildData(app);
});

test('locks itself after the idle time, showing nothing of the case', async ({ app }, testInfo) => {
  await app.clock.install();
  await app.evaluate(async (name) => {
    await window.api.cases.create({ name });
    await window.api.lock.setPassphrase({ passphrase: 'kettle banjo meadow' });
    await window.api.lock.setIdleMinutes({ minutes: 5 });
  }, NAME);
  await app.reload();
  await expect(app.getByRole('table', { name: 'Active appeals' })).toContainText(NAME);

  // Activity resets the count: four minutes, a key press, four more, and still open.
  await app.clock.fastForward('04:00');
  await app.keyboard.press('Tab');
  await app.clock.fastForward('04:00');
  await expect(app.getByRole('table', { name: 'Active appeals' })).toContainText(NAME);

  await app.clock.fastForward('01:30');
  await expectNoChildData(app);
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'locked-when-idle');
  expect(await app.evaluate(() => window.api.lock.status({}))).toEqual({
    ok: true,
    value: { state: 'locked', idleMinutes: 5 },
  });
});
