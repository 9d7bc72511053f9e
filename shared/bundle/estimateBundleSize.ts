// Size estimates for the email budget (§4: the Tribunal inbox's size limit is UNCERTAIN, so the app
// splits by a budget the person can change). A page costs its share of its stored source file, plus a
// little for the stamp and page objects; the cover, index and fonts add a fixed overhead.
import type { BundlePage, BundlePlan, SourceSizes } from './bundleTypes';

/** Stamp, page dictionary and label per page (measured pdf-lib output is 1–2 KB). */
export const PAGE_OVERHEAD_BYTES = 2_000;
/** Fonts, catalogue, outline, metadata: per PDF file written. */
export const FILE_OVERHEAD_BYTES = 30_000;
/** A cover, index, divider or part page of text. */
export const TEXT_PAGE_BYTES = 4_000;

/** Estimated bytes one bundle page adds to a file. */
export function estimatePageBytes(page: BundlePage, sizes: SourceSizes): number {
  if (page.kind !== 'document') return TEXT_PAGE_BYTES;
  const source = sizes[page.source.sourceSha256];
  const share = source === undefined ? 0 : source.bytes / Math.max(1, source.pageCount);
  return Math.ceil(share) + PAGE_OVERHEAD_BYTES;
}

export function estimateBundleBytes(plan: BundlePlan, sizes: SourceSizes): number {
  return plan.pages.reduce((sum, page) => sum + estimatePageBytes(page, sizes), FILE_OVERHEAD_BYTES);
}

/** "4.2 MB": sizes as people see them in their email program. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb).toString()} MB`;
}
