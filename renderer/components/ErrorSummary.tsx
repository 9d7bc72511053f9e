import { useEffect, useRef } from 'react';

export interface SummaryItem {
  /** id of the field the message is about; the link moves focus there. */
  fieldId: string;
  message: string;
}

/** GOV.UK error summary: listed at the top, focused when it appears, each item links to its field. */
export function ErrorSummary({ items }: { items: SummaryItem[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length > 0) box.current?.focus();
  }, [items]);
  if (items.length === 0) return null;
  return (
    <div className="govuk-error-summary" ref={box} tabIndex={-1} aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 className="govuk-error-summary__title" id="error-summary-title">
          There is a problem
        </h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {items.map((item) => (
              <li key={item.fieldId + item.message}>
                <a
                  href={`#${item.fieldId}`}
                  onClick={(event) => {
                    // Hash routing: move focus directly rather than changing the URL.
                    event.preventDefault();
                    document.getElementById(item.fieldId)?.focus();
                  }}
                >
                  {item.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
