// Splitting a bundle into emails. §4: the size limit of the Tribunal's inbox is UNCERTAIN, so the
// export splits by a budget the person sets (default 20 MB) and labels the parts "1 of N". A part
// never ends inside a document unless that document alone is over the budget.
import type { BundlePlan, SourceSizes } from './bundleTypes';
import type { Warning } from '../domain/warning';
import { FILE_OVERHEAD_BYTES, TEXT_PAGE_BYTES, estimatePageBytes, formatMegabytes } from './estimateBundleSize';

export const DEFAULT_EMAIL_BUDGET_BYTES = 20 * 1024 * 1024;

/** Estimates are approximate (fonts and images shared between pages), so parts aim 10% under budget. */
const SAFETY = 0.9;

export interface BundlePart {
  number: number;
  total: number;
  /** Bundle page numbers (inclusive); the part's own "Part 2 of 3" page comes before them. */
  firstPage: number;
  lastPage: number;
  /** "B40–C112", as stamped. */
  rangeText: string;
  estimatedBytes: number;
  /** Documents with at least one page in this part, in bundle order. */
  documentIds: string[];
  /** Documents too big for one email, so split across parts. */
  splitDocumentIds: string[];
}

export interface SplitResult {
  parts: BundlePart[];
  notes: Warning[];
}

interface Unit {
  firstPage: number;
  lastPage: number;
  bytes: number;
  splitDocumentId: string | null;
}

function units(plan: BundlePlan, sizes: SourceSizes, usable: number): { list: Unit[]; split: string[] } {
  const bytesOf = (from: number, to: number) => {
    let total = 0;
    for (let n = from; n <= to; n++) {
      const page = plan.pages[n - 1];
      if (page) total += estimatePageBytes(page, sizes);
    }
    return total;
  };
  const firstSectionPage = plan.sections[0]?.firstPage ?? plan.pageCount + 1;
  const list: Unit[] = [
    { firstPage: 1, lastPage: firstSectionPage - 1, bytes: bytesOf(1, firstSectionPage - 1), splitDocumentId: null },
  ];
  const split: string[] = [];
  for (const section of plan.sections) {
    section.documents.forEach((doc, i) => {
      // A divider travels with the first document of its section.
      const from = i === 0 && section.dividerPage !== null ? section.dividerPage : doc.firstPage;
      const bytes = bytesOf(from, doc.lastPage);
      if (bytes <= usable) {
        list.push({ firstPage: from, lastPage: doc.lastPage, bytes, splitDocumentId: null });
        return;
      }
      split.push(doc.id);
      for (let n = from; n <= doc.lastPage; n++)
        list.push({ firstPage: n, lastPage: n, bytes: bytesOf(n, n), splitDocumentId: doc.id });
    });
  }
  return { list, split };
}

export function splitIntoParts(plan: BundlePlan, sizes: SourceSizes, budgetBytes: number): SplitResult {
  if (!(budgetBytes > 0)) throw new RangeError('The email size budget must be more than 0 bytes.');
  const usable = budgetBytes * SAFETY - FILE_OVERHEAD_BYTES - TEXT_PAGE_BYTES;
  const { list, split } = units(plan, sizes, usable);

  const groups: Unit[][] = [];
  let current: Unit[] = [];
  let used = 0;
  for (const unit of list) {
    if (unit.firstPage > unit.lastPage) continue;
    if (current.length > 0 && used + unit.bytes > usable) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(unit);
    used += unit.bytes;
  }
  if (current.length > 0) groups.push(current);

  const total = groups.length;
  const parts = groups.map((group, i): BundlePart => {
    const firstPage = group[0]?.firstPage ?? 1;
    const lastPage = group[group.length - 1]?.lastPage ?? firstPage;
    const ids: string[] = [];
    for (let n = firstPage; n <= lastPage; n++) {
      const page = plan.pages[n - 1];
      if (page?.kind === 'document' && ids[ids.length - 1] !== page.documentId) ids.push(page.documentId);
    }
    const first = plan.pages[firstPage - 1]?.label ?? String(firstPage);
    const last = plan.pages[lastPage - 1]?.label ?? String(lastPage);
    return {
      number: i + 1,
      total,
      firstPage,
      lastPage,
      rangeText: firstPage === lastPage ? first : `${first}–${last}`,
      estimatedBytes: group.reduce((s, u) => s + u.bytes, FILE_OVERHEAD_BYTES + TEXT_PAGE_BYTES),
      documentIds: ids,
      splitDocumentIds: [...new Set(group.map((u) => u.splitDocumentId).filter((id): id is string => id !== null))],
    };
  });

  const notes: Warning[] = [];
  for (const id of split) {
    const doc = plan.documents.find((d) => d.id === id);
    const inParts = parts.filter((p) => p.splitDocumentIds.includes(id)).map((p) => p.number);
    notes.push({
      code: 'documentSplitAcrossParts',
      message:
        `"${doc?.title ?? id}" is too large to send in one email of ${formatMegabytes(budgetBytes)}, so it is split ` +
        `across parts ${inParts.join(', ')}. Say so in your emails, or ask the Tribunal how it would like large files sent.`,
    });
  }
  const overBudget = parts.filter((p) => p.estimatedBytes > budgetBytes);
  for (const part of overBudget) {
    notes.push({
      code: 'partOverBudget',
      message:
        `Part ${part.number} is still about ${formatMegabytes(part.estimatedBytes)} because a single page is very large. ` +
        'Check whether a photo or scan can be replaced with a smaller copy.',
    });
  }
  return { parts, notes };
}
