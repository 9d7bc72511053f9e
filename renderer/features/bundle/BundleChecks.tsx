import type { MouseEvent } from 'react';
import { Link } from 'react-router';
import type { BundleCheck, CheckSeverity } from '../../../shared/bundle/checkBundle';
import { checkFixLink } from './checkFixLink';

const HEADINGS: Record<CheckSeverity, string> = {
  blocking: 'Must be fixed before you export',
  warning: 'Check these before you send the bundle',
  info: 'Good to know',
};

const TAGS: Record<CheckSeverity, { text: string; className: string }> = {
  blocking: { text: 'Must fix', className: 'govuk-tag govuk-tag--red' },
  warning: { text: 'Check', className: 'govuk-tag govuk-tag--yellow' },
  info: { text: 'Information', className: 'govuk-tag govuk-tag--grey' },
};

/** The checks panel: each problem in plain words, grouped by how much it matters, with a link to fix it. */
export function BundleChecks({ caseId, checks }: { caseId: string; checks: BundleCheck[] }) {
  const severities: CheckSeverity[] = ['blocking', 'warning', 'info'];
  return (
    <>
      {severities.map((severity) => {
        const group = checks.filter((c) => c.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity}>
            <h3 className="govuk-heading-s">{HEADINGS[severity]}</h3>
            <ul className="govuk-list app-bundle-checks">
              {group.map((check, i) => {
                const fix = checkFixLink(caseId, check);
                return (
                  <li key={`${check.code}-${check.documentId ?? i}`} className="app-bundle-check">
                    <strong className={TAGS[severity].className}>{TAGS[severity].text}</strong>
                    <p className="govuk-body govuk-!-margin-bottom-1">{check.message}</p>
                    {fix ? (
                      fix.to.startsWith('#') ? (
                        <a className="govuk-link" href={fix.to} onClick={(e) => jumpTo(e, fix.to)}>
                          {fix.text}
                        </a>
                      ) : (
                        <Link className="govuk-link" to={fix.to}>
                          {fix.text}
                        </Link>
                      )
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </>
  );
}

// Hash routing: move focus to the part of this page rather than changing the address.
function jumpTo(event: MouseEvent, hash: string) {
  event.preventDefault();
  const target = document.getElementById(hash.slice(1));
  target?.scrollIntoView();
  target?.focus();
}
