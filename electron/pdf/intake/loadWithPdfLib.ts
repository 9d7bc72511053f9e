import { PDFDocument } from '@cantoo/pdf-lib';

export type PdfLibLoad =
  | {
      ok: true;
      doc: PDFDocument;
      pageCount: number;
      /** The file was encrypted and has been decrypted in memory. */
      decrypted: boolean;
      /** The %PDF header was missing and had to be put back for pdf-lib to parse the file. */
      headerRestored: boolean;
    }
  | { ok: false };

const header = new TextEncoder().encode('%PDF-1.7\n');

// pdf-lib is the second parser: it walks the page tree itself and ignores the xref table, so it
// fails differently from pdf.js. It is also what decrypts owner-password-only files (an empty
// user password opens them) and rewrites damaged ones.
export async function loadWithPdfLib(bytes: Uint8Array, password: string): Promise<PdfLibLoad> {
  const first = await tryLoad(bytes, password);
  if (first) return { ok: true, ...first, headerRestored: false };
  if (hasHeader(bytes)) return { ok: false };
  const withHeader = new Uint8Array(header.length + bytes.length);
  withHeader.set(header, 0);
  withHeader.set(bytes, header.length);
  const second = await tryLoad(withHeader, password);
  return second ? { ok: true, ...second, headerRestored: true } : { ok: false };
}

async function tryLoad(
  bytes: Uint8Array,
  password: string,
): Promise<{ doc: PDFDocument; pageCount: number; decrypted: boolean } | null> {
  try {
    // The password option only takes effect on encrypted files; for others it is ignored.
    const doc = await PDFDocument.load(bytes, { password, updateMetadata: false });
    // Count by walking the page tree, not by trusting the root's /Count, which pdf.js also reads
    // and a damaged file can get wrong. Walking can throw (a loop overflows the stack): a failure.
    const pageCount = doc.getPages().length;
    return { doc, pageCount, decrypted: doc.context.isDecrypted };
  } catch {
    return null;
  }
}

function hasHeader(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).includes('%PDF-', 0, 'latin1');
}
