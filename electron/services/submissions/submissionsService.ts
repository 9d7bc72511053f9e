import { basename } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type * as S from '../../../shared/api/schemas';
import type {
  CaseDetail,
  CitableDocument,
  SubmissionExportOutcome,
  SubmissionExportRecord,
  SubmissionsOverview,
} from '../../../shared/api/types';
import { buildEvidenceMap } from '../../../shared/submissions/buildEvidenceMap';
import { buildSubmissions } from '../../../shared/submissions/buildSubmissions';
import { listSubmissionPages } from '../../../shared/submissions/submissionPages';
import { createBundleRepo } from '../../db/repositories/bundleRepo';
import { createCaseDatesRepo } from '../../db/repositories/caseDatesRepo';
import { createCasesRepo } from '../../db/repositories/casesRepo';
import { createDocumentsRepo } from '../../db/repositories/documentsRepo';
import { createSubmissionAnswersRepo } from '../../db/repositories/submissionAnswersRepo';
import { createSubmissionExportsRepo } from '../../db/repositories/submissionExportsRepo';
import type { ServiceDeps } from '../deps';
import { createExportFolder, exportFolderName } from './createExportFolder';
import { loadSubmissionInput, type LoadedSubmission } from './loadSubmissionInput';
import { removeExport, writeSubmissionFiles } from './writeSubmissionFiles';

export interface SubmissionsOptions {
  /** Folder holding the DejaVu fonts embedded in the PDFs (resources/fonts in the app). */
  fontsFolder: string;
}

/**
 * "Write your appeal" (issue 6): the answers the Tribunal's form needs, the documents made from
 * them (SEND35 / SEND35a answers, reasons, recommendations, late-appeal explanation, letters), and
 * their export as Word or PDF files with a record of each file's fingerprint.
 */
export function createSubmissionsService(
  { db, now, newId, today, dialogs }: ServiceDeps,
  { fontsFolder }: SubmissionsOptions,
) {
  const repos = {
    cases: createCasesRepo(db),
    documents: createDocumentsRepo(db),
    bundle: createBundleRepo(db),
    dates: createCaseDatesRepo(db),
    answers: createSubmissionAnswersRepo(db),
    exports: createSubmissionExportsRepo(db),
  };

  const mustGetCase = (id: string): CaseDetail => {
    const found = repos.cases.findById(id);
    if (!found) throw new AppError('NOT_FOUND');
    return found;
  };

  const load = (appeal: CaseDetail): LoadedSubmission => loadSubmissionInput(repos, appeal, today());

  const citable = ({ input, documents }: LoadedSubmission): CitableDocument[] =>
    documents.map((doc) => ({
      id: doc.id,
      title: doc.title,
      pageCount: doc.pageCount,
      bundlePages: input.bundlePlan?.documents.find((d) => d.id === doc.id)?.rangeText ?? null,
    }));

  const overview = (appeal: CaseDetail): SubmissionsOverview => {
    const loaded = load(appeal);
    const { input } = loaded;
    const built = buildSubmissions(input);
    return {
      caseId: appeal.id,
      answers: loaded.saved,
      pages: listSubmissionPages(input),
      missingAnswers: built.missingAnswers,
      problems: built.problems,
      documents: built.documents,
      evidenceMap: buildEvidenceMap(input),
      citableDocuments: citable(loaded),
      known: {
        council: appeal.council,
        appellant: input.assessment.appellant?.appellant ?? null,
        lateAppealLines: input.assessment.letterCheck?.lateAppealLines ?? [],
      },
      history: repos.exports.listByCase(appeal.id),
    };
  };

  /**
   * The documents to write: those asked for (all by default) among the ones this appeal has. Only
   * an appeal to the Tribunal has any (§2.2: other routes are signposted), and asking only for one
   * the appeal does not have (a late-appeal explanation in time, say) leaves nothing to write.
   */
  const documentsToWrite = (appeal: CaseDetail, wanted: S.ExportSubmissionsInput['documents']) => {
    const documents = buildSubmissions(load(appeal).input).documents.filter(
      (doc) => wanted === undefined || wanted.includes(doc.id),
    );
    if (documents.length === 0) throw new AppError('PRECONDITION');
    return documents;
  };

  return {
    get(input: S.SubmissionsCaseInput): SubmissionsOverview {
      return overview(mustGetCase(input.caseId));
    },

    /** Replaces the whole set of answers (already checked by the same schema in handle.ts). */
    saveAnswers(input: S.SaveSubmissionAnswersInput): SubmissionsOverview {
      db.transaction(() => {
        const at = now();
        // touch() doubles as the existence check, before anything is written for a missing case.
        if (!repos.cases.touch(input.caseId, at)) throw new AppError('NOT_FOUND');
        repos.answers.save(input.caseId, input.answers, at);
      })();
      return overview(mustGetCase(input.caseId));
    },

    /**
     * Asks for a folder (nothing happens if the person cancels), then writes the chosen documents
     * (all that apply by default) into a new folder inside it and records each file's SHA-256.
     * A failure part way removes what was written and records nothing.
     */
    async export(input: S.ExportSubmissionsInput): Promise<SubmissionExportOutcome> {
      documentsToWrite(mustGetCase(input.caseId), input.documents);
      const parent = await dialogs.chooseFolder({ title: 'Choose where to save your appeal documents' });
      if (parent === undefined) return { saved: false };

      // Read again after the dialog: the person may have changed an answer while it was open.
      const appeal = mustGetCase(input.caseId);
      const documents = documentsToWrite(appeal, input.documents);

      const folder = await createExportFolder(parent, exportFolderName(appeal.name, today()));
      const files = await writeSubmissionFiles({
        documents,
        folder,
        format: input.format,
        fonts: { folder: fontsFolder },
      });
      const record: SubmissionExportRecord = {
        id: newId(),
        caseId: appeal.id,
        createdAt: now(),
        format: input.format,
        folderName: basename(folder),
        files,
      };
      try {
        // The case may have been deleted for good while the files were written.
        db.transaction(() => {
          if (!repos.cases.findById(appeal.id)) throw new AppError('NOT_FOUND');
          repos.exports.insert(record);
        })();
      } catch (error) {
        await removeExport(folder, files);
        throw error;
      }
      return { saved: true, record };
    },
  };
}

export type SubmissionsService = ReturnType<typeof createSubmissionsService>;
