import type { SummaryItem } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/TextField';
import { Legend } from '../../start/fields';
import { errorFor } from '../answerErrors';
import { indexAfterRemoving, type useRepeatingRows } from './useRepeatingRows';

// The schema's limit on missing appendices.
const MAX_APPENDICES = 30;
const ID = 'councilRequest-missingAppendices';
const ADD_BUTTON_ID = `${ID}-add`;

interface AppendixListProps {
  list: ReturnType<typeof useRepeatingRows<string>>;
  errors: readonly SummaryItem[];
}

/** The Section K appendices missing from the plan (§4), one short line each, with add and remove. */
export function AppendixList({ list, errors }: AppendixListProps) {
  const count = list.rows.length;
  const add = () => list.add('', `${ID}-${count}`, `Missing appendix ${count + 1} added.`);
  const remove = (key: number, index: number) => {
    const next = indexAfterRemoving(index, count);
    list.remove(key, next === null ? ADD_BUTTON_ID : `${ID}-${next}`, `Missing appendix ${index + 1} removed.`);
  };
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby={`${ID}-hint`}>
        <Legend legend="Which Section K appendices are missing?" />
        <div id={`${ID}-hint`} className="govuk-hint">
          Section K lists the advice and reports gathered during the assessment, such as an educational psychologist’s
          report. Each one should come with the plan. Add each one that did not, by its name in Section K. You send what
          you have with the appeal and ask the council for the rest.
        </div>
        {list.rows.map((row, index) => (
          <div key={row.key}>
            <TextField
              id={`${ID}-${index}`}
              label={`Missing appendix ${index + 1}`}
              error={errorFor(errors, `${ID}-${index}`)}
              autoComplete="off"
              value={row.value}
              onChange={(event) => list.update(row.key, event.target.value)}
            />
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => remove(row.key, index)}
            >
              Remove<span className="govuk-visually-hidden"> missing appendix {index + 1}</span>
            </button>
          </div>
        ))}
        {count < MAX_APPENDICES ? (
          <div className="govuk-button-group">
            <button type="button" id={ADD_BUTTON_ID} className="govuk-button govuk-button--secondary" onClick={add}>
              {count === 0 ? 'Add a missing appendix' : 'Add another missing appendix'}
            </button>
          </div>
        ) : (
          <p className="govuk-body">You can list up to {MAX_APPENDICES} appendices.</p>
        )}
        <p className="govuk-visually-hidden" role="status">
          {list.announcement}
        </p>
      </fieldset>
    </div>
  );
}
