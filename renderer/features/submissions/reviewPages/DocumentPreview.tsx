import type { Inline, SubmissionDocument } from '../../../../shared/submissions/documentModel';
import { groupNumberedParagraphs, type PreviewBlock } from '../../../../shared/submissions/groupNumberedParagraphs';

/**
 * A document as it will read in the Word and PDF files, drawn from the same block model the
 * writers use. References the bundle no longer has are highlighted, as in the files.
 */
export function DocumentPreview({ document }: { document: SubmissionDocument }) {
  return (
    <div className="app-document-preview">
      <p className="govuk-body app-document-preview__case">{document.caseTitle}</p>
      {groupNumberedParagraphs(document.blocks).map((block, index) => (
        <PreviewBlockView key={index} block={block} />
      ))}
    </div>
  );
}

function PreviewBlockView({ block }: { block: PreviewBlock }) {
  switch (block.kind) {
    case 'heading':
      // The document's title is the h3 above the preview, so its headings start at h4.
      return block.level === 3 ? (
        <h5 className="govuk-heading-s govuk-!-font-size-16">{block.text}</h5>
      ) : (
        <h4 className="govuk-heading-s">{block.text}</h4>
      );
    case 'numberedRun':
      return (
        <ol className="govuk-list govuk-list--number" start={block.start}>
          {block.items.map((item, index) => (
            <li key={index}>
              <Inlines content={item} />
            </li>
          ))}
        </ol>
      );
    case 'paragraph':
      return (
        <p className="govuk-body">
          <Inlines content={block.content} />
        </p>
      );
    case 'list':
      return (
        <ul className="govuk-list govuk-list--bullet">
          {block.items.map((item, index) => (
            <li key={index}>
              <Inlines content={item} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">{block.caption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {block.header.map((cell) => (
                <th scope="col" className="govuk-table__header" key={cell}>
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {block.rows.map((row, rowIndex) => (
              <tr className="govuk-table__row" key={rowIndex}>
                {row.map((cell, cellIndex) => (
                  <td className="govuk-table__cell" key={cellIndex}>
                    <Inlines content={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'pageBreak':
      return <hr className="govuk-section-break govuk-section-break--m govuk-section-break--visible" />;
  }
}

function Inlines({ content }: { content: readonly Inline[] }) {
  return (
    <>
      {content.map((inline, index) => {
        switch (inline.kind) {
          case 'text':
            return <span key={index}>{inline.text}</span>;
          case 'strong':
            return <strong key={index}>{inline.text}</strong>;
          case 'citation':
            return inline.resolved ? (
              <span key={index}>{inline.text}</span>
            ) : (
              <mark key={index} className="app-citation-unresolved">
                {inline.text}
              </mark>
            );
        }
      })}
    </>
  );
}
