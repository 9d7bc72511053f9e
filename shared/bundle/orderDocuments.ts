// Order within a section. §7.3: evidence "in chronological order within sections"; a person's own
// reordering wins, and documents added since then slot in by date so they land somewhere sensible.
import type { BundleDocumentInput } from './bundleTypes';
import { CATEGORY_ORDER } from './bundleSections';

export interface OrderedDocument {
  document: BundleDocumentInput;
  placedBy: 'user' | 'date';
}

const categoryRank = (doc: BundleDocumentInput): number =>
  doc.category === null ? CATEGORY_ORDER.length : CATEGORY_ORDER.indexOf(doc.category);

// IsoDate strings (YYYY-MM-DD) sort correctly as text, so no date parsing is needed here.
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1; // undated last
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Date order, undated last; ties by category (§12 order), then title, then id, so it is deterministic. */
export function compareByDate(a: BundleDocumentInput, b: BundleDocumentInput): number {
  return (
    compareDates(a.documentDate, b.documentDate) ||
    categoryRank(a) - categoryRank(b) ||
    compareText(a.title, b.title) ||
    compareText(a.id, b.id)
  );
}

/**
 * `saved` is the person's order for this section (ids of documents that may since have been removed);
 * `documents` are the section's current documents. Saved documents keep their relative order; each
 * new one goes before the first saved document dated after it (undated ones at the end).
 */
export function orderSection(documents: BundleDocumentInput[], saved: readonly string[]): OrderedDocument[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const seen = new Set<string>();
  const result: OrderedDocument[] = [];
  for (const id of saved) {
    const doc = byId.get(id);
    if (doc && !seen.has(id)) {
      seen.add(id);
      result.push({ document: doc, placedBy: 'user' });
    }
  }
  const fresh = documents.filter((d) => !seen.has(d.id)).sort(compareByDate);
  for (const doc of fresh) {
    const at = doc.documentDate === null ? -1 : result.findIndex((r) => compareByDate(doc, r.document) < 0);
    const entry: OrderedDocument = { document: doc, placedBy: 'date' };
    if (at === -1) result.push(entry);
    else result.splice(at, 0, entry);
  }
  return result;
}
