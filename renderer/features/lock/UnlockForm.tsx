import { useState } from 'react';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { TextField } from '../../components/TextField';
import { useProblems } from './lockProblems';
import { useHeadingFocus } from './useHeadingFocus';
import { useUnlock } from './useLock';

const FIELDS = { WRONG_PASSPHRASE: 'passphrase', passphrase: 'passphrase' };

/** The locked screen: one passphrase box. It says nothing about whose appeals are inside. */
export function UnlockForm({ onForgotten }: { onForgotten: () => void }) {
  useHeadingFocus();
  const unlock = useUnlock();
  const [passphrase, setPassphrase] = useState('');
  const [missing, setMissing] = useState<SummaryItem[]>([]);
  const problems = useProblems(missing, unlock.error, FIELDS);
  const errorFor = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.message;

  return (
    <Page title="Appeal Bundle is locked">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found = passphrase === '' ? [{ fieldId: 'passphrase', message: 'Enter your passphrase.' }] : [];
          setMissing(found);
          if (found.length === 0) unlock.mutate({ passphrase });
        }}
      >
        <ErrorSummary items={problems} />
        {unlock.isError && problems.length === 0 ? <ProblemPanel error={unlock.error} /> : null}
        <p className="govuk-body">
          The appeals on this computer are locked with a passphrase, so nobody else using it can read them. Enter the
          passphrase to carry on where you left off.
        </p>
        <TextField
          id="passphrase"
          label="Passphrase"
          type="password"
          autoComplete="current-password"
          spellCheck={false}
          value={passphrase}
          error={errorFor('passphrase')}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        <button type="submit" className="govuk-button" disabled={unlock.isPending}>
          {unlock.isPending ? 'Unlocking…' : 'Unlock'}
        </button>
      </form>
      <h2 className="govuk-heading-s">Forgotten your passphrase?</h2>
      <p className="govuk-body">
        You can open your appeals with the recovery key you were given when you set the passphrase, and then choose a
        new passphrase.
      </p>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onForgotten}>
        Use your recovery key
      </button>
    </Page>
  );
}
