import type { Migration } from './types';

// Many families on one laptop (issue 7):
// - cases.council and cases.tribunal_reference, so an adviser can find a case by either.
// - case_dates: the dates the family copies from the Tribunal's letters, one of each kind per case
//   (a new letter with a changed date replaces the old one). Dates worked out from the answers are
//   not stored: they are derived each time, so they can never disagree with the answers.
// - case_notes: an adviser's session notes, in their own table so no export can pick them up by
//   accident. Both go with their case (ON DELETE CASCADE), so "delete for good" removes them too.
export const migration0005: Migration = {
  version: 5,
  name: 'add_workspace_details_dates_and_notes',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN council TEXT CHECK (council IS NULL OR length(council) <= 120);
      ALTER TABLE cases ADD COLUMN tribunal_reference TEXT
        CHECK (tribunal_reference IS NULL OR length(tribunal_reference) <= 40);

      CREATE TABLE case_dates (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN (
          'registration', 'councilResponseDue', 'finalEvidence', 'caseReviewForm', 'bundle', 'hearing'
        )),
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        note TEXT CHECK (note IS NULL OR length(note) <= 500),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (case_id, kind)
      ) STRICT;
      CREATE INDEX case_dates_by_date ON case_dates (date);

      CREATE TABLE case_notes (
        id TEXT PRIMARY KEY NOT NULL,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX case_notes_by_case ON case_notes (case_id, created_at);
    `);
  },
};
