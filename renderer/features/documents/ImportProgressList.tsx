import { Link } from 'react-router';
import { PasswordPrompt } from './PasswordPrompt';
import type { ImportItem } from './useImportQueue';

interface ImportProgressListProps {
  caseId: string;
  items: ImportItem[];
  onRetry: (key: string, options: { password?: string; allowDuplicate?: boolean }) => void;
}

const TAGS: Record<ImportItem['state'], { text: string; colour: string }> = {
  waiting: { text: 'Waiting', colour: 'govuk-tag--grey' },
  working: { text: 'Adding', colour: 'govuk-tag--blue' },
  imported: { text: 'Added', colour: 'govuk-tag--green' },
  duplicate: { text: 'Already added', colour: 'govuk-tag--yellow' },
  needsPassword: { text: 'Needs a password', colour: 'govuk-tag--orange' },
  refused: { text: 'Not added', colour: 'govuk-tag--red' },
};

/** Each picked file with its own outcome, and what the person can do next. */
export function ImportProgressList({ caseId, items, onRetry }: ImportProgressListProps) {
  if (items.length === 0) return null;
  // The button or form the person used disappears while the file is sent again: focus moves to
  // the file's own line, so keyboard and screen reader users stay at that file.
  const retryKeepingFocus: ImportProgressListProps['onRetry'] = (key, options) => {
    onRetry(key, options);
    document.getElementById(`import-item-${key}`)?.focus();
  };
  const finished = items.filter((i) => i.state !== 'waiting' && i.state !== 'working').length;
  return (
    <section aria-labelledby="import-progress-title" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="import-progress-title">
        Files you are adding
      </h2>
      <p className="govuk-body" role="status">
        {finished === items.length
          ? `Finished: ${String(items.length)} ${items.length === 1 ? 'file' : 'files'} looked at.`
          : `Looked at ${String(finished)} of ${String(items.length)} files…`}
      </p>
      <ul className="govuk-list app-import-list">
        {items.map((item) => (
          <li key={item.key} className="app-import-list__item">
            <p className="govuk-body govuk-!-margin-bottom-2" id={`import-item-${item.key}`} tabIndex={-1}>
              <strong className={`govuk-tag ${TAGS[item.state].colour}`}>{TAGS[item.state].text}</strong>{' '}
              <span className="app-import-list__name">{item.fileName}</span>
            </p>
            <ItemDetail caseId={caseId} item={item} onRetry={retryKeepingFocus} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ItemDetail({
  caseId,
  item,
  onRetry,
}: {
  caseId: string;
  item: ImportItem;
  onRetry: ImportProgressListProps['onRetry'];
}) {
  switch (item.state) {
    case 'waiting':
    case 'working':
      return null;
    case 'imported':
      return (
        <>
          <p className="govuk-body">
            Added as{' '}
            <Link className="govuk-link" to={`/cases/${caseId}/documents/${item.documentId}`}>
              {item.title}
            </Link>
            . Check its title, date and type.
          </p>
          {item.notes.map((note) => (
            <p className="govuk-body" key={note}>
              {note}
            </p>
          ))}
        </>
      );
    case 'duplicate':
      return (
        <>
          <p className="govuk-body">{item.message}</p>
          <div className="app-button-group-inline">
            <Link className="govuk-link" to={`/cases/${caseId}/documents/${item.existingId}`}>
              See the copy you already added
            </Link>
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              onClick={() => onRetry(item.key, { allowDuplicate: true })}
            >
              Add it anyway<span className="govuk-visually-hidden"> ({item.fileName})</span>
            </button>
          </div>
        </>
      );
    case 'needsPassword':
      return (
        <PasswordPrompt
          itemKey={item.key}
          fileName={item.fileName}
          message={item.message}
          wrongPassword={item.wrongPassword}
          onSubmit={(password) => onRetry(item.key, { password })}
        />
      );
    case 'refused':
      return <p className="govuk-body">{item.message}</p>;
  }
}
