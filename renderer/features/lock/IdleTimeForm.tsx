import { useState } from 'react';
import { IDLE_MINUTES_CHOICES, type IdleMinutes } from '../../../shared/api/schemas';
import { ProblemPanel } from '../../components/ProblemPanel';
import { useSetIdleMinutes } from './useLock';

const isChoice = (minutes: number | null): minutes is IdleMinutes =>
  IDLE_MINUTES_CHOICES.some((choice) => choice === minutes);

const describeMinutes = (minutes: number) => (minutes === 60 ? '1 hour' : `${String(minutes)} minutes`);

/** How long the app may sit unused before it locks itself. */
export function IdleTimeForm({ current }: { current: number | null }) {
  const save = useSetIdleMinutes();
  const [chosen, setChosen] = useState<IdleMinutes | undefined>(isChoice(current) ? current : undefined);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen !== undefined) save.mutate({ minutes: chosen });
      }}
    >
      {save.isError ? <ProblemPanel error={save.error} /> : null}
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset" aria-describedby="idle-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
            <h2 className="govuk-fieldset__heading">Lock after how long without use?</h2>
          </legend>
          <div id="idle-hint" className="govuk-hint">
            If nobody uses the keyboard or mouse in Appeal Bundle for this long, it locks itself. Anything typed but not
            yet saved is cleared when it locks.
          </div>
          <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
            {IDLE_MINUTES_CHOICES.map((minutes) => (
              <div className="govuk-radios__item" key={minutes}>
                <input
                  className="govuk-radios__input"
                  id={`idle-${String(minutes)}`}
                  name="idle-minutes"
                  type="radio"
                  checked={chosen === minutes}
                  onChange={() => setChosen(minutes)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={`idle-${String(minutes)}`}>
                  {describeMinutes(minutes)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={save.isPending}>
        Save the time
      </button>
      <p className="govuk-body" role="status">
        {save.isSuccess && save.data.idleMinutes !== null
          ? `Saved: Appeal Bundle locks itself after ${describeMinutes(save.data.idleMinutes)} without use.`
          : ''}
      </p>
    </form>
  );
}
