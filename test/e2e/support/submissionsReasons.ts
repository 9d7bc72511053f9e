import { expect, type Locator, type Page } from '@playwright/test';
import { addDays, addYears } from '../../../shared/domain/dates';
import type { SubmissionAnswers } from '../../../shared/submissions/submissionAnswersSchema';
import { buildPdf } from '../../fixtures/pdfFixtures';
import { tabTo } from './keyboard';
import { chooseRadio, continueTo, fillDate, openInterview, setCheckbox, todayInLondon } from './startInterview';

// Helpers for the "write your appeal" reasons pages: a contents appeal answered through the real
// "start a case" interview, generated PDFs imported through the real import path, and typing
// into fields with the keyboard alone.

/** Answers "start a case" by keyboard: a contents appeal about Sections B, F and I, with a certificate. */
export async function startContentsAppeal(page: Page, name: string): Promise<string> {
  const today = todayInLondon();
  const caseId = await openInterview(page, name);
  await chooseRadio(page, 'They issued or changed an EHC plan, and I disagree with what it says');
  await continueTo(page, 'Which parts of the plan do you disagree with?');
  await setCheckbox(page, 'Section B – special educational needs');
  await setCheckbox(page, 'Section F – special educational provision');
  await chooseRadio(page, 'I disagree with the school, college or type of school named');
  await continueTo(page, 'What date is on the decision letter?');
  await fillDate(page, 'decision-date', addDays(today, -14));
  await continueTo(page, 'Do you have a mediation certificate?');
  await chooseRadio(page, 'Yes');
  await fillDate(page, 'certificate-date', addDays(today, -3));
  await continueTo(page, 'What is the child’s or young person’s date of birth?');
  await fillDate(page, 'date-of-birth', addYears(today, -9));
  await continueTo(page, 'What does the decision letter tell you?');
  await continueTo(page, 'Your result');
  return caseId;
}

export interface SeedDocument {
  title: string;
  pages: number;
}

/** Imports generated PDFs into the case through window.api, as the documents screen does. Returns their ids. */
export async function addDocuments(page: Page, caseId: string, documents: SeedDocument[]): Promise<string[]> {
  const files = await Promise.all(
    documents.map(async (d, index) => ({
      title: d.title,
      fileName: `document-${index + 1}.pdf`,
      bytes: Array.from(
        await buildPdf(
          d.title,
          Array.from({ length: d.pages }, () => ({})),
        ),
      ),
    })),
  );
  return page.evaluate(
    async ({ caseId: id, files: docs }) => {
      const must = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
        if (!result.ok) throw new Error(result.error.message);
        return result.value;
      };
      const ids: string[] = [];
      for (const doc of docs) {
        const outcome = must(
          await window.api.documents.import({ caseId: id, fileName: doc.fileName, bytes: new Uint8Array(doc.bytes) }),
        );
        if (outcome.kind !== 'imported') throw new Error(`not imported: ${outcome.kind}`);
        must(
          await window.api.documents.update({
            id: outcome.document.id,
            title: doc.title,
            documentDate: '2026-01-15',
            author: null,
            category: 'EXPERT_REPORT',
            notes: null,
          }),
        );
        ids.push(outcome.document.id);
      }
      return ids;
    },
    { caseId, files },
  );
}

/** The answers as saved, read back through window.api (not from the screen). */
export async function savedAnswers(page: Page, caseId: string): Promise<SubmissionAnswers> {
  return page.evaluate(async (id) => {
    const result = await window.api.submissions.get({ caseId: id });
    if (!result.ok) throw new Error(result.error.message);
    return result.value.answers;
  }, caseId);
}

/** Tabs to a text box, clears it and types, as a keyboard user does. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  if (!(await field.evaluate((element) => element === document.activeElement))) await tabTo(page, field, 80);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

/** Tabs to a drop-down list, then Home and the arrow keys until `option` is chosen. */
export async function chooseOption(page: Page, select: Locator, option: string): Promise<void> {
  await tabTo(page, select, 80);
  await page.keyboard.press('Home');
  const chosen = select.locator('option:checked');
  for (let presses = 0; (await chosen.textContent()) !== option; presses++) {
    if (presses > 20) throw new Error(`Could not reach "${option}" with the arrow keys`);
    await page.keyboard.press('ArrowDown');
  }
}

/** Tabs to "Save and continue" and presses Enter. */
export async function saveAndContinue(page: Page): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: 'Save and continue' }), 120);
  await page.keyboard.press('Enter');
}
