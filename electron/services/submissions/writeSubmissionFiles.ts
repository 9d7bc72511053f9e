import { rm, rmdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { SubmissionExportedFile } from '../../../shared/api/submissionTypes';
import type { SubmissionDocument } from '../../../shared/submissions/documentModel';
import { writeSubmissionDocx, type WrittenSubmission } from '../../docx/writeSubmissionDocx';
import type { PdfFonts } from '../../pdf/submissions/renderSubmissionPdf';
import { writeSubmissionPdf } from '../../pdf/submissions/writeSubmissionPdf';

export interface WriteSubmissionFilesInput {
  documents: readonly SubmissionDocument[];
  /** A new, empty folder made for this export (createExportFolder). */
  folder: string;
  format: 'docx' | 'pdf';
  fonts: PdfFonts;
}

const write = (doc: SubmissionDocument, input: WriteSubmissionFilesInput): Promise<WrittenSubmission> => {
  const target = join(input.folder, `${doc.fileName}.${input.format}`);
  return input.format === 'docx' ? writeSubmissionDocx(doc, target) : writeSubmissionPdf(doc, target, input.fonts);
};

/**
 * Writes each document into the export's folder, one after another (each atomically: temp file,
 * fsync, rename). If any fails, the files already written and the folder are removed again, so a
 * failed export leaves nothing behind that could be mistaken for a finished one.
 */
export async function writeSubmissionFiles(input: WriteSubmissionFilesInput): Promise<SubmissionExportedFile[]> {
  const written: SubmissionExportedFile[] = [];
  try {
    for (const doc of input.documents) {
      const file = await write(doc, input);
      written.push({ documentId: doc.id, fileName: basename(file.path), sha256: file.sha256, bytes: file.bytes });
    }
    return written;
  } catch (error) {
    await removeExport(input.folder, written);
    throw error;
  }
}

/** Removes an export's files and then its folder; never anything the export did not write. */
export async function removeExport(folder: string, files: readonly SubmissionExportedFile[]): Promise<void> {
  await Promise.all(files.map((file) => rm(join(folder, file.fileName), { force: true })));
  // rmdir (not rm -r) only removes an empty folder: anything someone else put there stays.
  await rmdir(folder).catch(() => undefined);
}
