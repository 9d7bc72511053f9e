import { migration0001 } from './0001_create_cases_and_blobs';
import { migration0002 } from './0002_create_documents';
import { migration0003 } from './0003_add_case_facts';
import { migration0004 } from './0004_add_document_sources_and_caches';
import { migration0005 } from './0005_add_workspace_details_dates_and_notes';
import { migration0006 } from './0006_add_bundle_order_options_and_exports';
import { migration0007 } from './0007_add_submission_answers_and_exports';
import type { Migration } from './types';

/** Every migration, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
];
