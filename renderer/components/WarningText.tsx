import type { ReactNode } from 'react';

/** GOV.UK warning text: the "!" icon with a visually hidden "Warning" for screen readers. */
export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}
