import type { Migration } from './types';

// The written submissions (issue 6):
// - submission_answers: every answer the SEND35 / SEND35a needs beyond the "start a case" facts,
//   as one JSON document per case (shared/submissions/submissionAnswersSchema.ts; all optional so a
//   draft saves). Citations inside it name documents by id.
// - submission_exports and submission_export_files: the case history of every export of those
//   documents (when, which format, the folder's name, and each file's name, SHA-256 and size), like
//   the bundle's exports (0006). They are tables of their own because the `kind` CHECK of
//   `exports` cannot be widened without rebuilding that table, and dropping it would cascade-delete
//   its export_files. submission_export_files has no children, so a later kind of document can be
//   allowed by rebuilding it alone. Rows go with their case, so "delete for good" removes them too.
export const migration0007: Migration = {
  version: 7,
  name: 'add_submission_answers_and_exports',
  up(db) {
    db.exec(`
      CREATE TABLE submission_answers (
        case_id TEXT PRIMARY KEY NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        answers TEXT NOT NULL CHECK (json_valid(answers)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE submission_exports (
        id TEXT PRIMARY KEY NOT NULL,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('docx', 'pdf')),
        folder_name TEXT NOT NULL CHECK (folder_name <> '')
      ) STRICT;
      CREATE INDEX submission_exports_by_case ON submission_exports (case_id, created_at);

      CREATE TABLE submission_export_files (
        export_id TEXT NOT NULL REFERENCES submission_exports (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        document_id TEXT NOT NULL CHECK (document_id IN (
          'appealFormAnswers', 'reasonsForAppeal', 'recommendationsRequest',
          'lateAppealExplanation', 'councilLetter', 'mediationAdviserLetter'
        )),
        file_name TEXT NOT NULL CHECK (file_name <> ''),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        bytes INTEGER NOT NULL CHECK (bytes >= 0),
        PRIMARY KEY (export_id, position)
      ) STRICT;
    `);
  },
};
