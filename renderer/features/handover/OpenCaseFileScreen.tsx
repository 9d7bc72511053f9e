import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { HandoverChoice } from '../../../shared/api/schemas';
import type { HandoverImportOutcome } from '../../../shared/api/types';
import type { SummaryItem } from '../../components/ErrorSummary';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { TextField } from '../../components/TextField';
import { ChooseVersion } from './ChooseVersion';
import { useImportHandover } from './useHandover';

type Choice = Extract<HandoverImportOutcome, { kind: 'choiceNeeded' }>;

/** "Open a case file": pick the .appealcase file, type its passphrase, and choose if the case is already here. */
export function OpenCaseFileScreen() {
  const navigate = useNavigate();
  const open = useImportHandover();
  const [file, setFile] = useState<File>();
  const [passphrase, setPassphrase] = useState('');
  const [problems, setProblems] = useState<SummaryItem[]>([]);
  const [pending, setPending] = useState<{ bytes: Uint8Array; choice: Choice }>();
  const errorFor = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.message;

  const send = (bytes: Uint8Array, choice?: HandoverChoice) =>
    open.mutate(
      { bytes, passphrase, choice },
      {
        onSuccess: (outcome) => {
          if (outcome.kind === 'choiceNeeded') return setPending({ bytes, choice: outcome });
          const how = { new: 'added', keptBoth: 'added as a second copy', replaced: 'replaced with the newer version' };
          void navigate(`/cases/${outcome.caseId}`, {
            state: { notice: `The case from the file has been ${how[outcome.how]}.` },
          });
        },
      },
    );

  if (pending) {
    return (
      <ChooseVersion
        choice={pending.choice}
        saving={open.isPending}
        error={open.error}
        onChoose={(choice) => send(pending.bytes, choice)}
      />
    );
  }

  return (
    <Page title="Open a case file">
      <Link to="/" className="govuk-back-link">
        Back
      </Link>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found: SummaryItem[] = [];
          if (!file) found.push({ fieldId: 'case-file', message: 'Choose the case file, which ends in .appealcase.' });
          if (passphrase === '')
            found.push({ fieldId: 'passphrase', message: 'Enter the passphrase you were given with the file.' });
          setProblems(found);
          if (file && found.length === 0) {
            void file.arrayBuffer().then(
              (buffer) => send(new Uint8Array(buffer)),
              () => setProblems([{ fieldId: 'case-file', message: 'The file could not be read. Choose it again.' }]),
            );
          }
        }}
      >
        <ErrorSummary items={problems} />
        {open.isError ? <ProblemPanel error={open.error} /> : null}
        <p className="govuk-body">
          Use this to open a case someone has handed over to you from Appeal Bundle on another computer. You need the
          passphrase they chose.
        </p>
        <div className={`govuk-form-group${errorFor('case-file') ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label" htmlFor="case-file">
            Case file
          </label>
          <div id="case-file-hint" className="govuk-hint">
            The file name ends in .appealcase
          </div>
          {errorFor('case-file') ? (
            <p id="case-file-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {errorFor('case-file')}
            </p>
          ) : null}
          <input
            className={`govuk-file-upload${errorFor('case-file') ? ' govuk-file-upload--error' : ''}`}
            id="case-file"
            type="file"
            accept=".appealcase"
            aria-describedby={errorFor('case-file') ? 'case-file-hint case-file-error' : 'case-file-hint'}
            onChange={(event) => setFile(event.target.files?.[0])}
          />
        </div>
        <TextField
          id="passphrase"
          label="Passphrase"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={passphrase}
          error={errorFor('passphrase')}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        <button type="submit" className="govuk-button" disabled={open.isPending}>
          {open.isPending ? 'Opening…' : 'Open the case file'}
        </button>
      </form>
    </Page>
  );
}
