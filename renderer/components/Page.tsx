import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

interface PageProps {
  /** The page's heading, also used in the window title. */
  title: string;
  caption?: string;
  /** Question pages use the field's label as their heading instead (GOV.UK pattern). */
  headingInContent?: boolean;
  children: ReactNode;
}

/**
 * One screen: sets the window title and, after each navigation, moves focus to the heading so a
 * screen reader announces the new page and keyboard users start from the top of it.
 */
export function Page({ title, caption, headingInContent, children }: PageProps) {
  const container = useRef<HTMLDivElement>(null);
  const location = useLocation();

  useEffect(() => {
    document.title = `${title} – Appeal Bundle`;
  }, [title]);

  useEffect(() => {
    // The first page of a session keeps the browser's natural focus (the skip link comes first).
    if (location.key !== 'default') container.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [location.key]);

  return (
    <div ref={container}>
      {caption ? <span className="govuk-caption-l">{caption}</span> : null}
      {headingInContent ? null : (
        <h1 className="govuk-heading-l" tabIndex={-1}>
          {title}
        </h1>
      )}
      {children}
    </div>
  );
}
