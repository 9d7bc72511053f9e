import type { SectionId, SourceSizes } from '../../../shared/bundle/bundleTypes';
import type { Db } from '../openDatabase';
import type { BlobKind } from './documentsCacheRepo';

/** The person's bundle settings for one case. */
export interface StoredBundleOptions {
  sectionPrefixes: boolean;
  dividerPages: boolean;
  emailBudgetBytes: number;
}

interface OptionsRow {
  section_prefixes: number;
  divider_pages: number;
  email_budget_bytes: number;
}

/** The saved order of documents in a case's bundle, its options, and facts about its page sources. */
export function createBundleRepo(db: Db) {
  const selectOrder = db.prepare<[string], { section_id: SectionId; document_id: string }>(
    'SELECT section_id, document_id FROM bundle_orders WHERE case_id = ? ORDER BY section_id, position',
  );
  const deleteOrder = db.prepare<[string]>('DELETE FROM bundle_orders WHERE case_id = ?');
  // Only documents of this case are kept: an id from another case (or a deleted one) is skipped.
  const insertOrder = db.prepare<[string, string, number, string, string]>(
    `INSERT INTO bundle_orders (case_id, document_id, section_id, position)
     SELECT ?, id, ?, ? FROM documents WHERE id = ? AND case_id = ?`,
  );
  const selectOptions = db.prepare<[string], OptionsRow>('SELECT * FROM bundle_options WHERE case_id = ?');
  const upsertOptions = db.prepare<[string, number, number, number, string]>(
    `INSERT INTO bundle_options (case_id, section_prefixes, divider_pages, email_budget_bytes, updated_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (case_id) DO UPDATE SET section_prefixes = excluded.section_prefixes,
       divider_pages = excluded.divider_pages, email_budget_bytes = excluded.email_budget_bytes,
       updated_at = excluded.updated_at`,
  );
  // Every stored file a page of this case's documents comes from: its kind, size and page count.
  const selectSources = db.prepare<[string], { sha256: string; size: number; kind: BlobKind | null; pages: number }>(
    `SELECT b.sha256, b.size, c.kind, coalesce(json_array_length(c.pages), 1) AS pages
     FROM blobs b LEFT JOIN blob_contents c ON c.sha256 = b.sha256
     WHERE b.sha256 IN (
       SELECT p.source_sha256 FROM document_pages p JOIN documents d ON d.id = p.document_id WHERE d.case_id = ?
     )`,
  );

  return {
    order(caseId: string): Partial<Record<SectionId, string[]>> {
      const order: Partial<Record<SectionId, string[]>> = {};
      for (const row of selectOrder.all(caseId)) (order[row.section_id] ??= []).push(row.document_id);
      return order;
    },
    /** Replaces the whole saved order. Call inside a transaction. */
    replaceOrder(caseId: string, sections: { sectionId: SectionId; documentIds: string[] }[]): void {
      deleteOrder.run(caseId);
      const seen = new Set<string>();
      for (const { sectionId, documentIds } of sections) {
        let position = 0;
        for (const id of documentIds) {
          if (seen.has(id)) continue;
          seen.add(id);
          if (insertOrder.run(caseId, sectionId, position, id, caseId).changes === 1) position++;
        }
      }
    },
    options(caseId: string): StoredBundleOptions | undefined {
      const row = selectOptions.get(caseId);
      return row
        ? {
            sectionPrefixes: row.section_prefixes === 1,
            dividerPages: row.divider_pages === 1,
            emailBudgetBytes: row.email_budget_bytes,
          }
        : undefined;
    },
    saveOptions(caseId: string, options: StoredBundleOptions, now: string): void {
      upsertOptions.run(
        caseId,
        options.sectionPrefixes ? 1 : 0,
        options.dividerPages ? 1 : 0,
        options.emailBudgetBytes,
        now,
      );
    },
    /** Kind (PDF or photo), size and page count of each file the case's pages come from. */
    sources(caseId: string): { kinds: Map<string, BlobKind>; sizes: SourceSizes } {
      const kinds = new Map<string, BlobKind>();
      const sizes: SourceSizes = {};
      for (const row of selectSources.all(caseId)) {
        kinds.set(row.sha256, row.kind ?? 'pdf');
        sizes[row.sha256] = { bytes: row.size, pageCount: Math.max(1, row.pages) };
      }
      return { kinds, sizes };
    },
  };
}

export type BundleRepo = ReturnType<typeof createBundleRepo>;
