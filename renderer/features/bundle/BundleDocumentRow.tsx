import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Link } from 'react-router';
import type { PlannedDocument } from '../../../shared/bundle/bundleTypes';
import { formatIndexDate } from '../../../shared/bundle/pageLabels';

interface RowProps {
  caseId: string;
  document: PlannedDocument;
  isFirst: boolean;
  isLast: boolean;
  onMove: (step: -1 | 1) => void;
}

const pagesText = (n: number) => (n === 1 ? '1 page' : `${n} pages`);

/** One document in a section: a drag handle, its details and page range, and move buttons. */
export function BundleDocumentRow({ caseId, document: doc, isFirst, isLast, onMove }: RowProps) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: doc.id });
  // Styles set through the DOM (not a style attribute in HTML), which the CSP allows.
  const style = { transform: CSS.Transform.toString(transform), transition };
  // aria-disabled rather than disabled: focus stays on the button after the last possible move.
  const moveButton = (step: -1 | 1, label: string, blocked: boolean) => (
    <button
      type="button"
      className="govuk-button govuk-button--secondary app-bundle-move"
      aria-disabled={blocked}
      onClick={() => {
        if (!blocked) onMove(step);
      }}
    >
      {label}
      <span className="govuk-visually-hidden">: {doc.title}</span>
    </button>
  );
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={`app-bundle-row${isDragging ? ' app-bundle-row--dragging' : ''}`}
      data-document-id={doc.id}
    >
      <button
        type="button"
        className="app-bundle-handle"
        {...attributes}
        {...listeners}
        aria-label={`Move ${doc.title}`}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <div className="app-bundle-row__details">
        <Link className="govuk-link app-bundle-row__title" to={`/cases/${caseId}/documents/${doc.id}`}>
          {doc.title}
        </Link>
        <span className="govuk-body-s app-bundle-row__meta">
          {formatIndexDate(doc.documentDate)} · {pagesText(doc.pageCount)}
          {doc.author ? ` · ${doc.author}` : ''}
        </span>
      </div>
      <span className="govuk-body app-bundle-row__range">
        <span className="govuk-visually-hidden">Bundle pages </span>
        {doc.rangeText}
      </span>
      <div className="app-bundle-row__actions">
        {moveButton(-1, 'Move up', isFirst)}
        {moveButton(1, 'Move down', isLast)}
      </div>
    </li>
  );
}
