// Plans a family's bundle page by page without touching any bytes (ARCHITECTURE.md, shared/bundle):
// sections and order (bundleSections.ts, orderDocuments.ts), index pages reserved before numbering
// (indexLayout.ts), then continuous numbers and labels (pageLabels.ts). The PDF writer follows it.
import type {
  BundleDocumentInput,
  BundlePage,
  BundlePlan,
  IndexRow,
  PlanBundleInput,
  PlannedDocument,
  PlannedSection,
  SectionId,
} from './bundleTypes';
import { SECTION_ORDER_NOTE, SECTION_TITLES, defaultSectionOf, hasPlanSection, sectionsFor } from './bundleSections';
import { INDEX_LAYOUT, paginateIndexRows, wrapText } from './indexLayout';
import { orderSection, type OrderedDocument } from './orderDocuments';
import { formatIndexDate, pageLabel, rangeText } from './pageLabels';

function assignSections(input: PlanBundleInput, sectionIds: SectionId[]): Map<SectionId, BundleDocumentInput[]> {
  const withPlan = hasPlanSection(input.decision);
  // A document the person moved into a section stays there, if this appeal type has that section.
  const savedSection = new Map<string, SectionId>();
  for (const section of sectionIds) {
    for (const id of input.savedOrder[section] ?? []) if (!savedSection.has(id)) savedSection.set(id, section);
  }
  const bySection = new Map<SectionId, BundleDocumentInput[]>(sectionIds.map((s) => [s, []]));
  for (const doc of input.documents) {
    if (doc.pages.length === 0) continue;
    const section = savedSection.get(doc.id) ?? defaultSectionOf(doc.category, withPlan);
    bySection.get(section)?.push(doc);
  }
  return bySection;
}

type RowDraft =
  | { kind: 'section'; sectionId: SectionId; lines: number }
  | { kind: 'document'; doc: BundleDocumentInput; titleLines: string[]; authorLines: string[]; lines: number };

function rowDrafts(ordered: [SectionId, OrderedDocument[]][]): RowDraft[] {
  const rows: RowDraft[] = [];
  for (const [index, [sectionId, docs]] of ordered.entries()) {
    // A blank line before every section heading except the first.
    rows.push({ kind: 'section', sectionId, lines: index === 0 ? 1 : 2 });
    for (const { document: doc } of docs) {
      const titleLines = wrapText(doc.title, INDEX_LAYOUT.titleChars, INDEX_LAYOUT.maxFieldLines);
      const authorLines = wrapText(doc.author ?? '', INDEX_LAYOUT.authorChars, INDEX_LAYOUT.maxFieldLines);
      rows.push({
        kind: 'document',
        doc,
        titleLines,
        authorLines,
        lines: Math.max(titleLines.length, authorLines.length),
      });
    }
  }
  return rows;
}

export function planBundle(input: PlanBundleInput): BundlePlan {
  const { options } = input;
  const sectionIds = sectionsFor(input.decision);
  const bySection = assignSections(input, sectionIds);
  const ordered: [SectionId, OrderedDocument[]][] = sectionIds
    .map((s): [SectionId, OrderedDocument[]] => [s, orderSection(bySection.get(s) ?? [], input.savedOrder[s] ?? [])])
    .filter(([, docs]) => docs.length > 0);

  // Index pages first: their number depends only on the rows, never on the page numbers.
  const drafts = rowDrafts(ordered);
  const draftPages = paginateIndexRows(drafts);

  const pages: BundlePage[] = [{ kind: 'cover', number: 1, label: '1' }];
  draftPages.forEach((_, i) => {
    const number = pages.length + 1;
    pages.push({ kind: 'index', number, label: String(number), indexPage: i + 1 });
  });

  const sections: PlannedSection[] = [];
  const documents: PlannedDocument[] = [];
  for (const [sectionId, docs] of ordered) {
    const firstPage = pages.length + 1;
    let dividerPage: number | null = null;
    if (options.dividerPages) {
      dividerPage = firstPage;
      pages.push({
        kind: 'divider',
        number: firstPage,
        label: pageLabel(firstPage, sectionId, options.sectionPrefixes),
        sectionId,
      });
    }
    const planned: PlannedDocument[] = [];
    for (const { document: doc, placedBy } of docs) {
      const first = pages.length + 1;
      doc.pages.forEach((page, i) => {
        const number = pages.length + 1;
        pages.push({
          kind: 'document',
          number,
          label: pageLabel(number, sectionId, options.sectionPrefixes),
          sectionId,
          documentId: doc.id,
          pageInDocument: i + 1,
          source: page.source,
          rotation: page.rotation,
        });
      });
      const last = pages.length;
      planned.push({
        id: doc.id,
        title: doc.title,
        documentDate: doc.documentDate,
        author: doc.author,
        category: doc.category,
        originalSha256: doc.originalSha256,
        sectionId,
        pageCount: doc.pages.length,
        firstPage: first,
        lastPage: last,
        rangeText: rangeText(first, last, sectionId, options.sectionPrefixes),
        placedBy,
      });
    }
    const lastPage = pages.length;
    sections.push({
      id: sectionId,
      title: SECTION_TITLES[sectionId],
      firstPage,
      lastPage,
      dividerPage,
      rangeText: rangeText(firstPage, lastPage, sectionId, options.sectionPrefixes),
      documents: planned,
    });
    documents.push(...planned);
  }

  const sectionById = new Map(sections.map((s) => [s.id, s]));
  const documentById = new Map(documents.map((d) => [d.id, d]));
  const indexPages: IndexRow[][] = draftPages.map((rows) =>
    rows.map((row): IndexRow => {
      if (row.kind === 'section') {
        const section = sectionById.get(row.sectionId);
        return {
          kind: 'section',
          sectionId: row.sectionId,
          title: `${row.sectionId}  ${SECTION_TITLES[row.sectionId]}`,
          rangeText: section?.rangeText ?? '',
          targetPage: section?.firstPage ?? 0,
          lines: row.lines,
        };
      }
      const planned = documentById.get(row.doc.id);
      return {
        kind: 'document',
        documentId: row.doc.id,
        dateText: formatIndexDate(row.doc.documentDate),
        titleLines: row.titleLines,
        authorLines: row.authorLines,
        rangeText: planned?.rangeText ?? '',
        targetPage: planned?.firstPage ?? 0,
        lines: row.lines,
      };
    }),
  );

  return {
    caseDetails: input.caseDetails,
    options,
    hasPlanSection: hasPlanSection(input.decision),
    sections,
    documents,
    pages,
    indexPages,
    pageCount: pages.length,
    skippedDocumentIds: input.documents.filter((d) => d.pages.length === 0).map((d) => d.id),
    notes: [SECTION_ORDER_NOTE],
  };
}
