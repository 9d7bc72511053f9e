import type { ExportRecord, ExportedFile } from '../../../shared/api/bundleApiTypes';
import type { Db } from '../openDatabase';

interface ExportRow {
  id: string;
  case_id: string;
  created_at: string;
  split: number;
  page_count: number;
  document_ids: string;
}

interface FileRow {
  export_id: string;
  file_name: string;
  sha256: string;
  bytes: number;
  page_count: number;
  email_subject: string | null;
}

/** The case history of exports: what was written, when, and each file's fingerprint (SHA-256). */
export function createBundleExportsRepo(db: Db) {
  const insertExport = db.prepare<[string, string, string, number, number, string]>(
    `INSERT INTO exports (id, case_id, kind, created_at, split, page_count, document_ids)
     VALUES (?, ?, 'bundle', ?, ?, ?, ?)`,
  );
  const insertFile = db.prepare<[string, number, string, string, number, number, string | null]>(
    `INSERT INTO export_files (export_id, position, file_name, sha256, bytes, page_count, email_subject)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const byCase = db.prepare<[string], ExportRow>(
    "SELECT * FROM exports WHERE case_id = ? AND kind = 'bundle' ORDER BY created_at DESC, rowid DESC",
  );
  const filesByCase = db.prepare<[string], FileRow>(
    `SELECT f.* FROM export_files f JOIN exports e ON e.id = f.export_id
     WHERE e.case_id = ? ORDER BY f.export_id, f.position`,
  );

  return {
    /** Records one finished export and its files in one transaction. */
    insert(record: ExportRecord): void {
      db.transaction(() => {
        insertExport.run(
          record.id,
          record.caseId,
          record.createdAt,
          record.split ? 1 : 0,
          record.pageCount,
          JSON.stringify(record.documentIds),
        );
        record.files.forEach((file, position) =>
          insertFile.run(
            record.id,
            position,
            file.fileName,
            file.sha256,
            file.bytes,
            file.pageCount,
            file.emailSubject,
          ),
        );
      })();
    },
    listByCase(caseId: string): ExportRecord[] {
      const files = new Map<string, ExportedFile[]>();
      for (const row of filesByCase.all(caseId)) {
        const list = files.get(row.export_id) ?? [];
        list.push({
          fileName: row.file_name,
          sha256: row.sha256,
          bytes: row.bytes,
          pageCount: row.page_count,
          emailSubject: row.email_subject,
        });
        files.set(row.export_id, list);
      }
      return byCase.all(caseId).map((row) => ({
        id: row.id,
        caseId: row.case_id,
        kind: 'bundle',
        createdAt: row.created_at,
        split: row.split === 1,
        pageCount: row.page_count,
        documentIds: JSON.parse(row.document_ids) as string[],
        files: files.get(row.id) ?? [],
      }));
    },
  };
}
