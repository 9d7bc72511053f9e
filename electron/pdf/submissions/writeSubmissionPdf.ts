import { createHash } from 'node:crypto';
import type { SubmissionDocument } from '../../../shared/submissions/documentModel';
import type { WrittenSubmission } from '../../docx/writeSubmissionDocx';
import { commitTemps, writeTemp } from '../bundle/atomicWrite';
import { renderSubmissionPdf, type PdfFonts } from './renderSubmissionPdf';

/**
 * Writes one submission as PDF at `target`: temp file in the same folder, fsync, rename
 * (ARCHITECTURE.md, Data), so the target is never a half-written file.
 */
export async function writeSubmissionPdf(
  doc: SubmissionDocument,
  target: string,
  fonts: PdfFonts,
): Promise<WrittenSubmission> {
  const bytes = await renderSubmissionPdf(doc, fonts);
  const temp = await writeTemp(target, bytes);
  await commitTemps([{ temp, target }]);
  return { path: target, bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}
