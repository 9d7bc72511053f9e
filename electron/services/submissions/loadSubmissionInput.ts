import type { CaseDetail } from '../../../shared/api/types';
import { assessCase } from '../../../shared/domain/assessCase';
import type { IsoDate } from '../../../shared/domain/dates';
import type { SubmissionAnswers } from '../../../shared/submissions/submissionAnswersSchema';
import type { SubmissionInput } from '../../../shared/submissions/submissionInput';
import type { StoredDocument } from '../../db/repositories/documentsRepo';
import type { SubmissionAnswersRepo } from '../../db/repositories/submissionAnswersRepo';
import type { BundleInputRepos } from '../bundle/loadBundleInputs';
import { planCaseBundle } from '../bundle/planCaseBundle';

export interface LoadedSubmission {
  /** The answers exactly as saved. */
  saved: SubmissionAnswers;
  /** What the document builders read: the saved answers with what the app already knows filled in. */
  input: SubmissionInput;
  /** The case's documents, with their page counts, for the list of documents that can be cited. */
  documents: StoredDocument[];
}

/**
 * Nothing asked twice (issue 6): the council given in the case details stands in for the council
 * answer until the person types another one.
 */
function withKnownAnswers(saved: SubmissionAnswers, appeal: CaseDetail): SubmissionAnswers {
  if (saved.council?.name?.trim() || appeal.council === null) return saved;
  return { ...saved, council: { ...saved.council, name: appeal.council } };
}

/** Everything the written submissions are built from, read from the workspace for one case. */
export function loadSubmissionInput(
  repos: BundleInputRepos & { answers: SubmissionAnswersRepo },
  appeal: CaseDetail,
  today: IsoDate,
): LoadedSubmission {
  const saved = repos.answers.find(appeal.id);
  const documents = repos.documents.listByCase(appeal.id);
  const { plan } = planCaseBundle(repos, appeal, today);
  return {
    saved,
    documents,
    input: {
      facts: appeal.facts,
      assessment: assessCase(appeal.facts, today),
      answers: withKnownAnswers(saved, appeal),
      documents: documents.map((d) => ({ id: d.id, title: d.title })),
      // Before any document has pages there is no bundle to point into: citations give the
      // document and page only, and the form answers list the documents instead of a bundle index.
      bundlePlan: plan.documents.length > 0 ? plan : null,
      today,
    },
  };
}
