import { Link } from 'react-router';
import type { CaseDetail, EvidenceMapItem, SubmissionsOverview } from '../../../../shared/api/types';
import { Page } from '../../../components/Page';
import { appealHubUrl, pageUrl } from '../submissionPaths';
import { SubmissionsLoader } from '../SubmissionsLoader';

/**
 * #/cases/:caseId/appeal/evidence-map: each disputed point with the documents that back it up.
 * The Tribunal decides on evidence (send-appeals.md §10: "relying on assertion without expert
 * evidence"), so points with no evidence come first, each with a link to where evidence is added.
 */
export function EvidenceMapPage() {
  return (
    <SubmissionsLoader>{(appeal, overview) => <EvidenceMap appeal={appeal} overview={overview} />}</SubmissionsLoader>
  );
}

function EvidenceLink({ caseId, item }: { caseId: string; item: EvidenceMapItem }) {
  return (
    <Link className="govuk-link" to={pageUrl(caseId, item.page, 'evidenceMap')}>
      {item.references.length === 0 ? 'Add evidence' : 'Change the evidence'}
      <span className="govuk-visually-hidden"> for {item.title}</span>
    </Link>
  );
}

function Summary({ item }: { item: EvidenceMapItem }) {
  return item.summary.trim() === '' ? null : <p className="govuk-body govuk-hint">“{item.summary}”</p>;
}

function EvidenceMap({ appeal, overview }: { appeal: CaseDetail; overview: SubmissionsOverview }) {
  const { items, gaps, uncitedDocuments } = overview.evidenceMap;
  const gapKeys = new Set(gaps.map((gap) => gap.key));
  const supported = items.filter((item) => !gapKeys.has(item.key));
  return (
    <Page title="Evidence map" caption={appeal.name}>
      <Link to={appealHubUrl(appeal.id)} className="govuk-back-link">
        Back to write your appeal
      </Link>
      <p className="govuk-body">
        Each point you disagree about, with the pages of your documents you have said back it up. The Tribunal decides
        on evidence, so each point is stronger with a report, letter or record behind it.
      </p>
      {items.length === 0 ? (
        <p className="govuk-body">
          You have not written about anything you disagree with yet.{' '}
          <Link className="govuk-link" to={appealHubUrl(appeal.id)}>
            Go to write your appeal
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="evidence-gaps">
        <h2 className="govuk-heading-m" id="evidence-gaps">
          Points with no evidence yet ({gaps.length})
        </h2>
        {gaps.length === 0 ? (
          <p className="govuk-body">Every point has at least one piece of evidence.</p>
        ) : (
          <ul className="govuk-list">
            {gaps.map((gap) => (
              <li key={gap.key} className="govuk-!-margin-bottom-4">
                <strong className="govuk-tag govuk-tag--yellow">No evidence</strong> <strong>{gap.title}</strong>
                <Summary item={gap} />
                <EvidenceLink caseId={appeal.id} item={gap} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {supported.length > 0 ? (
        <section aria-labelledby="evidence-points">
          <h2 className="govuk-heading-m" id="evidence-points">
            Points and their evidence ({supported.length})
          </h2>
          {supported.map((item) => (
            <div key={item.key} className="govuk-!-margin-bottom-6">
              <h3 className="govuk-heading-s">{item.title}</h3>
              <Summary item={item} />
              <ul className="govuk-list govuk-list--bullet">
                {item.references.map((reference, index) => (
                  <li key={`${reference.documentId}-${reference.page}-${index}`}>
                    {reference.resolved ? null : (
                      <>
                        <strong className="govuk-tag govuk-tag--red">Check this</strong>{' '}
                      </>
                    )}
                    {reference.text}
                  </li>
                ))}
              </ul>
              <EvidenceLink caseId={appeal.id} item={item} />
            </div>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="evidence-uncited">
        <h2 className="govuk-heading-m" id="evidence-uncited">
          Documents not used as evidence yet ({uncitedDocuments.length})
        </h2>
        {uncitedDocuments.length === 0 ? (
          <p className="govuk-body">Every document in this appeal is used as evidence for at least one point.</p>
        ) : (
          <>
            <p className="govuk-body">
              None of your answers points to these documents. If one of them backs up a point, add it as evidence on
              that point’s page.
            </p>
            <ul className="govuk-list govuk-list--bullet">
              {uncitedDocuments.map((document) => (
                <li key={document.id}>
                  <Link className="govuk-link" to={`/cases/${appeal.id}/documents/${document.id}`}>
                    {document.title}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </Page>
  );
}
