import type { SubmissionExportRecord, SubmissionExportedFile } from '../../../shared/api/submissionTypes';
import type { SubmissionDocumentId } from '../../../shared/submissions/documentModel';
import type { Db } from '../openDatabase';

interface ExportRow {
  id: string;
  case_id: string;
  created_at: string;
  format: 'docx' | 'pdf';
  folder_name: string;
}

interface FileRow {
  export_id: string;
  // The table's CHECK allows only the document ids (migration 0007).
  document_id: SubmissionDocumentId;
  file_name: string;
  sha256: string;
  bytes: number;
}

/** The case history of written-submission exports: when, which format, and each file's SHA-256. */
export function createSubmissionExportsRepo(db: Db) {
  const insertExport = db.prepare<[string, string, string, string, string]>(
    'INSERT INTO submission_exports (id, case_id, created_at, format, folder_name) VALUES (?, ?, ?, ?, ?)',
  );
  const insertFile = db.prepare<[string, number, string, string, string, number]>(
    `INSERT INTO submission_export_files (export_id, position, document_id, file_name, sha256, bytes)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const byCase = db.prepare<[string], ExportRow>(
    'SELECT * FROM submission_exports WHERE case_id = ? ORDER BY created_at DESC, rowid DESC',
  );
  const filesByCase = db.prepare<[string], FileRow>(
    `SELECT f.* FROM submission_export_files f JOIN submission_exports e ON e.id = f.export_id
     WHERE e.case_id = ? ORDER BY f.export_id, f.position`,
  );

  return {
    /** Records one finished export and its files in one transaction. */
    insert(record: SubmissionExportRecord): void {
      db.transaction(() => {
        insertExport.run(record.id, record.caseId, record.createdAt, record.format, record.folderName);
        record.files.forEach((file, position) =>
          insertFile.run(record.id, position, file.documentId, file.fileName, file.sha256, file.bytes),
        );
      })();
    },
    /** Newest first. */
    listByCase(caseId: string): SubmissionExportRecord[] {
      const files = new Map<string, SubmissionExportedFile[]>();
      for (const row of filesByCase.all(caseId)) {
        const list = files.get(row.export_id) ?? [];
        list.push({ documentId: row.document_id, fileName: row.file_name, sha256: row.sha256, bytes: row.bytes });
        files.set(row.export_id, list);
      }
      return byCase.all(caseId).map((row) => ({
        id: row.id,
        caseId: row.case_id,
        createdAt: row.created_at,
        format: row.format,
        folderName: row.folder_name,
        files: files.get(row.id) ?? [],
      }));
    },
  };
}

export type SubmissionExportsRepo = ReturnType<typeof createSubmissionExportsRepo>;
