import { useState } from 'react';
import { Link } from 'react-router';
import type { BundleOverview, CaseDetail } from '../../../shared/api/types';
import { formatSize } from './formatSize';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { CaseLoader } from '../cases/CaseLoader';
import { BundleChecks } from './BundleChecks';
import { BundleExport } from './BundleExport';
import { BundleIndexPreview } from './BundleIndexPreview';
import { BundleOptionsForm } from './BundleOptionsForm';
import { BundleSectionList } from './BundleSectionList';
import { ExportHistory } from './ExportHistory';
import { moveWithinSection, orderOf } from './moveDocument';
import { useBundleOverview, useSaveOrder } from './useBundle';
import './bundle.css';

/** #/cases/:caseId/bundle: put the evidence in order, check it, and export the bundle PDF. */
export function BundleScreen() {
  return <CaseLoader>{(appeal) => <CaseBundle appeal={appeal} />}</CaseLoader>;
}

function CaseBundle({ appeal }: { appeal: CaseDetail }) {
  const overview = useBundleOverview(appeal.id);
  return (
    <Page title="Your evidence bundle" caption={appeal.name}>
      <Link to={`/cases/${appeal.id}`} className="govuk-back-link">
        Back to the appeal
      </Link>
      <p className="govuk-body">
        The Tribunal asks for your evidence as one PDF with numbered pages and an index. Put your documents in the order
        you want, check the points below, then export it.
      </p>
      {overview.isPending ? <p className="govuk-body">Loading…</p> : null}
      {overview.isError ? <ProblemPanel error={overview.error} /> : null}
      {overview.data ? <BundleContents overview={overview.data} /> : null}
    </Page>
  );
}

function BundleContents({ overview }: { overview: BundleOverview }) {
  const { plan, caseId } = overview;
  const saveOrder = useSaveOrder(caseId);
  const [moved, setMoved] = useState('');
  const onMove = (documentId: string, to: number) => {
    const title = plan.documents.find((d) => d.id === documentId)?.title ?? 'The document';
    const section = plan.sections.find((s) => s.documents.some((d) => d.id === documentId));
    saveOrder.mutate(moveWithinSection(orderOf(plan.sections), documentId, to));
    setMoved(`${title} moved to position ${to + 1} of ${section?.documents.length ?? 0}. Page numbers updated.`);
  };

  if (plan.documents.length === 0) {
    return (
      <>
        <BundleChecks caseId={caseId} checks={overview.checks} />
        <p className="govuk-body">
          There are no documents in this appeal yet.{' '}
          <Link className="govuk-link" to={`/cases/${caseId}/documents`}>
            Add your documents
          </Link>
          .
        </p>
      </>
    );
  }

  return (
    <>
      <p className="govuk-body">
        {plan.pageCount} pages, {formatSize(overview.estimatedBytes)}.{' '}
        {overview.ready ? 'Ready to export.' : 'Not ready yet: see below.'}
      </p>
      <h2 className="govuk-heading-m">Checks</h2>
      <BundleChecks caseId={caseId} checks={overview.checks} />

      <h2 className="govuk-heading-m">Order of documents</h2>
      <p className="govuk-body">
        Within each section, documents are in date order. To change the order, drag a document by its handle, use the
        “Move up” and “Move down” buttons, or tab to a handle, press space, use the arrow keys and press space again.
      </p>
      {saveOrder.isError ? <ProblemPanel error={saveOrder.error} /> : null}
      {plan.sections.map((section) => (
        <BundleSectionList key={section.id} caseId={caseId} section={section} onMove={onMove} />
      ))}
      <p className="govuk-visually-hidden" role="status" aria-live="polite">
        {moved}
      </p>
      {plan.notes.map((note) => (
        <div className="govuk-inset-text" key={note.code}>
          {note.message}
        </div>
      ))}

      <h2 className="govuk-heading-m">Index</h2>
      <BundleIndexPreview plan={plan} />

      <h2 className="govuk-heading-m">Settings</h2>
      <BundleOptionsForm caseId={caseId} settings={overview.settings} />

      <h2 className="govuk-heading-m" id="bundle-export" tabIndex={-1}>
        Export
      </h2>
      {overview.parts.length > 1 ? (
        <ul className="govuk-list govuk-list--bullet">
          {overview.parts.map((part) => (
            <li key={part.number}>
              Part {part.number} of {part.total}: pages {part.rangeText}, {formatSize(part.estimatedBytes)}. Email
              subject: {part.emailSubject}
            </li>
          ))}
        </ul>
      ) : null}
      <BundleExport overview={overview} />

      <h2 className="govuk-heading-m">Exports so far</h2>
      <ExportHistory caseId={caseId} />
    </>
  );
}
