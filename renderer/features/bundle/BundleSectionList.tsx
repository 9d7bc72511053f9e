import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { PlannedSection } from '../../../shared/bundle/bundleTypes';
import { BundleDocumentRow } from './BundleDocumentRow';
import { dragAnnouncements, dragInstructions } from './dragAnnouncements';

interface SectionListProps {
  caseId: string;
  section: PlannedSection;
  /** Move a document to a new position within this section. */
  onMove: (documentId: string, to: number) => void;
}

/** One section's documents, in bundle order, reordered by drag and drop, keyboard or buttons. */
export function BundleSectionList({ caseId, section, onMove }: SectionListProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = section.documents.map((d) => d.id);
  const titleOf = (id: string) => section.documents.find((d) => d.id === id)?.title ?? 'The document';
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onMove(String(active.id), ids.indexOf(String(over.id)));
  };
  const headingId = `bundle-section-${section.id}`;
  return (
    <section className="app-bundle-section" aria-labelledby={headingId}>
      <h3 className="govuk-heading-s" id={headingId}>
        {section.id}: {section.title}{' '}
        <span className="govuk-body-s app-bundle-section__range">(pages {section.rangeText})</span>
      </h3>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements: dragAnnouncements(section.title, ids, titleOf),
          screenReaderInstructions: dragInstructions,
        }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className="app-bundle-list" aria-labelledby={headingId}>
            {section.documents.map((doc, index) => (
              <BundleDocumentRow
                key={doc.id}
                caseId={caseId}
                document={doc}
                isFirst={index === 0}
                isLast={index === section.documents.length - 1}
                onMove={(step) => onMove(doc.id, index + step)}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
    </section>
  );
}
