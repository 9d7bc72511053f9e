import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBundleCorpus } from '../fixtures/bundle/bundleCorpus';
import { benchBundle } from './bundleBench';

/**
 * Issue 5's benchmark: a generated ~1,000-page bundle exported in full (cover, index, links,
 * stamps, bookmarks, labels) against qpdf merge + overlay measured in the same run.
 */
export async function runBundleBench(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'bundle-bench-'));
  try {
    const figures = await benchBundle(await writeBundleCorpus(folder), folder);
    console.log('\nBundle export benchmark (median of 3; baseline = qpdf merge + qpdf --overlay of the stamps)');
    console.log(JSON.stringify(figures, null, 2));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
