import { randomUUID } from 'node:crypto';
import type { Db } from '../../../electron/db/openDatabase';
import { sha256Hex } from '../../../electron/db/repositories/blobsRepo';

// Documents written straight into the tables (a one-page PDF blob, its page and source rows and
// its cached contents), the shape the documents service leaves behind, without the intake worker:
// fast enough to make thousands for the workspace benchmark.

/** A small, valid one-page PDF whose text (and so hash) differs by label. */
export function tinyPdf(label: string): Buffer {
  const text = `BT /F1 18 Tf 50 780 Td (${label.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${String(text.length)} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${String(i + 1)} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${String(objects.length + 1)}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${String(objects.length + 1)} /Root 1 0 R >>\nstartxref\n${String(xref)}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Prepared statements that add a one-page document with its blob, page, source and cache rows. */
export function createDocumentSeeder(db: Db) {
  const blob = db.prepare(
    "INSERT OR IGNORE INTO blobs (sha256, size, media_type, data, created_at) VALUES (?, ?, 'application/pdf', ?, ?)",
  );
  const contents = db.prepare(
    'INSERT OR IGNORE INTO blob_contents (sha256, kind, pages, text) VALUES (?, \'pdf\', \'[{"width":595,"height":842}]\', ?)',
  );
  const document = db.prepare(
    `INSERT INTO documents (id, case_id, original_sha256, file_name, title, document_date, author, category, notes, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
  );
  const page = db.prepare(
    'INSERT INTO document_pages (document_id, page_index, source_sha256, source_page_index, rotation) VALUES (?, 0, ?, 0, ?)',
  );
  const source = db.prepare(
    'INSERT INTO document_sources (document_id, page_index, source_sha256, source_page_index) VALUES (?, 0, ?, 0)',
  );
  return (caseId: string, label: string, position: number, now: string, bytes = tinyPdf(label)): string => {
    const id = randomUUID();
    const sha256 = sha256Hex(bytes);
    blob.run(sha256, bytes.length, bytes, now);
    contents.run(sha256, label);
    document.run(
      id,
      caseId,
      sha256,
      `${label}.pdf`,
      label,
      '2026-03-14',
      'Dr Example',
      `Notes on ${label}`,
      position,
      now,
      now,
    );
    page.run(id, sha256, position % 2 ? 90 : 0);
    source.run(id, sha256);
    return id;
  };
}
