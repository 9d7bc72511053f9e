// Citations such as "EP report, p.12" in the written submissions, turned into the bundle page the
// reader will see stamped. A document taken out of the bundle since the citation was written is
// reported, not silently dropped.
import type { BundlePlan } from './bundleTypes';

export type CitationResult =
  | { kind: 'page'; label: string; bundlePage: number }
  | { kind: 'removedDocument' }
  | { kind: 'pageOutOfRange'; pageCount: number };

export function resolveCitation(plan: BundlePlan, documentId: string, pageInDocument: number): CitationResult {
  const doc = plan.documents.find((d) => d.id === documentId);
  if (!doc) return { kind: 'removedDocument' };
  if (!Number.isInteger(pageInDocument) || pageInDocument < 1 || pageInDocument > doc.pageCount) {
    return { kind: 'pageOutOfRange', pageCount: doc.pageCount };
  }
  const bundlePage = doc.firstPage + pageInDocument - 1;
  const page = plan.pages[bundlePage - 1];
  return { kind: 'page', label: page?.label ?? String(bundlePage), bundlePage };
}
