import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { TextField } from '../../components/TextField';
import { checkPassphrases } from '../handover/checkPassphrases';
import { useProblems } from './lockProblems';
import { useChangePassphrase } from './useLock';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';

const FIELDS = {
  WRONG_PASSPHRASE: 'current-passphrase',
  currentPassphrase: 'current-passphrase',
  newPassphrase: 'passphrase',
};

/** A new passphrase, after the current one. The recovery key stays the same. */
export function ChangePassphraseScreen() {
  const navigate = useNavigate();
  const change = useChangePassphrase();
  const [current, setCurrent] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [found, setFound] = useState<SummaryItem[]>([]);
  const problems = useProblems(found, change.error, FIELDS);
  const errorFor = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.message;
  return (
    <Page title="Change your passphrase">
      <Link to="/lock" className="govuk-back-link">
        Back
      </Link>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const all = [
            ...(current === '' ? [{ fieldId: 'current-passphrase', message: 'Enter your current passphrase.' }] : []),
            ...checkPassphrases(passphrase, again),
          ];
          setFound(all);
          if (all.length > 0) return;
          change.mutate(
            { currentPassphrase: current, newPassphrase: passphrase },
            { onSuccess: () => void navigate('/lock', { state: { notice: 'Your passphrase has been changed.' } }) },
          );
        }}
      >
        <ErrorSummary items={problems} />
        {change.isError && problems.length === 0 ? <ProblemPanel error={change.error} /> : null}
        <TextField
          id="current-passphrase"
          label="Current passphrase"
          type="password"
          autoComplete="current-password"
          spellCheck={false}
          value={current}
          error={errorFor('current-passphrase')}
          onChange={(event) => setCurrent(event.target.value)}
        />
        <NewPassphraseFields
          label="New passphrase"
          againLabel="Type the new passphrase again"
          passphrase={passphrase}
          again={again}
          onPassphraseChange={setPassphrase}
          onAgainChange={setAgain}
          errorFor={errorFor}
        />
        <p className="govuk-body">Your recovery key stays the same.</p>
        <button type="submit" className="govuk-button" disabled={change.isPending}>
          {change.isPending ? 'Saving…' : 'Change passphrase'}
        </button>
      </form>
    </Page>
  );
}
