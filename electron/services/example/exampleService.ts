import type { CaseDetail } from '../../../shared/api/types';
import {
  EXAMPLE_CASE_NAME,
  EXAMPLE_COUNCIL,
  exampleCase,
  type ExampleFileName,
} from '../../../shared/domain/exampleCase';
import { createSubmissionAnswersRepo } from '../../db/repositories/submissionAnswersRepo';
import type { CasesService } from '../casesService';
import type { ServiceDeps } from '../deps';
import type { DocumentsService } from '../documents/documentsService';
import { buildExampleFile } from './buildExampleFiles';

/**
 * "Try an example appeal": a fictional case with answers, documents and written-submission
 * answers, made through the same services a person uses (documents go through the real import
 * path, so they have pages and thumbnails like any other). If making it fails part way, the
 * half-made case is deleted.
 */
export function createExampleService(
  { db, now, today }: Pick<ServiceDeps, 'db' | 'now' | 'today'>,
  services: { cases: CasesService; documents: DocumentsService },
) {
  const { cases, documents } = services;
  const submissionAnswers = createSubmissionAnswersRepo(db);
  return {
    async create(): Promise<CaseDetail> {
      const example = exampleCase(today());
      const appeal = cases.create({ name: EXAMPLE_CASE_NAME });
      try {
        cases.saveFacts({ id: appeal.id, facts: example.facts });
        cases.updateDetails({ id: appeal.id, council: EXAMPLE_COUNCIL });
        const ids = new Map<ExampleFileName, string>();
        for (const doc of example.documents) {
          const bytes = await buildExampleFile(doc);
          const outcome = await documents.import({ caseId: appeal.id, fileName: doc.fileName, bytes });
          if (outcome.kind !== 'imported') throw new Error(`The example file ${doc.fileName} was not imported.`);
          ids.set(doc.fileName, outcome.document.id);
          documents.update({
            id: outcome.document.id,
            title: doc.title,
            documentDate: doc.date,
            author: doc.author,
            category: doc.category,
            notes: 'Made up for the example appeal. Not a real document.',
          });
        }
        const answers = example.submissionAnswers((fileName) => {
          const id = ids.get(fileName);
          if (id === undefined) throw new Error(`The example answers cite ${fileName}, which was not imported.`);
          return id;
        });
        submissionAnswers.save(appeal.id, answers, now());
      } catch (error) {
        cases.delete({ id: appeal.id, confirm: true });
        throw error;
      }
      return cases.get({ id: appeal.id });
    },
  };
}

export type ExampleService = ReturnType<typeof createExampleService>;
