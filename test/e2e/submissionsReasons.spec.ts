import { addDays, addYears } from '../../shared/domain/dates';
import { expectNoAxeViolations, saveScreenshot } from './support/checks';
import { expect, test } from './support/harness';
import { activate, tabTo } from './support/keyboard';
import { chooseRadio, fillDate, heading, setCheckbox, todayInLondon } from './support/startInterview';
import {
  addDocuments,
  chooseOption,
  saveAndContinue,
  savedAnswers,
  startContentsAppeal,
  typeInto,
} from './support/submissionsReasons';

// "Write your appeal", the reasons pages, in the browser against the real main-process services:
// a contents appeal about Sections B, F and I answered by keyboard alone, with evidence picked
// from imported PDFs, the Section F wording check, a recommendation, and the evidence map.

const VAGUE = 'access to regular speech and language therapy';
const SPECIFIC =
  '45 minutes of speech and language therapy weekly, delivered by an HCPC registered speech and language therapist';

test('contents appeal: Sections B, F and I, a recommendation and the evidence map, by keyboard', async ({
  app,
  harness,
}, testInfo) => {
  // The interview and five pages typed key by key, with an axe scan on each: longer than most journeys.
  test.setTimeout(150_000);
  const caseId = await startContentsAppeal(app, 'Sam');
  await addDocuments(app, caseId, [
    { title: 'EP report', pages: 3 },
    { title: 'Therapy report', pages: 2 },
  ]);
  const open = (slug: string) => app.goto(`${harness.origin}/#/cases/${caseId}/appeal/${slug}`);

  // Section B.
  await open('section-b');
  await expect(heading(app)).toHaveText('Section B: special educational needs');
  await expectNoAxeViolations(app);
  await typeInto(app, app.getByLabel('What does Section B say now?'), 'Sam has some speech difficulties.');
  await typeInto(
    app,
    app.getByLabel('What do you want Section B to say?'),
    'Sam has a severe language disorder and cannot follow instructions of more than two steps.',
  );
  await typeInto(app, app.getByLabel('Why should Section B be changed?'), 'The EP report describes the disorder.');
  await saveAndContinue(app);
  await expect(heading(app)).toHaveText('Section F: special educational provision');
  await expect(heading(app)).toBeFocused();

  // Section F: the vague wording is pointed out as it is typed, next to the box.
  const proposed = app.getByLabel('What do you want Section F to say?');
  await typeInto(app, app.getByLabel('What does Section F say now?'), 'Sam will have access to support.');
  await typeInto(app, proposed, VAGUE);
  const check = app.locator('#sectionF-proposedWording-check');
  await expect(check).toHaveText(/^Wording check: 2 phrases may not be specific enough/);
  await expect(proposed).toHaveAccessibleDescription(/Wording check: 2 phrases/);
  await expect(
    app.getByText('“access to”: "Access to" does not promise that anything will happen.', { exact: false }),
  ).toBeVisible();
  await expect(app.getByText('“regular”: "Regular" does not say how often.', { exact: false })).toBeVisible();
  await typeInto(app, app.getByLabel('Why should Section F be changed?'), 'Page 2 of the EP report recommends it.');
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'section-f-vague-wording');

  // Saving it anyway: saved, and a summary of what to look at again (a warning, not an error).
  await saveAndContinue(app);
  const summary = app.getByRole('region', { name: 'Your answers are saved: check the wording' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: '“access to”' })).toBeVisible();
  await expect(heading(app)).toHaveText('Section F: special educational provision');
  expect((await savedAnswers(app, caseId)).sectionF?.proposedWording).toBe(VAGUE);
  await expectNoAxeViolations(app);
  await activate(app, summary.getByRole('link', { name: '“regular”' }));
  await expect(proposed).toBeFocused();

  // Specific wording: no prompt.
  await typeInto(app, proposed, SPECIFIC);
  await expect(check).toHaveText('Wording check: nothing vague found.');
  await expect(summary).toHaveCount(0);
  await expect(app.locator('.app-wording-check li')).toHaveCount(0);

  // Evidence: a page that does not exist is refused; Enter in the page box adds; one is removed.
  const documentList = app.getByLabel('Document', { exact: true });
  const pageBox = app.getByLabel('Page number');
  const announced = app.getByRole('status').filter({ hasText: /evidence listed/ });
  await chooseOption(app, documentList, 'EP report (3 pages)');
  await typeInto(app, pageBox, '9');
  await activate(app, app.getByRole('button', { name: 'Add this evidence' }));
  await expect(app.getByText('EP report has 3 pages: enter a page number from 1 to 3')).toBeVisible();
  await expect(pageBox).toBeFocused();
  await app.keyboard.press('ControlOrMeta+A');
  await app.keyboard.type('2');
  await app.keyboard.press('Enter');
  await expect(announced).toHaveText('Added EP report, p.2. 1 piece of evidence listed.');
  await expect(heading(app)).toHaveText('Section F: special educational provision');
  await chooseOption(app, documentList, 'Therapy report (2 pages)');
  await typeInto(app, pageBox, '1');
  await activate(app, app.getByRole('button', { name: 'Add this evidence' }));
  await expect(announced).toHaveText('Added Therapy report, p.1. 2 pieces of evidence listed.');
  const cited = app.locator('.app-citations__item');
  await expect(cited).toHaveCount(2);
  await expect(cited.first()).toContainText(/^EP report, p\.2 \((bundle pages? \S+|not in the bundle yet)\)/);
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'section-f-evidence');
  await activate(app, app.getByRole('button', { name: 'Remove Therapy report, p.1' }));
  await expect(announced).toHaveText('Removed Therapy report, p.1. 1 piece of evidence listed.');
  await expect(app.locator('#sectionF-evidence-count')).toBeFocused();
  await expect(cited).toHaveCount(1);
  await saveAndContinue(app);

  // Section I, with an independent school that has confirmed a place.
  await expect(heading(app)).toHaveText('Section I: school or college');
  await expect(heading(app)).toBeFocused();
  const saved = await savedAnswers(app, caseId);
  expect(saved.sectionF?.proposedWording).toBe(SPECIFIC);
  expect(saved.sectionF?.evidence).toHaveLength(1);
  expect(saved.sectionF?.evidence?.[0]?.page).toBe(2);
  expect(saved.sectionB?.currentWording).toBe('Sam has some speech difficulties.');
  await typeInto(app, app.getByLabel('Name of the school or college you want'), 'Riverside Language School');
  await typeInto(app, app.getByLabel('Its full address'), '1 River Road, Exampletown, EX1 2AB');
  await typeInto(app, app.getByLabel('Type of school or college'), 'Independent special school for language');
  await chooseRadio(app, 'Independent');
  await chooseRadio(app, 'Yes');
  const contacted = addDays(todayInLondon(), -20);
  await fillDate(app, 'placement-dateContacted', contacted);
  await typeInto(app, app.getByLabel('What did it say?'), 'It has a place in Year 5 and can meet Sam’s needs.');
  await typeInto(
    app,
    app.getByLabel('Why do you want this school or college?'),
    'It has speech and language therapists on site every day.',
  );
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'section-i');
  await saveAndContinue(app);

  // Recommendations: Section G is asked for; Section C is started, then unticked and so removed.
  await expect(heading(app)).toHaveText('Health and social care recommendations');
  expect((await savedAnswers(app, caseId)).placement).toMatchObject({
    settingName: 'Riverside Language School',
    sector: 'independent',
    placeConfirmedInWriting: true,
    dateContacted: contacted,
  });
  await expect(app.getByText('These are recommendations, not orders.', { exact: false })).toBeVisible();
  await setCheckbox(app, 'Section C: health needs');
  await typeInto(app, app.locator('#recommendations-c-issue'), 'Sam has reflux that affects his sleep.');
  await setCheckbox(app, 'Section G: health provision');
  await typeInto(app, app.locator('#recommendations-g-issue'), 'Section G does not mention speech therapy.');
  await typeInto(
    app,
    app.locator('#recommendations-g-recommendationSought'),
    'Weekly speech and language therapy from the NHS team.',
  );
  await setCheckbox(app, 'Section C: health needs', false);
  await expect(
    app.getByText('You have unticked Section C: health needs. What you wrote about it will be removed', {
      exact: false,
    }),
  ).toBeVisible();
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'recommendations');
  await saveAndContinue(app);
  await expect(app).toHaveURL(/\/appeal\/mediation$/);
  const recommendations = (await savedAnswers(app, caseId)).recommendations;
  expect(Object.keys(recommendations ?? {})).toEqual(['g']);
  expect(recommendations?.g?.recommendationSought).toBe('Weekly speech and language therapy from the NHS team.');

  // The evidence map: gaps first (Section G has no evidence), then what is supported, then unused documents.
  await open('evidence-map');
  await expect(heading(app)).toHaveText('Evidence map');
  const gaps = app.getByRole('region', { name: /^Points with no evidence yet/ });
  await expect(gaps).toContainText('Section G');
  await expect(gaps.getByRole('link', { name: /^Add evidence for Section G/ })).toHaveAttribute(
    'href',
    `#/cases/${caseId}/appeal/recommendations?from=evidence-map`,
  );
  await expect(gaps).not.toContainText('Section F');
  const supported = app.getByRole('region', { name: /^Points and their evidence/ });
  await expect(supported).toContainText('Section F');
  await expect(supported).toContainText('EP report, p.2');
  await expect(app.getByRole('region', { name: /^Documents not used as evidence yet/ })).toContainText(
    'Therapy report',
  );
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'evidence-map');

  // From a gap to its page and, after saving, straight back to the map rather than on through the pages.
  await gaps.getByRole('link', { name: /^Add evidence for Section G/ }).click();
  await expect(app).toHaveURL(/\/appeal\/recommendations\?from=evidence-map$/);
  await saveAndContinue(app);
  await expect(app).toHaveURL(/\/appeal\/evidence-map$/);
});

test('a citation to a removed document is flagged with what to do', async ({ app, harness }) => {
  const caseId = await startContentsAppeal(app, 'Ali');
  const [epReport = ''] = await addDocuments(app, caseId, [{ title: 'EP report', pages: 2 }]);
  await app.evaluate(
    async ({ id, documentId }) => {
      const result = await window.api.submissions.saveAnswers({
        caseId: id,
        answers: { sectionB: { proposedWording: 'Needs', evidence: [{ documentId, page: 1 }] } },
      });
      if (!result.ok) throw new Error(result.error.message);
      const removed = await window.api.documents.delete({ id: documentId });
      if (!removed.ok) throw new Error(removed.error.message);
    },
    { id: caseId, documentId: epReport },
  );
  await app.goto(`${harness.origin}/#/cases/${caseId}/appeal/section-b`);
  const cited = app.locator('.app-citations__item');
  await expect(cited).toContainText('Removed document, p.1');
  await expect(cited).toContainText('Check this');
  await expect(cited).toContainText('This document is no longer in your appeal. Remove this reference');
  // No documents left: the page says so and links to the documents screen.
  await expect(app.getByRole('link', { name: 'Add your documents' })).toHaveAttribute(
    'href',
    `#/cases/${caseId}/documents`,
  );
  await expectNoAxeViolations(app);
  await activate(app, app.getByRole('button', { name: 'Remove Removed document, p.1' }));
  await expect(cited).toHaveCount(0);
  await tabTo(app, app.getByRole('button', { name: 'Save and continue' }), 80);
  await app.keyboard.press('Enter');
  await expect(heading(app)).toHaveText('Section F: special educational provision');
  const saved = await app.evaluate(async (id) => {
    const result = await window.api.submissions.get({ caseId: id });
    if (!result.ok) throw new Error(result.error.message);
    return result.value.answers.sectionB;
  }, caseId);
  expect(saved?.evidence).toBeUndefined();
});

test('refusal to assess: the reasons page explains the legal test, and Section B does not apply', async ({
  app,
  harness,
}, testInfo) => {
  const today = todayInLondon();
  const caseId = await app.evaluate(
    async (facts) => {
      const created = await window.api.cases.create({ name: 'Maya' });
      if (!created.ok) throw new Error(created.error.message);
      const saved = await window.api.cases.saveFacts({ id: created.value.id, facts });
      if (!saved.ok) throw new Error(saved.error.message);
      return created.value.id;
    },
    {
      decisionType: 'refusalToAssess' as const,
      decisionDate: addDays(today, -10),
      certificateDate: addDays(today, -2),
      dateOfBirth: addYears(today, -7),
    },
  );
  await app.goto(`${harness.origin}/#/cases/${caseId}/appeal/reasons`);
  await expect(heading(app)).toHaveText('Why do you disagree with the decision?');
  await expect(
    app.getByText('The decision you are appealing: Refusal to carry out an EHC needs assessment.', { exact: false }),
  ).toBeVisible();
  const reasons = app.getByLabel('Your reasons');
  await expect(reasons).toHaveAccessibleDescription(/may have SEN and may need provision through a plan/);
  await expect(app.getByText('There are no documents in this appeal yet', { exact: false })).toBeVisible();
  await typeInto(app, reasons, 'Maya cannot read at all at seven, and the school says it has run out of ideas.');
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'reasons-refusal-to-assess');
  await saveAndContinue(app);
  await expect(app).not.toHaveURL(/\/appeal\/reasons$/);
  expect((await savedAnswers(app, caseId)).generalReasons?.reasons).toBe(
    'Maya cannot read at all at seven, and the school says it has run out of ideas.',
  );

  await app.goto(`${harness.origin}/#/cases/${caseId}/appeal/section-b`);
  await expect(heading(app)).toHaveText('This question is not part of your appeal');
  await expectNoAxeViolations(app);
});
