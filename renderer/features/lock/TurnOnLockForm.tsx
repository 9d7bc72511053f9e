import { useState } from 'react';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { ProblemPanel } from '../../components/ProblemPanel';
import { WarningText } from '../../components/WarningText';
import { checkPassphrases } from '../handover/checkPassphrases';
import { AboutTheLock } from './AboutTheLock';
import { useProblems } from './lockProblems';
import type { useSetPassphrase } from './useLock';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';

const FIELDS = { passphrase: 'passphrase' };

/** Turning the lock on: what it does, then the passphrase twice. */
export function TurnOnLockForm({ turnOn }: { turnOn: ReturnType<typeof useSetPassphrase> }) {
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [found, setFound] = useState<SummaryItem[]>([]);
  const problems = useProblems(found, turnOn.error, FIELDS);
  const errorFor = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.message;
  return (
    <>
      <p className="govuk-body">The passphrase lock is off. Anyone who can open this computer can read your appeals.</p>
      <AboutTheLock />
      <h2 className="govuk-heading-m">Turn on the lock</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const checked = checkPassphrases(passphrase, again);
          setFound(checked);
          if (checked.length === 0) turnOn.mutate({ passphrase });
        }}
      >
        <ErrorSummary items={problems} />
        {turnOn.isError && problems.length === 0 ? <ProblemPanel error={turnOn.error} /> : null}
        <NewPassphraseFields
          label="Choose a passphrase"
          againLabel="Type the passphrase again"
          passphrase={passphrase}
          again={again}
          onPassphraseChange={setPassphrase}
          onAgainChange={setAgain}
          errorFor={errorFor}
        />
        <p className="govuk-body">
          Your backups are locked with the same passphrase, including the ones already made. Next you will be shown a
          recovery key: it opens your appeals if you ever forget the passphrase.
        </p>
        <WarningText>
          If you forget the passphrase and lose the recovery key, nobody can open your appeals again, not even us.
        </WarningText>
        <button type="submit" className="govuk-button" disabled={turnOn.isPending}>
          {turnOn.isPending ? 'Turning on the lock…' : 'Turn on the lock'}
        </button>
        <p className="govuk-body" role="status">
          {turnOn.isPending ? 'Locking your appeals and backups. This can take a minute for a large workspace.' : ''}
        </p>
      </form>
    </>
  );
}
