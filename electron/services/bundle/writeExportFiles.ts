import { basename, dirname, extname, join } from 'node:path';
import type { ExportedFile } from '../../../shared/api/types';
import type { BundlePlan, SourceSizes } from '../../../shared/bundle/bundleTypes';
import { emailSubject, type EmailSubjectDetails } from '../../../shared/bundle/emailSubject';
import { splitIntoParts, type BundlePart } from '../../../shared/bundle/splitIntoParts';
import type { BundleProgress } from '../../pdf/bundle/assembleBundle';
import { removePartialExports } from '../../pdf/bundle/atomicWrite';
import type { LoadSource } from '../../pdf/bundle/copySourcePages';
import { writeBundle, writeBundleParts, type WrittenFile } from '../../pdf/bundle/writeBundle';
import type { BundleFontFiles } from '../../pdf/bundle/bundleFonts';

export interface WriteExportInput {
  plan: BundlePlan;
  loadSource: LoadSource;
  fontFiles: BundleFontFiles;
  /** The path the person chose; parts are written beside it, named after it. */
  target: string;
  split: boolean;
  sizes: SourceSizes;
  emailBudgetBytes: number;
  subject: EmailSubjectDetails;
  signal: AbortSignal;
  /** Told how many parts will be written (null for one whole bundle) before any bytes are. */
  onPlan: (partCount: number | null) => void;
  onProgress: (progress: BundleProgress) => void;
}

/** "Appeal bundle - Alex.pdf" -> "Appeal bundle - Alex - part 2 of 3.pdf", in the same folder. */
export function partPathFor(target: string, part: Pick<BundlePart, 'number' | 'total'>): string {
  const name = basename(target, extname(target));
  return join(dirname(target), `${name} - part ${part.number} of ${part.total}.pdf`);
}

const toExported = (file: WrittenFile, subject: string | null): ExportedFile => ({
  fileName: basename(file.path),
  sha256: file.sha256,
  bytes: file.bytes,
  pageCount: file.pageCount,
  emailSubject: subject,
});

/**
 * Writes the bundle whole, or in email-sized parts. Temp files an earlier, killed export left in the
 * folder are cleared first. A split that fits in one email is written as one file: a "Part 1 of 1"
 * page would only confuse the clerk.
 */
export async function writeExportFiles(input: WriteExportInput): Promise<ExportedFile[]> {
  await removePartialExports(dirname(input.target));
  const common = {
    plan: input.plan,
    loadSource: input.loadSource,
    fontFiles: input.fontFiles,
    signal: input.signal,
    onProgress: input.onProgress,
  };
  const parts = input.split ? splitIntoParts(input.plan, input.sizes, input.emailBudgetBytes).parts : [];
  if (parts.length <= 1) {
    input.onPlan(null);
    const file = await writeBundle({ ...common, outputPath: input.target });
    return [toExported(file, emailSubject({ number: 1, total: 1 }, input.subject))];
  }
  input.onPlan(parts.length);
  const files = await writeBundleParts({ ...common, parts, outputPathFor: (part) => partPathFor(input.target, part) });
  return files.map((file, i) => {
    const part = parts[i];
    return toExported(file, part ? emailSubject(part, input.subject) : null);
  });
}
