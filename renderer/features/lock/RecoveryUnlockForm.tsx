import { useState } from 'react';
import { recoveryKeySchema } from '../../../shared/api/schemas';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { TextField } from '../../components/TextField';
import { checkPassphrases } from '../handover/checkPassphrases';
import { useProblems } from './lockProblems';
import { useHeadingFocus } from './useHeadingFocus';
import { useUnlockWithRecoveryKey } from './useLock';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';

const FIELDS = { WRONG_RECOVERY_KEY: 'recovery-key', recoveryKey: 'recovery-key', newPassphrase: 'passphrase' };

/** For someone who has forgotten the passphrase: the recovery key opens the appeals, then a new passphrase. */
export function RecoveryUnlockForm({ onBack }: { onBack: () => void }) {
  useHeadingFocus();
  const unlock = useUnlockWithRecoveryKey();
  const [recoveryKey, setRecoveryKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [found, setFound] = useState<SummaryItem[]>([]);
  const problems = useProblems(found, unlock.error, FIELDS);
  const errorFor = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.message;

  return (
    <Page title="Use your recovery key">
      <button type="button" className="govuk-back-link app-back-button" onClick={onBack}>
        Back
      </button>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const key = recoveryKeySchema.safeParse(recoveryKey);
          const keyProblems = key.success
            ? []
            : [{ fieldId: 'recovery-key', message: key.error.issues[0]?.message ?? 'Enter your recovery key.' }];
          const all = [...keyProblems, ...checkPassphrases(passphrase, again)];
          setFound(all);
          if (all.length === 0) unlock.mutate({ recoveryKey, newPassphrase: passphrase });
        }}
      >
        <ErrorSummary items={problems} />
        {unlock.isError && problems.length === 0 ? <ProblemPanel error={unlock.error} /> : null}
        <p className="govuk-body">
          Your recovery key was shown once, when the passphrase lock was turned on. It is 32 letters and numbers in 8
          groups of 4, like <span className="app-recovery-key-example">7KQ2-M9XD-…</span>. Capital or small letters both
          work.
        </p>
        <TextField
          id="recovery-key"
          label="Recovery key"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          value={recoveryKey}
          error={errorFor('recovery-key')}
          onChange={(event) => setRecoveryKey(event.target.value)}
        />
        <NewPassphraseFields
          label="Choose a new passphrase"
          againLabel="Type the new passphrase again"
          passphrase={passphrase}
          again={again}
          onPassphraseChange={setPassphrase}
          onAgainChange={setAgain}
          errorFor={errorFor}
        />
        <p className="govuk-body">Your recovery key stays the same, so keep it where it is.</p>
        <button type="submit" className="govuk-button" disabled={unlock.isPending}>
          {unlock.isPending ? 'Unlocking…' : 'Unlock and save the new passphrase'}
        </button>
      </form>
    </Page>
  );
}
