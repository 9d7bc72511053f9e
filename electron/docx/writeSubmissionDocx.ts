import { createHash } from 'node:crypto';
import type { SubmissionDocument } from '../../shared/submissions/documentModel';
import { commitTemps, writeTemp } from '../pdf/bundle/atomicWrite';
import { renderSubmissionDocx } from './renderSubmissionDocx';

export interface WrittenSubmission {
  path: string;
  bytes: number;
  /** SHA-256 of the file, for the case history (issue 6: "exports appear … with hashes"). */
  sha256: string;
}

/**
 * Writes one submission as .docx at `target`: temp file in the same folder, fsync, rename
 * (ARCHITECTURE.md, Data), so the target is never a half-written file.
 */
export async function writeSubmissionDocx(doc: SubmissionDocument, target: string): Promise<WrittenSubmission> {
  const bytes = await renderSubmissionDocx(doc);
  const temp = await writeTemp(target, bytes);
  await commitTemps([{ temp, target }]);
  return { path: target, bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}
