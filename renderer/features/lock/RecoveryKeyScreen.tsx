import { useState } from 'react';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { Page } from '../../components/Page';
import { WarningText } from '../../components/WarningText';
import { useHeadingFocus } from './useHeadingFocus';

/**
 * The recovery key, shown this once (reliability.md A2.5: a forgotten passphrase must not lose a
 * family's records). It is kept nowhere in plain text; once the person confirms, it is gone.
 */
export function RecoveryKeyScreen({ recoveryKey, onSaved }: { recoveryKey: string; onSaved: () => void }) {
  useHeadingFocus();
  const [saved, setSaved] = useState(false);
  const [problems, setProblems] = useState<SummaryItem[]>([]);
  const error = problems[0]?.message;
  return (
    <Page title="Save your recovery key">
      <div className="govuk-panel govuk-panel--confirmation">
        <div className="govuk-panel__body">The passphrase lock is on</div>
      </div>
      <p className="govuk-body">
        If you ever forget your passphrase, this recovery key opens your appeals instead. This is the only time it is
        shown.
      </p>
      <p className="app-recovery-key" id="recovery-key">
        {recoveryKey}
      </p>
      <ul className="govuk-list govuk-list--bullet">
        <li>Write it down, on paper, exactly as shown. Capital or small letters do not matter.</li>
        <li>Keep it somewhere safe and away from this computer, for example with your other important papers.</li>
        <li>Do not keep it in a file on this computer: anyone who found it could open your appeals.</li>
      </ul>
      <WarningText>Without the passphrase or this key, nobody can open your appeals again, not even us.</WarningText>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found = saved
            ? []
            : [{ fieldId: 'recovery-key-saved', message: 'Confirm that you have saved your recovery key.' }];
          setProblems(found);
          if (found.length === 0) onSaved();
        }}
      >
        <ErrorSummary items={problems} />
        <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
          {error ? (
            <p id="recovery-key-saved-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {error}
            </p>
          ) : null}
          <div className="govuk-checkboxes" data-module="govuk-checkboxes">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="recovery-key-saved"
                type="checkbox"
                checked={saved}
                aria-describedby={error ? 'recovery-key-saved-error' : undefined}
                onChange={(event) => setSaved(event.target.checked)}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="recovery-key-saved">
                I have saved my recovery key somewhere safe
              </label>
            </div>
          </div>
        </div>
        <button type="submit" className="govuk-button">
          Continue
        </button>
      </form>
    </Page>
  );
}
