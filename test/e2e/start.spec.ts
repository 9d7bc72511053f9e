import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, addYears, formatDateForHumans } from '../../shared/domain/dates';
import { signpostRouteCatalogue } from '../../shared/domain/signpostRouteCatalogue';
import { expectNoAxeViolations, saveScreenshot } from './support/checks';
import { loadAssessCase } from './support/rules';
import { expect, test } from './support/harness';
import { activate, tabTo } from './support/keyboard';
import {
  chooseRadio,
  continueTo,
  fillDate,
  heading,
  openInterview,
  setCheckbox,
  todayInLondon,
} from './support/startInterview';

const DECISION_QUESTION = 'What did the council decide, or what is the disagreement about?';
const DATE_QUESTION = 'What date is on the decision letter?';
const CERTIFICATE_QUESTION = 'Do you have a mediation certificate?';
const BIRTH_QUESTION = 'What is the child’s or young person’s date of birth?';
const CAPACITY_QUESTION = 'Can the young person make the decision to appeal themselves?';
const LETTER_QUESTION = 'What does the decision letter tell you?';
const SECTIONS_QUESTION = 'Which parts of the plan do you disagree with?';
const RESULT = 'Your result';

test('refusal to assess: SEND35a, certificate needed, deadline from both dates, calendar file', async ({
  app,
  harness,
}, testInfo) => {
  const today = todayInLondon();
  const decisionDate = addDays(today, -14);
  const certificateDate = addDays(today, -3);
  const dateOfBirth = addYears(today, -8);
  const { assessCase } = await loadAssessCase();
  // What the journey below answers, including the letter check (two of the seven things ticked).
  const letter = {
    rightOfAppeal: true,
    timeLimit: true,
    mediationAdviserContact: false,
    certificateNeeded: false,
    disagreementResolution: false,
    informationAdviceService: false,
    mediationDoesNotAffectAppeal: false,
  };
  const expected = assessCase(
    { decisionType: 'refusalToAssess', decisionDate, certificateDate, dateOfBirth, letter },
    today,
  );
  const deadline = expected.deadline;
  if (deadline === null || deadline.candidates.certificatePlusOneMonth === null) throw new Error('expected a deadline');

  await openInterview(app, 'Maya');
  await expect(heading(app)).toHaveText(DECISION_QUESTION);
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'start-decision');

  // No answer: the error summary comes first and its link leads to the radios.
  await activate(app, app.getByRole('button', { name: 'Continue' }));
  const problem = app.getByRole('link', { name: 'Select what the council decided, or what the disagreement is about' });
  await expect(problem).toBeVisible();
  await expect(app).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'start-decision-error');
  await activate(app, problem);
  await expect(app.getByRole('radio', { name: 'They refused to carry out an EHC needs assessment' })).toBeFocused();
  await chooseRadio(app, 'They refused to carry out an EHC needs assessment');
  await continueTo(app, DATE_QUESTION);

  // An impossible date and a future date are errors; a real one goes through.
  const year = today.slice(0, 4);
  await fillDate(app, 'decision-date', `${year}-02-31`);
  await activate(app, app.getByRole('button', { name: 'Continue' }));
  await expect(app.getByRole('link', { name: 'The date on the decision letter must be a real date' })).toBeVisible();
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'start-decision-date-error');
  await fillDate(app, 'decision-date', addDays(today, 3));
  await activate(app, app.getByRole('button', { name: 'Continue' }));
  await expect(app.getByRole('link', { name: /is in the future/ })).toBeVisible();
  await fillDate(app, 'decision-date', decisionDate);
  await continueTo(app, CERTIFICATE_QUESTION);

  await chooseRadio(app, 'Yes');
  await fillDate(app, 'certificate-date', certificateDate);
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'start-certificate-yes');
  await continueTo(app, BIRTH_QUESTION);

  await fillDate(app, 'date-of-birth', dateOfBirth);
  await expectNoAxeViolations(app);
  await continueTo(app, LETTER_QUESTION);

  // Only the letter questions that apply: no recommendations in a refusal-to-assess appeal.
  await expect(app.getByRole('checkbox')).toHaveCount(7);
  await expect(
    app.getByText('Does the letter say you can ask the Tribunal for recommendations', { exact: false }),
  ).toHaveCount(0);
  await setCheckbox(app, 'Does the letter say you can appeal to the SEND Tribunal?');
  await setCheckbox(app, 'Does the letter say how long you have to appeal?');
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'start-letter');
  await continueTo(app, RESULT);

  const route = app.getByRole('region', { name: 'Where to appeal and which form to use' });
  await expect(route.getByRole('definition').filter({ hasText: /^SEND35a$/ })).toBeVisible();
  await expect(
    route.getByText(`Needed – you have one, issued on ${formatDateForHumans(certificateDate)}`),
  ).toBeVisible();
  await expect(route.getByText('Not available for this appeal')).toBeVisible();
  await expect(app.locator('#deadline-date')).toHaveText(deadline.deadlineForHumans);
  await expect(app.locator('#deadline-countdown')).toHaveText(`${deadline.daysRemaining} days left`);
  await expect(app.getByText('The Tribunal must receive your appeal by 5pm on', { exact: true })).toBeVisible();
  await expect(
    app.getByText(formatDateForHumans(deadline.candidates.decisionPlusTwoMonths), { exact: false }).first(),
  ).toBeVisible();
  await expect(
    app.getByText(formatDateForHumans(deadline.candidates.certificatePlusOneMonth), { exact: false }).first(),
  ).toBeVisible();
  for (const line of deadline.explanation) await expect(app.getByText(line, { exact: true })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'What the decision letter left out' })).toBeVisible();
  await expect(app.getByText('possible grounds for extra time', { exact: false })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'What to do next this week' })).toBeVisible();
  for (const step of expected.nextSteps) await expect(app.getByText(step, { exact: true })).toBeVisible();
  // Information, not advice – said once; never a promise of success.
  await expect(app.getByText('This app gives general information, not legal advice.', { exact: false })).toHaveCount(1);
  await expect(app.getByText(/your appeal will (succeed|win)|you will win/i)).toHaveCount(0);
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'start-result-refusal-to-assess');

  // Calendar file: saved by the harness's save dialog into <dataFolder>/downloads.
  await activate(app, app.getByRole('button', { name: 'Download calendar file' }));
  await expect(app.getByRole('status').filter({ hasText: 'Saved as Appeal dates - Maya.ics' })).toBeVisible();
  const ics = readFileSync(join(harness.dataFolder, 'downloads', 'Appeal dates - Maya.ics'), 'utf8');
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).toContain(`DTSTART;VALUE=DATE:${deadline.deadline.replaceAll('-', '')}`);
  expect(ics).toMatch(/TRIGGER:-P(7D|1W)/);
});

test('placement only (Section I), letter over a year old: no certificate question, result says why and that it is late', async ({
  app,
}, testInfo) => {
  const today = todayInLondon();
  const seen: string[] = [];
  const record = async () => seen.push((await heading(app).textContent()) ?? '');

  await openInterview(app, 'Sam');
  await chooseRadio(app, 'They issued or changed an EHC plan, and I disagree with what it says');
  await continueTo(app, SECTIONS_QUESTION);
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'start-sections');

  // Nothing chosen for Section I: say so.
  await activate(app, app.getByRole('button', { name: 'Continue' }));
  await expect(
    app.getByRole('link', { name: 'Select whether you disagree with Section I (the school or college)' }),
  ).toBeVisible();
  await expectNoAxeViolations(app);
  await chooseRadio(app, 'I disagree with the school, college or type of school named');
  await continueTo(app, DATE_QUESTION);
  await record();
  // A letter over a year old is only a warning: the interview carries on.
  await fillDate(app, 'decision-date', addDays(today, -400));
  await continueTo(app, BIRTH_QUESTION);
  await record();
  await fillDate(app, 'date-of-birth', addYears(today, -11));
  await continueTo(app, LETTER_QUESTION);
  await record();
  await expect(app.getByText('Does the letter say you need a mediation certificate', { exact: false })).toHaveCount(0);
  await continueTo(app, RESULT);
  expect(seen).not.toContain(CERTIFICATE_QUESTION);

  const route = app.getByRole('region', { name: 'Where to appeal and which form to use' });
  await expect(
    route.getByText('Not needed – your appeal is only about the school or type of school (Section I)', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(route.getByText('you do not need a mediation certificate', { exact: false })).toBeVisible();
  await expect(route.getByRole('definition').filter({ hasText: /^SEND35$/ })).toBeVisible();
  await expect(app.locator('#deadline-date')).toBeVisible();
  await expect(app.locator('#deadline-countdown')).toHaveText(
    'This date has passed — you can still ask the Tribunal to accept a late appeal',
  );
  await expect(
    app.getByRole('region', { name: 'Check these dates' }).getByText('more than a year ago', { exact: false }),
  ).toBeVisible();
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'start-result-placement-only');

  // Change: adding Section B makes a certificate necessary, so that question is now asked.
  await activate(app, app.getByRole('link', { name: 'Change parts of the plan you disagree with' }));
  await expect(heading(app)).toHaveText(SECTIONS_QUESTION);
  await expect(
    app.getByRole('radio', { name: 'I disagree with the school, college or type of school named' }),
  ).toBeChecked();
  await setCheckbox(app, 'Section B – special educational needs');
  await continueTo(app, CERTIFICATE_QUESTION);
  await chooseRadio(app, 'No, not yet');
  await expect(app.getByText('You must contact the mediation adviser', { exact: false })).toBeVisible();
  await continueTo(app, LETTER_QUESTION);
  await continueTo(app, RESULT);
  await expect(route.getByText('Needed – you do not have one yet')).toBeVisible();
});

test('young person of 17: capacity question, and the result says they appeal in their own name', async ({
  app,
}, testInfo) => {
  const today = todayInLondon();
  const decisionDate = addDays(today, -20);
  const dateOfBirth = addYears(addDays(today, -40), -17);
  const { assessCase } = await loadAssessCase();
  const expected = assessCase({ decisionType: 'refusalToIssue', decisionDate, dateOfBirth }, today);
  expect(expected.appellant?.ageGroup).toBe('youngPerson');
  const contactBy = expected.mediationContact?.contactBy;
  if (contactBy === undefined) throw new Error('expected a mediation contact date');

  await openInterview(app, 'Alex');
  await chooseRadio(app, 'They assessed my child but decided not to give them an EHC plan');
  await continueTo(app, DATE_QUESTION);
  await fillDate(app, 'decision-date', decisionDate);
  await continueTo(app, CERTIFICATE_QUESTION);
  await chooseRadio(app, 'No, not yet');
  await expect(
    app.getByText(`Contact them by ${formatDateForHumans(contactBy)} at the latest`, { exact: false }),
  ).toBeVisible();
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'start-certificate-no');
  await continueTo(app, BIRTH_QUESTION);
  await fillDate(app, 'date-of-birth', dateOfBirth);
  await continueTo(app, CAPACITY_QUESTION);
  await expect(app.getByText('The young person brings the appeal in their own name.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'start-capacity');
  await chooseRadio(app, 'Yes, they can decide for themselves');
  await continueTo(app, LETTER_QUESTION);
  await setCheckbox(app, 'Does the letter say you can appeal to the SEND Tribunal?');
  await continueTo(app, RESULT);

  await expect(app.getByText('The young person, in their own name', { exact: true })).toBeVisible();
  await expect(app.getByText('You can help as their representative or supporter.', { exact: true })).toBeVisible();
  await expect(app.getByText('not made "on behalf of" them', { exact: false })).toBeVisible();
  await expect(
    app.getByRole('heading', { name: `Contact the mediation adviser by ${formatDateForHumans(contactBy)}` }),
  ).toBeVisible();
  await expect(app.getByText('may not apply to contacting the mediation adviser', { exact: false })).toBeVisible();
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'start-result-young-person');
});

test('health-only disagreement: no Tribunal form, other routes with how to start', async ({ app }, testInfo) => {
  await openInterview(app, 'Jo');
  await chooseRadio(app, 'I only disagree about health needs or health support');
  await continueTo(app, 'Do you also have a decision letter from the council that you can appeal?');
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'start-other-decision');
  await chooseRadio(app, 'No');
  await continueTo(app, RESULT);

  await expect(
    app.getByRole('heading', { name: 'This cannot be appealed to the SEND Tribunal on its own' }),
  ).toBeVisible();
  await expect(app.getByRole('region', { name: 'Where to appeal and which form to use' })).toHaveCount(0);
  await expect(app.getByRole('button', { name: 'Download calendar file' })).toHaveCount(0);
  await expect(app.getByText('Use form SEND35', { exact: false })).toHaveCount(0);
  const nhs = signpostRouteCatalogue.nhsComplaint;
  await expect(app.getByRole('heading', { name: nhs.name })).toBeVisible();
  await expect(app.getByText(nhs.howToStart, { exact: true })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Free, independent help' })).toBeVisible();
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'start-result-health-only');
});

test('leaving halfway: answers are saved page by page and shown again after a reload', async ({ app }) => {
  await openInterview(app, 'Kit');
  await chooseRadio(app, 'They issued or changed an EHC plan, and I disagree with what it says');
  await continueTo(app, SECTIONS_QUESTION);
  await setCheckbox(app, 'Section B – special educational needs');
  await setCheckbox(app, 'Section F – special educational provision');
  await chooseRadio(app, 'I do not disagree with Section I');
  await continueTo(app, DATE_QUESTION);

  await app.reload();
  await expect(heading(app)).toHaveText(DATE_QUESTION);
  await activate(app, app.getByRole('link', { name: 'Back', exact: true }));
  await expect(heading(app)).toHaveText(SECTIONS_QUESTION);
  await expect(app.getByRole('checkbox', { name: 'Section B – special educational needs' })).toBeChecked();
  await expect(app.getByRole('checkbox', { name: 'Section F – special educational provision' })).toBeChecked();
  await expect(app.getByRole('radio', { name: 'I do not disagree with Section I' })).toBeChecked();
  await tabTo(app, app.getByRole('link', { name: 'Back', exact: true }), 60);
  await app.keyboard.press('Enter');
  await expect(heading(app)).toHaveText(DECISION_QUESTION);
  await expect(
    app.getByRole('radio', { name: 'They issued or changed an EHC plan, and I disagree with what it says' }),
  ).toBeChecked();
});
