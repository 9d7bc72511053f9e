import type { IsoDate } from '../../shared/domain/dates';
import type { Db } from '../db/openDatabase';
import type { Dialogs } from './dialogs';

/** What every service may be given. Tests pass real SQLite files and a fixed clock. */
export interface ServiceDeps {
  db: Db;
  /** Current time, as an ISO-8601 UTC string. */
  now: () => string;
  /** A new random id (UUID v4). */
  newId: () => string;
  /** Today's date in England (deadlines are counted in English calendar days). */
  today: () => IsoDate;
  dialogs: Dialogs;
}
