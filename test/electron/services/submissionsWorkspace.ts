import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { createSubmissionsService } from '../../../electron/services/submissions/submissionsService';
import type { SubmissionAnswers } from '../../../shared/submissions/submissionAnswersSchema';
import { DOCUMENTS, type SubmissionFixture } from '../../fixtures/submissions/submissionCases';
import { textPdf, useBundleWorkspace } from './bundleWorkspace';

// The submissions service over a real workspace file, with documents imported through the real
// intake path (so pages, bundle order and citations are what a person would get), and a folder
// dialog that answers with the test's own `out` folder or is closed.

export function useSubmissionsWorkspace() {
  const bundleWorkspace = useBundleWorkspace();
  return () => {
    const base = bundleWorkspace();
    const folderDialog = { answer: 'choose' as 'choose' | 'cancel', asked: [] as string[] };
    let tick = 0;
    const deps = {
      db: base.db,
      now: () => new Date(Date.UTC(2026, 10, 23, 11, 0, tick++)).toISOString(),
      newId: randomUUID,
      today: () => '2026-11-23',
      dialogs: {
        chooseSaveLocation: () => Promise.resolve(undefined),
        chooseFolder: ({ title }: { title: string }) => {
          folderDialog.asked.push(title);
          return Promise.resolve(folderDialog.answer === 'choose' ? base.out : undefined);
        },
      },
    };
    const fontsFolder = resolve('resources', 'fonts');
    const submissions = createSubmissionsService(deps, { fontsFolder });

    /**
     * A case as the fixture describes it: the interview answers, the council, the fixture's five
     * documents imported for real, and the answers with their citations pointing at those documents.
     */
    const seedFixture = async (fixture: SubmissionFixture, name = 'Sam') => {
      const appeal = base.services.cases.create({ name });
      base.services.cases.saveFacts({ id: appeal.id, facts: fixture.facts });
      base.services.cases.updateDetails({ id: appeal.id, council: 'Exampleshire County Council' });
      const ids = new Map<string, string>();
      for (const doc of DOCUMENTS) {
        const added = await base.addDocument(
          appeal.id,
          `${doc.title}.pdf`,
          await textPdf(doc.title, doc.pages.length),
          {
            title: doc.title,
            documentDate: doc.documentDate,
            category: doc.category,
          },
        );
        ids.set(doc.id, added.id);
      }
      const answers = withDocumentIds(fixture.answers, ids);
      submissions.saveAnswers({ caseId: appeal.id, answers });
      return { caseId: appeal.id, ids, answers };
    };

    return { ...base, submissions, folderDialog, fontsFolder, seedFixture };
  };
}

/** The fixture's answers with each citation's short id ("ep") replaced by the imported document's id. */
export function withDocumentIds(answers: SubmissionAnswers, ids: ReadonlyMap<string, string>): SubmissionAnswers {
  return JSON.parse(JSON.stringify(answers), (key, value: unknown) =>
    key === 'documentId' && typeof value === 'string' ? (ids.get(value) ?? value) : value,
  ) as SubmissionAnswers;
}
