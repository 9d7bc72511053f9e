import { z } from 'zod';
import './plainZodErrors';
import { SUBMISSION_DOCUMENT_IDS } from '../submissions/documentModel';
import { submissionAnswersSchema } from '../submissions/submissionAnswersSchema';

// Input schemas of the submissions namespace (re-exported by schemas.ts): the answers the
// Tribunal's form needs and the written documents made from them (issue 6).

const caseId = z.uuid({ error: 'That case reference is not valid.' });

export const submissionsCaseInput = z.object({ caseId }).strict();

/** The whole set of answers, as "start a case" saves its facts: every answer optional, so drafts save. */
export const saveSubmissionAnswersInput = z.object({ caseId, answers: submissionAnswersSchema }).strict();

export const exportSubmissionsInput = z
  .object({
    caseId,
    format: z.enum(['docx', 'pdf'], { error: 'Choose Word (DOCX) or PDF.' }),
    /** Which documents to write; all that apply when left out. */
    documents: z
      .array(z.enum(SUBMISSION_DOCUMENT_IDS, { error: 'That document is not valid.' }))
      .min(1, { error: 'Choose at least one document.' })
      .max(SUBMISSION_DOCUMENT_IDS.length)
      .optional(),
  })
  .strict();

export type SubmissionsCaseInput = z.input<typeof submissionsCaseInput>;
export type SaveSubmissionAnswersInput = z.input<typeof saveSubmissionAnswersInput>;
export type ExportSubmissionsInput = z.input<typeof exportSubmissionsInput>;
