import { useEffect, useRef } from 'react';
import type { VagueWordingFinding } from '../../../../shared/submissions/findVagueWording';
import { findingKey } from './VagueWordingCheck';

interface VagueWordingSummaryProps {
  /** The text box the findings are in: each link selects its phrase there. */
  fieldId: string;
  findings: readonly VagueWordingFinding[];
}

/**
 * After "Save and continue" with vague Section F wording: the answers are already saved, and this
 * says which phrases to look at again before going on (send-appeals.md §10). It is a warning, not
 * an error: pressing "Save and continue" again goes on with the wording as it is.
 */
export function VagueWordingSummary({ fieldId, findings }: VagueWordingSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  const select = (finding: VagueWordingFinding) => {
    const field = document.getElementById(fieldId);
    if (!(field instanceof HTMLTextAreaElement)) return;
    field.focus();
    field.setSelectionRange(finding.start, finding.end);
  };
  return (
    <div
      className="govuk-notification-banner"
      role="region"
      aria-labelledby="wording-summary-title"
      tabIndex={-1}
      ref={box}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="wording-summary-title">
          Your answers are saved: check the wording
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-body">
          Some of what you want Section F to say may leave room for doubt about what help will be given. Section F
          should say who will give the help, what they will do, how often, and for how long.
        </p>
        <ul className="govuk-list govuk-list--bullet">
          {findings.map((finding) => (
            <li key={findingKey(finding)}>
              <a
                className="govuk-notification-banner__link"
                href={`#${fieldId}`}
                onClick={(event) => {
                  // Hash routing: select the phrase instead of changing the address.
                  event.preventDefault();
                  select(finding);
                }}
              >
                “{finding.phrase}”
              </a>
              : {finding.prompt}
            </li>
          ))}
        </ul>
        <p className="govuk-body">
          You can change the wording now, or select ‘Save and continue’ again to go on with it as it is.
        </p>
      </div>
    </div>
  );
}
