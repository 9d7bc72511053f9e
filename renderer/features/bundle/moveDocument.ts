import type { PlannedSection } from '../../../shared/bundle/bundleTypes';
import type { SectionOrder } from './useBundle';

/** The order of every section as ids, the shape saveOrder takes. */
export function orderOf(sections: Pick<PlannedSection, 'id' | 'documents'>[]): SectionOrder {
  return sections.map((s) => ({ sectionId: s.id, documentIds: s.documents.map((d) => d.id) }));
}

/** Moves one document to position `to` within its own section; unchanged if either is out of range. */
export function moveWithinSection(order: SectionOrder, documentId: string, to: number): SectionOrder {
  return order.map((section) => {
    const from = section.documentIds.indexOf(documentId);
    if (from === -1 || to < 0 || to >= section.documentIds.length || to === from) return section;
    const ids = [...section.documentIds];
    ids.splice(from, 1);
    ids.splice(to, 0, documentId);
    return { ...section, documentIds: ids };
  });
}
