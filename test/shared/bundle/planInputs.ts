import type {
  BundleDocumentInput,
  BundleOptions,
  PlanBundleInput,
  SourceSizes,
} from '../../../shared/bundle/bundleTypes';
import type { DecisionType } from '../../../shared/domain/decisionTypes';
import type { DocumentCategory } from '../../../shared/domain/documentCategories';

// Plan inputs without any bytes: each document's pages come from a made-up source named after it.

export function doc(
  id: string,
  category: DocumentCategory | null,
  date: string | null,
  pageCount = 1,
  extra: Partial<BundleDocumentInput> = {},
): BundleDocumentInput {
  return {
    id,
    title: extra.title ?? `Document ${id}`,
    documentDate: date,
    author: extra.author ?? null,
    category,
    originalSha256: extra.originalSha256 ?? `orig-${id}`,
    pages: Array.from({ length: pageCount }, (_, i) => ({
      source: { kind: 'pdf' as const, sourceSha256: `src-${id}`, pageIndex: i },
      rotation: 0 as const,
    })),
  };
}

export function input(
  documents: BundleDocumentInput[],
  decision: DecisionType = { id: 'contents', sections: { b: true, f: true } },
  extra: { savedOrder?: PlanBundleInput['savedOrder']; options?: Partial<BundleOptions> } = {},
): PlanBundleInput {
  return {
    decision,
    caseDetails: {
      childName: 'Sam Example',
      dateOfBirth: '2015-05-12',
      council: 'Exampleshire County Council',
      appealTypeLabel: 'Contents of the plan',
      tribunalReference: null,
      datePrepared: '2026-11-23',
    },
    documents,
    savedOrder: extra.savedOrder ?? {},
    options: { sectionPrefixes: false, dividerPages: false, ...extra.options },
  };
}

/** Each made-up source is `bytesPerPage` per page. */
export function sizesOf(documents: BundleDocumentInput[], bytesPerPage = 100_000): SourceSizes {
  const sizes: SourceSizes = {};
  for (const d of documents) sizes[`src-${d.id}`] = { bytes: bytesPerPage * d.pages.length, pageCount: d.pages.length };
  return sizes;
}
