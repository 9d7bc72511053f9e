import { createHash } from 'node:crypto';
import type { BundlePlan } from '../../../shared/bundle/bundleTypes';
import type { BundlePart } from '../../../shared/bundle/splitIntoParts';
import { assembleBundle, type BundleProgress } from './assembleBundle';
import type { BundleFontFiles } from './bundleFonts';
import { commitTemps, removeTemps, writeTemp } from './atomicWrite';
import type { LoadSource } from './copySourcePages';

export interface WriteBundleInput {
  plan: BundlePlan;
  loadSource: LoadSource;
  fontFiles: BundleFontFiles;
  outputPath: string;
  onProgress?: ((progress: BundleProgress) => void) | undefined;
  signal?: AbortSignal | undefined;
}

export interface WrittenFile {
  path: string;
  pageCount: number;
  sha256: string;
  bytes: number;
}

async function render(
  input: Omit<WriteBundleInput, 'outputPath'>,
  part: BundlePart | undefined,
): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const doc = await assembleBundle({ ...input, part });
  input.signal?.throwIfAborted();
  input.onProgress?.({ phase: 'saving', done: 0, total: 1 });
  // addDefaultPage:false: pdf-lib would otherwise add a blank page to an empty tree (environment.md).
  // pdf-lib yields to the event loop every objectsPerTick objects (default 50: ~0.5 s of idle ticks on
  // 1,000 pages); the export runs off the UI thread, so it yields rarely.
  const bytes = await doc.save({ addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: 2000 });
  input.signal?.throwIfAborted();
  return { bytes, pageCount: doc.getPageCount() };
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Writes the whole bundle to `outputPath` through a flushed temp file and a rename, so the path holds
 * either nothing or the complete file. Cancelling (signal) or any failure removes the temp file.
 */
export async function writeBundle(input: WriteBundleInput): Promise<WrittenFile> {
  const { bytes, pageCount } = await render(input, undefined);
  if (pageCount !== input.plan.pageCount) {
    throw new Error(`The bundle came out with ${pageCount} pages instead of ${input.plan.pageCount}.`);
  }
  input.onProgress?.({ phase: 'writing', done: 0, total: 1 });
  const temp = await writeTemp(input.outputPath, bytes);
  try {
    input.signal?.throwIfAborted();
    await commitTemps([{ temp, target: input.outputPath }]);
  } catch (error) {
    await removeTemps([temp]);
    throw error;
  }
  input.onProgress?.({ phase: 'writing', done: 1, total: 1 });
  return { path: input.outputPath, pageCount, sha256: sha256Of(bytes), bytes: bytes.byteLength };
}

export interface WriteBundlePartsInput extends Omit<WriteBundleInput, 'outputPath'> {
  parts: BundlePart[];
  /** Where each part goes, e.g. ".../Bundle - part 2 of 3.pdf". */
  outputPathFor: (part: BundlePart) => string;
}

/**
 * Writes each part as its own PDF (a "Part n of N" first page, then its bundle pages with their
 * bundle stamps). All parts are written to temp files first and renamed together at the end, so a
 * cancelled or failed export leaves none of them.
 */
export async function writeBundleParts(input: WriteBundlePartsInput): Promise<WrittenFile[]> {
  const written: (WrittenFile & { temp: string })[] = [];
  try {
    for (const part of input.parts) {
      const { bytes, pageCount } = await render(input, part);
      const expected = part.lastPage - part.firstPage + 2;
      if (pageCount !== expected)
        throw new Error(`Part ${part.number} came out with ${pageCount} pages instead of ${expected}.`);
      const path = input.outputPathFor(part);
      const temp = await writeTemp(path, bytes);
      written.push({ path, temp, pageCount, sha256: sha256Of(bytes), bytes: bytes.byteLength });
      input.signal?.throwIfAborted();
    }
    await commitTemps(written.map((w) => ({ temp: w.temp, target: w.path })));
  } catch (error) {
    await removeTemps(written.map((w) => w.temp));
    throw error;
  }
  return written.map(({ temp: _temp, ...file }) => file);
}
