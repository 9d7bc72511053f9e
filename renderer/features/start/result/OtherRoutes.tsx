import type { ReactNode } from 'react';
import type { AppealClassification } from '../../../../shared/domain/classifyAppeal';
import type { HelpOrganisation } from '../../../../shared/domain/helpOrganisations';
import type { SignpostResult } from '../../../../shared/domain/signpostRoutes';
import { WarningText } from '../../../components/WarningText';

interface OtherRoutesProps {
  classification: AppealClassification;
  signposting: SignpostResult | null;
}

/** For disagreements the Tribunal cannot hear: why, and each other route step by step (§9). */
export function OtherRoutes({ classification, signposting }: OtherRoutesProps) {
  return (
    <section aria-labelledby="other-routes-heading">
      <h2 className="govuk-heading-m" id="other-routes-heading">
        This cannot be appealed to the SEND Tribunal on its own
      </h2>
      {classification.reasons.map((reason) => (
        <p className="govuk-body" key={reason}>
          {reason}
        </p>
      ))}
      {signposting?.notes.map((note) => (
        <div className="govuk-inset-text" key={note}>
          {note}
        </div>
      ))}
      {signposting && signposting.routes.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">What you can do instead</h2>
          {signposting.routes.map((route) => (
            <div key={route.id} className="govuk-!-margin-bottom-8">
              <h3 className="govuk-heading-m">{route.name}</h3>
              <dl className="govuk-summary-list">
                <Row label="What it is">{route.whatItIs}</Row>
                <Row label="When to use it">{route.whenToUse}</Row>
                <Row label="What you need">
                  <ul className="govuk-list govuk-list--bullet">
                    {route.whatYouNeed.map((need) => (
                      <li key={need}>{need}</li>
                    ))}
                  </ul>
                </Row>
                <Row label="Time limit">{route.timeLimit}</Row>
                <Row label="How to start">{route.howToStart}</Row>
              </dl>
              {route.uncertain ? <WarningText>{route.uncertain.message}</WarningText> : null}
            </div>
          ))}
        </>
      ) : null}
    </section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

/** §9 S4: free, independent help, always shown. */
export function HelpOrganisations({ organisations }: { organisations: readonly HelpOrganisation[] }) {
  return (
    <section aria-labelledby="help-heading">
      <h2 className="govuk-heading-m" id="help-heading">
        Free, independent help
      </h2>
      <ul className="govuk-list">
        {organisations.map((org) => (
          <li key={org.id} className="govuk-!-margin-bottom-4">
            <strong>{org.name}</strong>
            <br />
            {org.whatTheyDo}
            <br />
            {org.howToContact}
          </li>
        ))}
      </ul>
    </section>
  );
}
