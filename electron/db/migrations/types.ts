import type { Database } from 'better-sqlite3-multiple-ciphers';

/** One step of the schema. Shipped migrations are never edited: add a new one instead. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
