import { useState } from 'react';
import { Link } from 'react-router';
import type { CaseDetail } from '../../../shared/api/types';
import type { SummaryItem } from '../../components/ErrorSummary';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { WarningText } from '../../components/WarningText';
import { CaseLoader } from '../cases/CaseLoader';
import { checkPassphrases } from './checkPassphrases';
import { useExportHandover } from './useHandover';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';

export function HandOverCaseScreen() {
  return <CaseLoader>{(appeal) => <HandOverCase appeal={appeal} />}</CaseLoader>;
}

function HandOverCase({ appeal }: { appeal: CaseDetail }) {
  const save = useExportHandover();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [includeNotes, setIncludeNotes] = useState(false);
  const [problems, setProblems] = useState<SummaryItem[]>([]);
  const errorFor = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.message;

  if (save.data?.saved) {
    return (
      <Page title="Case file saved">
        <div className="govuk-panel govuk-panel--confirmation">
          <div className="govuk-panel__body">
            Saved as <strong>{save.data.fileName}</strong>
          </div>
        </div>
        <p className="govuk-body">
          {save.data.includesNotes ? 'Your session notes are in the file.' : 'Your session notes are not in the file.'}
        </p>
        <h2 className="govuk-heading-m">What to do next</h2>
        <ol className="govuk-list govuk-list--number">
          <li>Give the file to the family, for example on a USB stick or by email.</li>
          <li>Tell them the passphrase separately, for example by phone or in person. Do not send it with the file.</li>
          <li>They open it in Appeal Bundle with “Open a case file”.</li>
        </ol>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/cases/${appeal.id}`}>
            Go back to {appeal.name}
          </Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title="Hand over this case" caption={appeal.name}>
      <Link to={`/cases/${appeal.id}`} className="govuk-back-link">
        Back
      </Link>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found = checkPassphrases(passphrase, again);
          setProblems(found);
          if (found.length === 0) save.mutate({ caseId: appeal.id, passphrase, includeNotes });
        }}
      >
        <ErrorSummary items={problems} />
        {save.isError ? <ProblemPanel error={save.error} /> : null}
        <p className="govuk-body">
          This saves the whole case, with its answers, dates and documents, as one file you can give to the family or to
          another adviser. They open it in Appeal Bundle on their own computer.
        </p>
        <p className="govuk-body">
          The file is locked with a passphrase. Without the passphrase nobody can read it, not even us, and it cannot be
          recovered. The person you give it to needs the passphrase to open it.
        </p>
        <NewPassphraseFields
          label="Choose a passphrase"
          againLabel="Type the passphrase again"
          passphrase={passphrase}
          again={again}
          onPassphraseChange={setPassphrase}
          onAgainChange={setAgain}
          errorFor={errorFor}
        />
        <div className="govuk-form-group">
          <div className="govuk-checkboxes" data-module="govuk-checkboxes">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="include-notes"
                type="checkbox"
                checked={includeNotes}
                aria-describedby="include-notes-hint"
                onChange={(event) => setIncludeNotes(event.target.checked)}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="include-notes">
                Include my session notes
              </label>
              <div id="include-notes-hint" className="govuk-hint govuk-checkboxes__hint">
                Session notes are yours as the adviser. Leave this unticked when you give the file to a family.
              </div>
            </div>
          </div>
        </div>
        <WarningText>Write the passphrase down somewhere safe. If it is lost, the file cannot be opened.</WarningText>
        <button type="submit" className="govuk-button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save the case file'}
        </button>
        {save.data && !save.data.saved ? (
          <p className="govuk-body" role="status">
            Nothing was saved.
          </p>
        ) : null}
      </form>
    </Page>
  );
}
