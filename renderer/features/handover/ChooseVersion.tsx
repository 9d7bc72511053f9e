import { useState } from 'react';
import type { HandoverChoice } from '../../../shared/api/schemas';
import type { HandoverCaseVersion, HandoverImportOutcome } from '../../../shared/api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { formatTimestamp } from '../../components/formatTimestamp';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';

type Choice = Extract<HandoverImportOutcome, { kind: 'choiceNeeded' }>;

const documents = (version: HandoverCaseVersion) =>
  `${String(version.documentCount)} document${version.documentCount === 1 ? '' : 's'}`;

/** The case is already on this computer: show both versions and let the person choose. Never merged. */
export function ChooseVersion(props: {
  choice: Choice;
  saving: boolean;
  error: unknown;
  onChoose: (choice: HandoverChoice) => void;
}) {
  const { existing, incoming, canReplace } = props.choice;
  const [picked, setPicked] = useState<HandoverChoice>();
  const [problem, setProblem] = useState<string>();
  return (
    <Page title="This case is already on this computer">
      <ErrorSummary items={problem ? [{ fieldId: 'choice-keepBoth', message: problem }] : []} />
      {props.error ? <ProblemPanel error={props.error} /> : null}
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">The two versions</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Version
            </th>
            <th scope="col" className="govuk-table__header">
              Name
            </th>
            <th scope="col" className="govuk-table__header">
              Last changed
            </th>
            <th scope="col" className="govuk-table__header">
              Documents
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {[
            { label: 'On this computer', version: existing },
            { label: 'In the file', version: incoming },
          ].map(({ label, version }) => (
            <tr className="govuk-table__row" key={label}>
              <th scope="row" className="govuk-table__header">
                {label}
              </th>
              <td className="govuk-table__cell">{version.name}</td>
              <td className="govuk-table__cell">{formatTimestamp(version.updatedAt)}</td>
              <td className="govuk-table__cell">{documents(version)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!picked) return setProblem('Choose what to do with the case in the file.');
          setProblem(undefined);
          props.onChoose(picked);
        }}
      >
        <div className={`govuk-form-group${problem ? ' govuk-form-group--error' : ''}`}>
          <fieldset className="govuk-fieldset" aria-describedby={problem ? 'choice-error' : undefined}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">What do you want to do?</legend>
            {problem ? (
              <p id="choice-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {problem}
              </p>
            ) : null}
            <div className="govuk-radios" data-module="govuk-radios">
              <Radio
                value="keepBoth"
                picked={picked}
                onPick={setPicked}
                label="Keep both"
                hint="The case in the file is added as a second copy. Nothing on this computer changes."
              />
              {canReplace ? (
                <Radio
                  value="replace"
                  picked={picked}
                  onPick={setPicked}
                  label="Replace with the newer"
                  hint="The version on this computer is replaced by the newer one in the file. Your session notes on this computer are kept."
                />
              ) : null}
            </div>
          </fieldset>
        </div>
        {canReplace ? null : (
          <p className="govuk-body">
            The version in the file is not newer than the one on this computer, so it cannot replace it.
          </p>
        )}
        <button type="submit" className="govuk-button" disabled={props.saving}>
          Continue
        </button>
      </form>
    </Page>
  );
}

function Radio(props: {
  value: HandoverChoice;
  picked: HandoverChoice | undefined;
  onPick: (value: HandoverChoice) => void;
  label: string;
  hint: string;
}) {
  const id = `choice-${props.value}`;
  return (
    <div className="govuk-radios__item">
      <input
        className="govuk-radios__input"
        id={id}
        name="choice"
        type="radio"
        value={props.value}
        checked={props.picked === props.value}
        aria-describedby={`${id}-hint`}
        onChange={() => props.onPick(props.value)}
      />
      <label className="govuk-label govuk-radios__label" htmlFor={id}>
        {props.label}
      </label>
      <div id={`${id}-hint`} className="govuk-hint govuk-radios__hint">
        {props.hint}
      </div>
    </div>
  );
}
