import { addDays, addYears, formatDateForHumans } from '../../shared/domain/dates';
import { expectNoAxeViolations, saveScreenshot } from './support/checks';
import { expect, test } from './support/harness';
import { activate } from './support/keyboard';
import { loadAssessCase } from './support/rules';
import { chooseRadio, continueTo, fillDate, openInterview, todayInLondon } from './support/startInterview';
import {
  chooseRadioInput,
  createCaseWithFacts,
  followErrorLink,
  openAppealPage,
  overviewOf,
  saveAndContinue,
  typeInto,
  yesNoRadio,
} from './support/submissionsPeople';

// "Write your appeal": the pages about the people, the mediation certificate, a late appeal, other
// cases, the hearing, the letter to the council and the declaration, filled by keyboard alone.

// Each journey visits up to a dozen pages by keyboard with an axe scan on each: well over the
// default minute when other builds share the machine.
test.describe.configure({ timeout: 150_000 });

/** "4 March 2017": how the pages show a date of birth or certificate date. */
const humanDate = (iso: string) => formatDateForHumans(iso).replace(/^[A-Za-z]+day /, '');

test('refusal to assess: every page a parent fills, errors linked to fields, answers kept', async ({
  app,
}, testInfo) => {
  const today = todayInLondon();
  const dateOfBirth = addYears(today, -8);

  // "Start a case" through its own interview: SEND35a, a certificate needed but not held yet.
  const caseId = await openInterview(app, 'Maya');
  await chooseRadio(app, 'They refused to carry out an EHC needs assessment');
  await continueTo(app, 'What date is on the decision letter?');
  await fillDate(app, 'decision-date', addDays(today, -14));
  await continueTo(app, 'Do you have a mediation certificate?');
  await chooseRadio(app, 'No, not yet');
  await continueTo(app, 'What is the child’s or young person’s date of birth?');
  await fillDate(app, 'date-of-birth', dateOfBirth);
  await continueTo(app, 'What does the decision letter tell you?');
  await continueTo(app, 'Your result');

  // The child: the date of birth is shown from "start a case", not asked again.
  await openAppealPage(app, caseId, 'child', 'About the child');
  await expect(app.getByRole('definition').filter({ hasText: humanDate(dateOfBirth) })).toBeVisible();
  await expect(app.getByRole('link', { name: 'Change date of birth' })).toHaveAttribute(
    'href',
    `#/cases/${caseId}/start/date-of-birth?change=1`,
  );
  await typeInto(app, app.getByLabel('First name', { exact: true }), 'Maya');
  await typeInto(app, app.getByLabel('Last name', { exact: true }), 'Jones');
  await typeInto(app, app.getByLabel('School, college or other setting they go to now'), 'Oak Tree Primary School');
  await typeInto(app, app.getByLabel('Languages they use'), 'English and Polish');
  await saveScreenshot(app, testInfo, 'people-child');
  await saveAndContinue(app, 'Who is appealing');

  // The person appealing: a parent, so no offer to copy the child's name.
  await expectNoAxeViolations(app);
  await expect(
    app.getByText('Until the end of compulsory school age, a parent appeals.', { exact: false }),
  ).toBeVisible();
  await expect(app.getByRole('button', { name: 'Use the young person’s name' })).toHaveCount(0);
  await expect(app.getByLabel('First name', { exact: true })).toHaveAttribute('autocomplete', 'given-name');
  await typeInto(app, app.getByLabel('First name', { exact: true }), 'Sarah');
  await typeInto(app, app.getByLabel('Last name', { exact: true }), 'Jones');
  await typeInto(app, app.getByLabel('Relationship to the child'), 'Mother');
  await saveAndContinue(app, 'Your contact details');

  // Contact details: a mistyped email is shown in the summary and by the field, and nothing is saved.
  await expectNoAxeViolations(app);
  const email = app.getByLabel('Email address');
  await expect(email).toHaveAttribute('autocomplete', 'email');
  await expect(app.getByLabel('Address', { exact: true })).toHaveAttribute('autocomplete', 'street-address');
  await expect(app.getByLabel('Postcode')).toHaveAttribute('autocomplete', 'postal-code');
  await expect(app.getByLabel('Phone number')).toHaveAttribute('autocomplete', 'tel');
  await typeInto(app, app.getByLabel('Address', { exact: true }), '1 High Street\nExampletown');
  await typeInto(app, app.getByLabel('Postcode'), 'EX1 2AB');
  await typeInto(app, app.getByLabel('Phone number'), '07700 900982');
  await typeInto(app, email, 'sarah.example.com');
  await chooseRadioInput(app, app.getByRole('radio', { name: 'Email', exact: true }));
  await saveAndContinue(app);
  const badEmail = 'Enter an email address in the correct format, like name@example.com';
  await followErrorLink(app, badEmail, email);
  await expect(app.locator('#contact-email-error')).toContainText(badEmail);
  await saveScreenshot(app, testInfo, 'people-contact-error');
  expect((await overviewOf(app, caseId)).answers.contact).toBeUndefined();
  await typeInto(app, email, 'sarah@example.com');
  await saveAndContinue(app, 'Other parents and carers');

  // Other parents: add two, remove the second; focus follows, and each person is its own group.
  await expectNoAxeViolations(app);
  await expect(app.getByRole('button', { name: 'There is no one else' })).toBeVisible();
  await activate(app, app.getByRole('button', { name: 'Add a person' }));
  await expect(app.locator('#otherPeople-0-name')).toBeFocused();
  const first = app.getByRole('group', { name: 'Person 1' });
  await typeInto(app, first.getByLabel('Full name'), 'David Jones');
  await typeInto(app, first.getByLabel('Relationship to the child'), 'Father');
  await typeInto(app, first.getByLabel('Address, if you know it'), '5 Low Road, Exampletown');
  await chooseRadioInput(app, yesNoRadio(app, 'otherPeople-0-hasParentalResponsibility', 'yes'));
  await chooseRadioInput(app, yesNoRadio(app, 'otherPeople-0-toldAboutAppeal', 'no'));
  await activate(app, app.getByRole('button', { name: 'Add another person' }));
  await expect(app.locator('#otherPeople-1-name')).toBeFocused();
  await expect(app.getByRole('status').filter({ hasText: 'Person 2 added.' })).toBeAttached();
  await app.keyboard.type('Grace Jones');
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'people-other-people');
  await activate(app, app.getByRole('button', { name: 'Remove person 2' }));
  await expect(app.locator('#otherPeople-0-name')).toBeFocused();
  await expect(app.getByRole('status').filter({ hasText: 'Person 2 removed.' })).toBeAttached();
  await expect(app.getByRole('group', { name: 'Person 2' })).toHaveCount(0);
  await saveAndContinue(app, 'Someone helping you');

  // A representative: "yes" needs a name; the details are revealed under the answer.
  await expectNoAxeViolations(app);
  await expect(app.getByText('Representative or supporter: what is the difference?')).toBeVisible();
  await chooseRadioInput(app, yesNoRadio(app, 'representative-has', 'yes'));
  await typeInto(app, app.getByLabel('Their organisation (optional)'), 'Exampleshire SENDIASS');
  await saveAndContinue(app);
  await followErrorLink(app, 'Enter the name of the person helping you', app.getByLabel('Their full name'));
  await typeInto(app, app.getByLabel('Their full name'), 'Priya Shah');
  await chooseRadioInput(app, yesNoRadio(app, 'representative-tribunalShouldContact', 'no'));
  await saveAndContinue(app, 'About the decision');

  // The decision: what "start a case" knows is shown with links to change it.
  await expectNoAxeViolations(app);
  await expect(app.getByText('Refusal to carry out an EHC needs assessment')).toBeVisible();
  await expect(app.getByRole('link', { name: 'Add council' })).toHaveAttribute('href', `#/cases/${caseId}/council`);
  await chooseRadioInput(app, yesNoRadio(app, 'followsAnnualReview', 'no'));
  await typeInto(app, app.getByLabel('Is there anything that makes the appeal urgent?'), 'She is out of education.');
  await saveAndContinue(app);
  await expect(app).toHaveURL(new RegExp(`/cases/${caseId}/appeal/reasons$`));

  // Mediation without a certificate: when to contact the adviser, and why there is none.
  await openAppealPage(app, caseId, 'mediation', 'Mediation');
  await expect(app.getByRole('heading', { name: /^Contact the mediation adviser by / })).toBeVisible();
  await expect(app.getByText('Can I appeal without a certificate?')).toBeVisible();
  await chooseRadioInput(app, yesNoRadio(app, 'mediation-wantsMediation', 'no'));
  await typeInto(app, app.getByLabel('The mediation adviser’s name'), 'Alex Adviser');
  await typeInto(app, app.getByLabel('Their organisation'), 'Exampleshire Mediation');
  await typeInto(
    app,
    app.getByLabel('Why do you not have a mediation certificate?'),
    'I asked the adviser for a certificate and am waiting for it.',
  );
  await saveScreenshot(app, testInfo, 'people-mediation');
  await saveAndContinue(app, 'Other appeals and court cases');

  // Other cases: details only under "yes".
  await expectNoAxeViolations(app);
  await chooseRadioInput(app, yesNoRadio(app, 'otherAppeals-hasOtherAppeals', 'no'));
  await chooseRadioInput(app, yesNoRadio(app, 'otherAppeals-hasCourtCases', 'yes'));
  await typeInto(app, app.getByLabel('Tell us about the court case'), 'Family court, about contact.');
  await saveAndContinue(app, 'The hearing');

  // The hearing: SEND35a asks about a decision on the papers.
  await expectNoAxeViolations(app);
  await chooseRadioInput(app, yesNoRadio(app, 'hearing-paperDecisionAgreed', 'yes'));
  await chooseRadioInput(app, app.getByRole('radio', { name: 'By video' }));
  await chooseRadioInput(app, yesNoRadio(app, 'hearing-canJoinByVideo', 'yes'));
  await chooseRadioInput(app, yesNoRadio(app, 'hearing-earlierHearingWanted', 'yes'));
  await expect(app.getByText('The Tribunal provides an interpreter free of charge', { exact: false })).toBeVisible();
  await typeInto(app, app.getByLabel('If you or anyone taking part needs an interpreter, which language?'), 'Polish');
  await typeInto(
    app,
    app.getByLabel('Does anyone taking part need changes to help them take part?'),
    'Breaks every hour.',
  );
  await saveScreenshot(app, testInfo, 'people-hearing');
  await saveAndContinue(app, 'Declaration');

  // The declaration: what it says, and the date defaults to today, even when the boxes are emptied.
  await expectNoAxeViolations(app);
  await expect(app.getByText('is true to the best of your knowledge and belief', { exact: false })).toBeVisible();
  await expect(app.locator('#declaration-date-year')).toHaveValue(today.slice(0, 4));
  await typeInto(app, app.getByLabel('Full name'), 'Sarah Jones');
  for (const part of ['day', 'month', 'year']) await typeInto(app, app.locator(`#declaration-date-${part}`), '');
  await saveAndContinue(app);
  await expect(app).toHaveURL(new RegExp(`/cases/${caseId}/appeal/check-your-answers$`));

  // Everything was saved as typed.
  const saved = (await overviewOf(app, caseId)).answers;
  expect(saved).toMatchObject({
    child: { firstName: 'Maya', lastName: 'Jones', schoolOrSetting: 'Oak Tree Primary School' },
    appellant: { firstName: 'Sarah', lastName: 'Jones', relationship: 'Mother' },
    contact: { address: '1 High Street\nExampletown', email: 'sarah@example.com', preferredContact: 'email' },
    otherPeople: [
      { name: 'David Jones', relationship: 'Father', hasParentalResponsibility: true, toldAboutAppeal: false },
    ],
    representative: { name: 'Priya Shah', organisation: 'Exampleshire SENDIASS', tribunalShouldContact: false },
    followsAnnualReview: false,
    urgency: 'She is out of education.',
    mediation: { hasCertificate: false, wantsMediation: false, adviserName: 'Alex Adviser' },
    otherAppeals: { hasOtherAppeals: false, hasCourtCases: true, courtCasesDetails: 'Family court, about contact.' },
    hearing: { paperDecisionAgreed: true, attendance: 'video', canJoinByVideo: true, interpreterLanguage: 'Polish' },
    declaration: { name: 'Sarah Jones', date: today },
  });
  expect(saved.otherPeople).toHaveLength(1);

  // Coming back after a reload: every page starts from the saved answers.
  await app.reload();
  await openAppealPage(app, caseId, 'contact', 'Your contact details');
  await expect(app.getByLabel('Email address')).toHaveValue('sarah@example.com');
  await expect(app.getByRole('radio', { name: 'Email', exact: true })).toBeChecked();
  await openAppealPage(app, caseId, 'other-people', 'Other parents and carers');
  await expect(app.getByRole('group', { name: 'Person 1' }).getByLabel('Full name')).toHaveValue('David Jones');
  await expect(yesNoRadio(app, 'otherPeople-0-hasParentalResponsibility', 'yes')).toBeChecked();
  await expect(yesNoRadio(app, 'otherPeople-0-toldAboutAppeal', 'no')).toBeChecked();
  await openAppealPage(app, caseId, 'representative', 'Someone helping you');
  await expect(app.getByLabel('Their full name')).toHaveValue('Priya Shah');
  await openAppealPage(app, caseId, 'hearing', 'The hearing');
  await expect(app.getByRole('radio', { name: 'By video' })).toBeChecked();
  await expect(app.getByLabel('Does anyone taking part need changes to help them take part?')).toHaveValue(
    'Breaks every hour.',
  );
  await openAppealPage(app, caseId, 'declaration', 'Declaration');
  await expect(app.getByLabel('Full name')).toHaveValue('Sarah Jones');
});

test('late contents appeal by a young person: their name copied, late explanation prefilled, letter to the council', async ({
  app,
}, testInfo) => {
  const today = todayInLondon();
  const facts = {
    decisionType: 'contents' as const,
    sections: { b: true, f: true, i: null },
    decisionDate: addDays(today, -400),
    certificateDate: addDays(today, -380),
    dateOfBirth: addYears(today, -17),
    youngPersonHasCapacity: true,
    letter: {
      rightOfAppeal: true,
      timeLimit: false,
      mediationAdviserContact: false,
      certificateNeeded: true,
      disagreementResolution: true,
      informationAdviceService: true,
      mediationDoesNotAffectAppeal: true,
      healthSocialCareRecommendations: true,
    },
  };
  const caseId = await createCaseWithFacts(app, 'Sam', facts);
  const { assessCase } = await loadAssessCase();
  const deadline = assessCase(facts, today).deadline;
  if (deadline === null) throw new Error('expected a deadline');
  const { known } = await overviewOf(app, caseId);
  expect(known.appellant).toBe('youngPerson');
  expect(known.lateAppealLines.length).toBeGreaterThan(0);

  await openAppealPage(app, caseId, 'child', 'About the young person');
  await typeInto(app, app.getByLabel('First name', { exact: true }), 'Sam');
  await typeInto(app, app.getByLabel('Last name', { exact: true }), 'Taylor');
  await saveAndContinue(app, 'Who is appealing');

  // §3: the young person appeals in their own name; their name is offered, not retyped.
  await expectNoAxeViolations(app);
  await expect(app.getByText('They appeal in their own name', { exact: false })).toBeVisible();
  await expect(app.getByText('representative', { exact: false }).first()).toBeVisible();
  await activate(app, app.getByRole('button', { name: 'Use the young person’s name' }));
  await expect(app.getByRole('status').filter({ hasText: 'Sam Taylor’s name has been copied' })).toBeVisible();
  await expect(app.getByLabel('First name', { exact: true })).toHaveValue('Sam');
  await expect(app.getByLabel('Last name', { exact: true })).toHaveValue('Taylor');
  await expect(app.getByLabel('Relationship to the young person')).toHaveValue('The young person');
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'people-appellant-young-person');
  await saveAndContinue(app, 'Your contact details');

  // "There is no one else" saves an empty list, which counts as answered.
  await openAppealPage(app, caseId, 'other-people', 'Other parents and carers');
  await saveAndContinue(app, 'Someone helping you', 'There is no one else');
  await expect(app.getByText('a parent who helps them can be their representative', { exact: false })).toBeVisible();
  const afterPeople = await overviewOf(app, caseId);
  expect(afterPeople.answers.otherPeople).toEqual([]);
  expect(afterPeople.pages.find((p) => p.id === 'otherPeople')?.status).toBe('done');

  // Mediation with a certificate: its date is shown from "start a case"; only the adviser is asked.
  await openAppealPage(app, caseId, 'mediation', 'Mediation');
  await expect(app.getByText(`Issued on ${humanDate(facts.certificateDate)}`)).toBeVisible();
  await expect(app.locator('#mediation-wantsMediation')).toHaveCount(0);
  await typeInto(app, app.getByLabel('The mediation adviser’s name'), 'Alex Adviser');
  await saveAndContinue(app, 'Why the appeal is late');

  // Late: the explanation starts from what the letter left out; the deadline is shown with its workings.
  await expectNoAxeViolations(app);
  const explanation = app.getByLabel('Why is your appeal late?');
  await expect(explanation).toHaveValue(known.lateAppealLines.join('\n\n'));
  await expect(app.locator('#deadline-date')).toHaveText(deadline.deadlineForHumans);
  await expect(app.locator('#deadline-countdown')).toHaveText(
    'This date has passed — you can still ask the Tribunal to accept a late appeal',
  );
  for (const line of deadline.explanation) await expect(app.getByText(line, { exact: true })).toBeVisible();
  await saveScreenshot(app, testInfo, 'people-late');
  await typeInto(app, explanation, 'I did not know there was a time limit.');
  await saveAndContinue(app, 'Other appeals and court cases');

  // The hearing: no "on the papers" question on the SEND35.
  await openAppealPage(app, caseId, 'hearing', 'The hearing');
  await expect(app.locator('#hearing-paperDecisionAgreed')).toHaveCount(0);
  await chooseRadioInput(app, app.getByRole('radio', { name: 'In person' }));
  await saveAndContinue(app, 'Ask the council for missing papers');

  // The letter to the council: an impossible date is linked to its box; appendices added and removed.
  await expectNoAxeViolations(app);
  await typeInto(app, app.locator('#councilRequest-planDate-day'), '31');
  await typeInto(app, app.locator('#councilRequest-planDate-month'), '2');
  await typeInto(app, app.locator('#councilRequest-planDate-year'), '2025');
  await activate(app, app.getByRole('button', { name: 'Add a missing appendix' }));
  await expect(app.getByLabel('Missing appendix 1')).toBeFocused();
  await app.keyboard.type('Speech and language therapy advice');
  await activate(app, app.getByRole('button', { name: 'Add another missing appendix' }));
  await expect(app.getByLabel('Missing appendix 2')).toBeFocused();
  await app.keyboard.type('Occupational therapy report');
  await activate(app, app.getByRole('button', { name: 'Add another missing appendix' }));
  await expect(app.getByLabel('Missing appendix 3')).toBeFocused();
  await activate(app, app.getByRole('button', { name: 'Remove missing appendix 1' }));
  await expect(app.getByLabel('Missing appendix 1')).toBeFocused();
  await expect(app.getByLabel('Missing appendix 1')).toHaveValue('Occupational therapy report');
  await chooseRadioInput(app, yesNoRadio(app, 'councilRequest-wantsWordCopy', 'yes'));
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'people-council-letter');
  await saveAndContinue(app);
  await followErrorLink(app, 'The date on the plan must be a real date', app.locator('#councilRequest-planDate-day'));
  await typeInto(app, app.locator('#councilRequest-planDate-day'), '28');
  await saveAndContinue(app, 'Declaration');
  await expect(app.getByText('The young person signs the declaration', { exact: false })).toBeVisible();

  const saved = (await overviewOf(app, caseId)).answers;
  expect(saved.appellant).toEqual({ firstName: 'Sam', lastName: 'Taylor', relationship: 'The young person' });
  expect(saved.mediation).toMatchObject({ hasCertificate: true, adviserName: 'Alex Adviser' });
  expect(saved.lateAppeal?.explanation).toBe('I did not know there was a time limit.');
  // The blank third appendix is left out.
  expect(saved.councilRequest).toEqual({
    planDate: '2025-02-28',
    missingAppendices: ['Occupational therapy report'],
    wantsWordCopy: true,
  });

  // Coming back: the edited explanation stays (not prefilled again), and the appendices are there.
  await app.reload();
  await openAppealPage(app, caseId, 'late-appeal', 'Why the appeal is late');
  await expect(app.getByLabel('Why is your appeal late?')).toHaveValue('I did not know there was a time limit.');
  await openAppealPage(app, caseId, 'council-letter', 'Ask the council for missing papers');
  await expect(app.getByLabel('Missing appendix 1')).toHaveValue('Occupational therapy report');
  await expect(app.getByLabel('Missing appendix 2')).toHaveCount(0);
  await expect(app.locator('#councilRequest-planDate-day')).toHaveValue('28');
});
