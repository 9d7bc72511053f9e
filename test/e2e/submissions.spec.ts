import type { Locator, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, addYears } from '../../shared/domain/dates';
import { buildPdf } from '../fixtures/pdfFixtures';
import { expectNoAxeViolations, saveScreenshot } from './support/checks';
import { expect, test, type Harness } from './support/harness';
import { activate, tabTo } from './support/keyboard';
import { chooseRadio, fillDate, heading, todayInLondon } from './support/startInterview';
import { chooseRadioInput, yesNoRadio } from './support/submissionsPeople';
import { addDocuments, chooseOption, startContentsAppeal, typeInto } from './support/submissionsReasons';

// "Write your appeal" from end to end (issue 6): a contents appeal answered through "start a
// case", every page filled by keyboard alone in order, "check your answers" with what is missing
// first, a change made through its link, and the documents saved as Word and as PDF, read back
// with unzip and pdftotext rather than the app's own code.

const downloads = (harness: Harness) => join(harness.dataFolder, 'downloads');
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Presses the page's submit button by keyboard and waits for the next page's heading to take focus. */
async function saveAndGoTo(app: Page, nextTitle: string, label = 'Save and continue'): Promise<void> {
  await tabTo(app, app.getByRole('button', { name: label }), 120);
  await app.keyboard.press('Enter');
  await expect(heading(app)).toHaveText(nextTitle);
  await expect(heading(app)).toBeFocused();
}

/** Follows a link by keyboard (it may be far down a long page) and waits for the page it opens. */
async function follow(app: Page, link: Locator, nextTitle: string): Promise<void> {
  await tabTo(app, link, 150);
  await app.keyboard.press('Enter');
  await expect(heading(app)).toHaveText(nextTitle);
  await expect(heading(app)).toBeFocused();
}

/** The summary card of one page on "check your answers". */
const card = (app: Page, title: string) => app.locator('.govuk-summary-card').filter({ hasText: title });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The row of a summary card whose question is exactly `label`. */
const answerIn = (summary: Locator, label: string) =>
  summary
    .locator('.govuk-summary-list__row')
    .filter({ has: summary.page().locator('dt', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) });

test('contents appeal by keyboard: every page in order, check your answers, change an answer, save Word and PDF', async ({
  app,
  harness,
}, testInfo) => {
  test.setTimeout(180_000);
  const caseId = await startContentsAppeal(app, 'Sam');
  await addDocuments(app, caseId, [{ title: 'EP report', pages: 3 }]);

  // The case page links to "write your appeal".
  await app.goto(`${harness.origin}/#/cases/${caseId}`);
  await follow(app, app.getByRole('link', { name: /^Write your appeal/ }), 'Write your appeal');
  const groups = app.getByRole('heading', { level: 2 });
  await expect(groups).toHaveText([
    'About you and the child',
    'What you disagree with and why',
    'Mediation, hearing and declaration',
    'Check and create your documents',
  ]);
  await expect(app.locator('#task-child-status')).toHaveText('Not yet started');
  await expect(app.locator('#task-documents-status')).toHaveText('Not saved yet');
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'submissions-journey-hub');

  await follow(app, app.getByRole('link', { name: 'About the child' }), 'About the child');
  await typeInto(app, app.getByLabel('First name', { exact: true }), 'Sam');
  await typeInto(app, app.getByLabel('Last name', { exact: true }), 'Example');
  await typeInto(app, app.getByLabel('Languages they use'), 'English');
  await saveAndGoTo(app, 'Who is appealing');

  await typeInto(app, app.getByLabel('First name', { exact: true }), 'Alex');
  await typeInto(app, app.getByLabel('Last name', { exact: true }), 'Example');
  await typeInto(app, app.getByLabel('Relationship to the child'), 'Mother');
  await saveAndGoTo(app, 'Your contact details');

  // The address is left out on purpose: "check your answers" lists it first.
  await typeInto(app, app.getByLabel('Email address'), 'alex@example.org');
  await chooseRadioInput(app, app.getByRole('radio', { name: 'Email', exact: true }));
  await saveAndGoTo(app, 'Other parents and carers');

  await saveAndGoTo(app, 'Someone helping you', 'There is no one else');

  await chooseRadioInput(app, yesNoRadio(app, 'representative-has', 'no'));
  await saveAndGoTo(app, 'About the decision');

  await chooseRadioInput(app, yesNoRadio(app, 'followsAnnualReview', 'yes'));
  await saveAndGoTo(app, 'Section B: special educational needs');

  await typeInto(app, app.getByLabel('What does Section B say now?'), 'Sam has some speech difficulties.');
  await typeInto(app, app.getByLabel('What do you want Section B to say?'), 'Sam has a severe language disorder.');
  await typeInto(app, app.getByLabel('Why should Section B be changed?'), 'The EP report describes the disorder.');
  await saveAndGoTo(app, 'Section F: special educational provision');

  await typeInto(app, app.getByLabel('What does Section F say now?'), 'Sam will have support as required.');
  await typeInto(
    app,
    app.getByLabel('What do you want Section F to say?'),
    '45 minutes of speech and language therapy weekly, delivered by an HCPC registered speech and language therapist',
  );
  await typeInto(app, app.getByLabel('Why should Section F be changed?'), 'Page 2 of the EP report recommends it.');
  await chooseOption(app, app.getByLabel('Document', { exact: true }), 'EP report (3 pages)');
  await typeInto(app, app.getByLabel('Page number'), '2');
  await app.keyboard.press('Enter');
  await expect(app.locator('.app-citations__item')).toHaveCount(1);
  await saveAndGoTo(app, 'Section I: school or college');

  await typeInto(app, app.getByLabel('Name of the school or college you want'), 'Brookside Academy');
  await typeInto(app, app.getByLabel('Its full address'), '7 Brook Street, Exampletown');
  await typeInto(app, app.getByLabel('Type of school or college'), 'Mainstream secondary school');
  await chooseRadio(app, 'Maintained (state-funded)');
  await fillDate(app, 'placement-dateContacted', addDays(todayInLondon(), -7));
  await typeInto(app, app.getByLabel('What did it say?'), 'It has a resourced provision for language.');
  await typeInto(app, app.getByLabel('Why do you want this school or college?'), 'It is the nearest with therapists.');
  await saveAndGoTo(app, 'Health and social care recommendations');

  await saveAndGoTo(app, 'Mediation');
  await typeInto(app, app.getByLabel('The mediation adviser’s name'), 'Pat Mediator');
  await saveAndGoTo(app, 'Other appeals and court cases');

  await chooseRadioInput(app, yesNoRadio(app, 'otherAppeals-hasOtherAppeals', 'no'));
  await chooseRadioInput(app, yesNoRadio(app, 'otherAppeals-hasCourtCases', 'no'));
  await saveAndGoTo(app, 'The hearing');

  await chooseRadioInput(app, app.getByRole('radio', { name: 'By video' }));
  await chooseRadioInput(app, yesNoRadio(app, 'hearing-canJoinByVideo', 'yes'));
  await saveAndGoTo(app, 'Ask the council for missing papers');

  await chooseRadioInput(app, yesNoRadio(app, 'councilRequest-wantsWordCopy', 'yes'));
  await saveAndGoTo(app, 'Declaration');

  await typeInto(app, app.getByLabel('Full name'), 'Alex Example');
  await saveAndGoTo(app, 'Check your answers');

  // Check your answers: what is missing comes first, then every answer grouped as on the hub.
  await expect(app.getByRole('heading', { level: 2 }).first()).toHaveText('Answers still needed');
  const missing = app.getByRole('region', { name: 'Answers still needed' });
  await expect(missing.getByRole('link')).toHaveText(['What is your address?', 'Which council made the decision?']);
  await expect(app.getByRole('region', { name: 'Check these before you send anything' })).toHaveCount(0);
  const contact = card(app, 'Your contact details');
  await expect(answerIn(contact, 'Email')).toContainText('alex@example.org');
  await expect(answerIn(contact, 'Address')).toContainText('Not answered yet');
  await expect(answerIn(card(app, 'Section F: special educational provision'), 'Evidence')).toContainText(
    'EP report, page 2',
  );
  await expect(answerIn(card(app, 'Section I: school or college'), 'School or college')).toContainText(
    'Brookside Academy',
  );
  await expect(answerIn(card(app, 'Mediation'), 'Mediation adviser')).toContainText('Pat Mediator');
  await expect(answerIn(card(app, 'About the decision'), 'What the council decided')).toContainText(
    'The contents of the EHC plan',
  );
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'submissions-journey-check-answers');

  // A Change link opens the page, and saving comes back here with the new answer.
  await follow(app, app.getByRole('link', { name: 'Change email (Your contact details)' }), 'Your contact details');
  await expect(app.getByRole('link', { name: 'Back' })).toHaveAttribute(
    'href',
    `#/cases/${caseId}/appeal/check-your-answers`,
  );
  await typeInto(app, app.getByLabel('Email address'), 'alex.example@example.org');
  await saveAndGoTo(app, 'Check your answers');
  await expect(answerIn(card(app, 'Your contact details'), 'Email')).toContainText('alex.example@example.org');

  // A missing answer's link leads to its question, and saving comes back here.
  await follow(app, missing.getByRole('link', { name: 'What is your address?' }), 'Your contact details');
  await typeInto(app, app.getByLabel('Address', { exact: true }), '1 Example Road\nExampletown');
  await saveAndGoTo(app, 'Check your answers');
  await expect(missing.getByRole('link')).toHaveText(['Which council made the decision?']);
  await expect(answerIn(card(app, 'Your contact details'), 'Address')).toContainText('1 Example Road');

  // The council belongs to the case details, so it is asked (and changed) there, not again here.
  await follow(
    app,
    missing.getByRole('link', { name: 'Which council made the decision?' }),
    'Which council made the decision?',
  );
  await typeInto(app, app.getByLabel('Which council made the decision?'), 'Exampleshire County Council');
  await saveAndGoTo(app, 'Sam', 'Save');
  await follow(app, app.getByRole('link', { name: /^Write your appeal/ }), 'Write your appeal');
  await expect(app.locator('#task-check-answers-status')).toHaveText('Nothing missing');
  await follow(app, app.getByRole('link', { name: 'Check your answers' }), 'Check your answers');
  await expect(missing).toHaveCount(0);
  await expect(app.getByText('You have given every answer the Tribunal’s form needs.', { exact: false })).toBeVisible();
  await expect(answerIn(card(app, 'About the decision'), 'Council')).toContainText('Exampleshire County Council');

  // The documents: what each is for, a preview, then Word and PDF.
  await follow(app, app.getByRole('link', { name: 'Continue to your documents' }), 'Your appeal documents');
  const titles = ['Appeal form answers (SEND35)', 'Reasons for appeal', 'Letter to the council'];
  await expect(app.locator('.app-document h3')).toHaveText(titles);
  await expect(app.getByText('information, not legal advice', { exact: false })).toHaveCount(1);
  await tabTo(app, app.locator('summary').filter({ hasText: 'Read “Reasons for appeal”' }), 80);
  await app.keyboard.press('Enter');
  const preview = app.getByRole('region', { name: 'Reasons for appeal' }).locator('.app-document-preview');
  await expect(preview.getByRole('heading', { name: 'Section F: special educational provision' })).toBeVisible();
  await expect(preview.locator('ol.govuk-list--number').first()).toHaveAttribute('start', '1');
  await expect(preview.getByText(/EP report, p\.2/)).toBeVisible();
  await expect(preview.locator('mark')).toHaveCount(0);
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'submissions-journey-documents');

  await activate(app, app.getByRole('button', { name: 'Save as Word documents (DOCX)' }));
  const panel = app.locator('.govuk-panel');
  await expect(panel.getByRole('heading', { name: 'Documents saved' })).toBeVisible({ timeout: 30_000 });
  const docxFolder = (await panel.locator('strong').textContent()) ?? '';
  expect(docxFolder).toMatch(/^Appeal documents - Sam - \d{4}-\d{2}-\d{2}$/);
  const docxFiles = readdirSync(join(downloads(harness), docxFolder)).sort();
  expect(docxFiles).toHaveLength(titles.length);
  expect(docxFiles.every((name) => name.endsWith('.docx'))).toBe(true);
  for (const name of docxFiles) await expect(app.getByText(name, { exact: true }).first()).toBeVisible();
  const reasonsDocx = join(downloads(harness), docxFolder, 'reasons-for-appeal.docx');
  const xml = execFileSync('unzip', ['-p', reasonsDocx, 'word/document.xml'], { encoding: 'utf8' });
  expect(xml).toContain('w:val="Heading1"');
  expect(xml).toContain('Reasons for appeal');
  expect(xml).toContain('45 minutes of speech and language therapy weekly');
  await expectNoAxeViolations(app);

  await activate(app, app.getByRole('button', { name: 'Save as PDF' }));
  await expect(panel).toContainText('PDF files in the folder', { timeout: 30_000 });
  const pdfFolder = (await panel.locator('strong').textContent()) ?? '';
  expect(pdfFolder).toBe(`${docxFolder} (2)`);
  const pdfFiles = readdirSync(join(downloads(harness), pdfFolder)).sort();
  expect(pdfFiles).toEqual(docxFiles.map((name) => name.replace(/\.docx$/, '.pdf')));
  const text = execFileSync('pdftotext', [join(downloads(harness), pdfFolder, 'reasons-for-appeal.pdf'), '-'], {
    encoding: 'utf8',
  });
  expect(text).toContain('Reasons for appeal');
  expect(text).toContain('Section F: special educational provision');

  // The history: newest first, each file with the fingerprint of the file on disk.
  const history = app.locator('.app-export-record');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0).getByRole('heading')).toContainText(`${titles.length} PDF files`);
  await expect(history.nth(0)).toContainText(`Folder: ${pdfFolder}`);
  await expect(history.nth(1).getByRole('heading')).toContainText(`${titles.length} Word (DOCX) files`);
  for (const [record, folder, files] of [
    [history.nth(0), pdfFolder, pdfFiles],
    [history.nth(1), docxFolder, docxFiles],
  ] as const) {
    for (const name of files) {
      const row = record.locator('.govuk-summary-list__row').filter({ hasText: name });
      await expect(row.locator('code')).toHaveText(sha256(join(downloads(harness), folder, name)));
    }
  }
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'submissions-journey-saved');

  // Back on the hub, the documents task says they were saved.
  await app.goto(`${harness.origin}/#/cases/${caseId}/appeal`);
  await expect(app.locator('#task-documents-status')).toHaveText('Saved');
});

/** A contents appeal with two documents and answers citing both, after which one document is deleted. */
async function seedAppealWithRemovedEvidence(app: Page): Promise<string> {
  const today = todayInLondon();
  const facts = {
    decisionType: 'contents' as const,
    sections: { b: true, f: true, i: 'namedSchoolOrType' as const },
    decisionDate: addDays(today, -20),
    certificateDate: addDays(today, -5),
    dateOfBirth: addYears(today, -9),
  };
  const pdfs = {
    ep: Array.from(await buildPdf('ep', [{}, {}, {}])),
    school: Array.from(await buildPdf('school', [{}])),
  };
  return app.evaluate(
    async ({ facts, pdfs }) => {
      const must = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
        if (!result.ok) throw new Error(result.error.message);
        return result.value;
      };
      const appeal = must(await window.api.cases.create({ name: 'Sam' }));
      must(await window.api.cases.saveFacts({ id: appeal.id, facts }));
      must(await window.api.cases.updateDetails({ id: appeal.id, council: 'Exampleshire County Council' }));
      const ids: string[] = [];
      for (const [title, bytes] of [
        ['EP report', pdfs.ep],
        ['School report', pdfs.school],
      ] as const) {
        const outcome = must(
          await window.api.documents.import({
            caseId: appeal.id,
            fileName: `${title}.pdf`,
            bytes: new Uint8Array(bytes),
          }),
        );
        if (outcome.kind !== 'imported') throw new Error(`not imported: ${outcome.kind}`);
        must(
          await window.api.documents.update({
            id: outcome.document.id,
            title,
            documentDate: '2026-05-01',
            author: null,
            category: 'EXPERT_REPORT',
            notes: null,
          }),
        );
        ids.push(outcome.document.id);
      }
      const [epId = '', schoolId = ''] = ids;
      must(
        await window.api.submissions.saveAnswers({
          caseId: appeal.id,
          answers: {
            child: { firstName: 'Sam', lastName: 'Example' },
            sectionF: {
              proposedWording: 'Sam will have access to regular speech and language therapy.',
              reasons: 'The EP says so.',
              evidence: [
                { documentId: epId, page: 2 },
                { documentId: schoolId, page: 1 },
              ],
            },
          },
        }),
      );
      must(await window.api.documents.delete({ id: schoolId }));
      return appeal.id;
    },
    { facts, pdfs },
  );
}

test('a removed document and vague wording: listed as problems with links, and highlighted in the preview', async ({
  app,
  harness,
}, testInfo) => {
  const caseId = await seedAppealWithRemovedEvidence(app);

  await app.goto(`${harness.origin}/#/cases/${caseId}/appeal`);
  await expect(heading(app)).toHaveText('Write your appeal');
  await expect(app.getByText('Tribunal’s appeal form (SEND35)', { exact: false })).toBeVisible();
  const reasons = app.getByRole('region', { name: 'What you disagree with and why' });
  await expect(reasons.getByRole('link')).toHaveText([
    'About the decision',
    'Section B: special educational needs',
    'Section F: special educational provision',
    'Section I: school or college',
    'Health and social care recommendations (optional)',
  ]);
  await expect(app.locator('#task-child-status')).toHaveText('Completed');
  await expect(app.locator('#task-sectionF-status')).toHaveText('Completed');
  await expect(app.locator('#task-contact-status')).toHaveText('Not yet started');
  await expect(app.locator('#task-evidence-status')).toHaveText(/points? with no evidence$/);
  await expect(app.locator('#task-check-answers-status')).toHaveText(/answers still needed$/);
  await expectNoAxeViolations(app);

  await app.goto(`${harness.origin}/#/cases/${caseId}/appeal/check-your-answers`);
  await expect(heading(app)).toHaveText('Check your answers');
  const missing = app.getByRole('region', { name: 'Answers still needed' });
  await expect(missing.getByRole('link', { name: 'What do you want Section B to say?' })).toHaveAttribute(
    'href',
    `#/cases/${caseId}/appeal/section-b?change=1`,
  );
  const problems = app.getByRole('region', { name: 'Check these before you send anything' });
  await expect(problems.getByRole('listitem')).toHaveCount(3);
  await expect(problems.getByRole('listitem').first()).toContainText('Reference to a removed document');
  await expect(problems.getByText('Wording to make clearer', { exact: false })).toHaveCount(2);
  for (const link of await problems.getByRole('link').all()) {
    await expect(link).toHaveAttribute('href', `#/cases/${caseId}/appeal/section-f?change=1`);
  }
  // Answers from "start a case" and the case details link to where they are changed.
  await expect(app.getByRole('link', { name: 'Change date of birth (About the child)' })).toHaveAttribute(
    'href',
    `#/cases/${caseId}/start/date-of-birth?change=1`,
  );
  await expect(app.getByRole('link', { name: 'Change council (About the decision)' })).toHaveAttribute(
    'href',
    `#/cases/${caseId}/council`,
  );
  await expect(app.getByRole('link', { name: 'Change mediation certificate (Mediation)' })).toHaveAttribute(
    'href',
    `#/cases/${caseId}/start/certificate?change=1`,
  );
  const decision = card(app, 'About the decision');
  await expect(answerIn(decision, 'Council')).toContainText('Exampleshire County Council');
  const evidence = answerIn(card(app, 'Section F: special educational provision'), 'Evidence');
  await expect(evidence).toContainText('EP report, page 2');
  await expect(evidence).toContainText('A document that has been removed, page 1');
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'submissions-check-answers-problems');

  await app.goto(`${harness.origin}/#/cases/${caseId}/appeal/documents`);
  await expect(heading(app)).toHaveText('Your appeal documents');
  await expect(app.getByRole('region', { name: 'Check these before you send anything' })).toBeVisible();
  const reasonsDocument = app.getByRole('region', { name: 'Reasons for appeal' });
  await expect(reasonsDocument.getByText('Check this', { exact: true })).toBeVisible();
  await reasonsDocument.locator('summary').click();
  await expect(reasonsDocument.locator('mark.app-citation-unresolved')).toContainText('check this reference');
  // Problems are a warning, not a block: both ways of saving stay available.
  await expect(app.getByRole('button', { name: 'Save as Word documents (DOCX)' })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(app.getByText('You have not saved these documents yet.')).toBeVisible();
  await expectNoAxeViolations(app);
  await saveScreenshot(app, testInfo, 'submissions-documents-problems');
});

test('no Tribunal form for a disagreement the Tribunal cannot hear: no link from the case, and the hub says why', async ({
  app,
  harness,
}) => {
  const caseId = await app.evaluate(async () => {
    const created = await window.api.cases.create({ name: 'Ali' });
    if (!created.ok) throw new Error(created.error.message);
    const saved = await window.api.cases.saveFacts({ id: created.value.id, facts: { decisionType: 'healthOnly' } });
    if (!saved.ok) throw new Error(saved.error.message);
    return created.value.id;
  });
  await app.goto(`${harness.origin}/#/cases/${caseId}`);
  await expect(heading(app)).toHaveText('Ali');
  await expect(app.getByRole('link', { name: /^Write your appeal/ })).toHaveCount(0);

  await app.goto(`${harness.origin}/#/cases/${caseId}/appeal`);
  await expect(heading(app)).toHaveText('Write your appeal');
  await expect(app.getByText('There is no Tribunal form for this case.', { exact: false })).toBeVisible();
  await expect(app.getByRole('link', { name: /^See your result/ })).toHaveAttribute(
    'href',
    `#/cases/${caseId}/start/result`,
  );
  await expect(app.locator('.govuk-task-list')).toHaveCount(0);
  await expectNoAxeViolations(app);
});
