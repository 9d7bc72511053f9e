import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { TextField } from '../../components/TextField';
import { WarningText } from '../../components/WarningText';
import { useProblems } from './lockProblems';
import { useRemovePassphrase } from './useLock';

const FIELDS = { WRONG_PASSPHRASE: 'passphrase', passphrase: 'passphrase' };

/** Turning the lock off asks for the passphrase and says plainly what changes. */
export function TurnOffLockScreen() {
  const navigate = useNavigate();
  const remove = useRemovePassphrase();
  const [passphrase, setPassphrase] = useState('');
  const [found, setFound] = useState<SummaryItem[]>([]);
  const problems = useProblems(found, remove.error, FIELDS);
  const errorFor = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.message;
  return (
    <Page title="Turn off the passphrase lock?">
      <Link to="/lock" className="govuk-back-link">
        Back
      </Link>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const all = passphrase === '' ? [{ fieldId: 'passphrase', message: 'Enter your passphrase.' }] : [];
          setFound(all);
          if (all.length > 0) return;
          remove.mutate(
            { passphrase, confirm: true },
            {
              onSuccess: () =>
                void navigate('/lock', { state: { notice: 'The passphrase lock is off. Nothing has been deleted.' } }),
            },
          );
        }}
      >
        <ErrorSummary items={problems} />
        {remove.isError && problems.length === 0 ? <ProblemPanel error={remove.error} /> : null}
        <WarningText>
          Your appeals, documents, notes and backups will no longer be scrambled (encrypted). Anyone who can open this
          computer will be able to read them.
        </WarningText>
        <p className="govuk-body">Your passphrase and recovery key will stop working. Nothing is deleted.</p>
        <TextField
          id="passphrase"
          label="Enter your passphrase to turn off the lock"
          type="password"
          autoComplete="current-password"
          spellCheck={false}
          value={passphrase}
          error={errorFor('passphrase')}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        <div className="app-button-group-inline">
          <button type="submit" className="govuk-button govuk-button--warning" disabled={remove.isPending}>
            {remove.isPending ? 'Turning off…' : 'Turn off the lock'}
          </button>
          <Link className="govuk-link" to="/lock">
            No, keep the lock on
          </Link>
        </div>
      </form>
    </Page>
  );
}
