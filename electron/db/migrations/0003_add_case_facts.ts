import type { Migration } from './types';

// The answers from "start a case" (shared/domain/caseFacts.ts) as JSON, and the appeal deadline
// worked out from them, kept in its own column so the workspace can sort by it in SQL.
export const migration0003: Migration = {
  version: 3,
  name: 'add_case_facts',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN facts TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(facts));
      ALTER TABLE cases ADD COLUMN deadline TEXT;
      CREATE INDEX cases_by_deadline ON cases (deadline);
    `);
  },
};
