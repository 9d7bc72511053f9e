import { submissionAnswersSchema, type SubmissionAnswers } from '../../../shared/submissions/submissionAnswersSchema';
import type { Db } from '../openDatabase';

/** The written-submission answers of each case, stored as one JSON document (migration 0007). */
export function createSubmissionAnswersRepo(db: Db) {
  const select = db.prepare<[string], string>('SELECT answers FROM submission_answers WHERE case_id = ?').pluck();
  const upsert = db.prepare<[string, string, string]>(
    `INSERT INTO submission_answers (case_id, answers, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (case_id) DO UPDATE SET answers = excluded.answers, updated_at = excluded.updated_at`,
  );

  return {
    /**
     * The saved answers, or none. They were validated when saved; parsing again keeps a
     * hand-edited or damaged row from reaching the screens in a shape they do not expect.
     */
    find(caseId: string): SubmissionAnswers {
      const json = select.get(caseId);
      if (json === undefined) return {};
      const parsed = submissionAnswersSchema.safeParse(JSON.parse(json));
      return parsed.success ? parsed.data : {};
    },
    save(caseId: string, answers: SubmissionAnswers, now: string): void {
      upsert.run(caseId, JSON.stringify(answers), now);
    },
  };
}

export type SubmissionAnswersRepo = ReturnType<typeof createSubmissionAnswersRepo>;
