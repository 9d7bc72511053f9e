import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBundleCorpus } from '../../../fixtures/bundle/bundleCorpus';
import { benchBundle } from './benchBundle';

// Slow (about a minute): runs only with BUNDLE_BENCH=1, e.g.
//   BUNDLE_BENCH=1 npx vitest run test/electron/pdf/bundle/bundleBench.test.ts
describe.runIf(process.env.BUNDLE_BENCH === '1')('bundle export benchmark', () => {
  it('exports a ~1,000-page bundle and compares it with qpdf merge + overlay', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bundle-bench-'));
    try {
      const figures = await benchBundle(await writeBundleCorpus(folder), folder);
      console.log(JSON.stringify(figures, null, 2));
      expect(figures.pages).toBeGreaterThan(900);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 600_000);
});
