import { Fragment, type ReactNode } from 'react';

/** GOV.UK "details": a short explanation the reader can open ("What does this mean?"). */
export function Details({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}

interface LegendProps {
  legend: string;
  /** The legend is the page's only heading (GOV.UK question page). */
  isHeading?: boolean;
}

export function Legend({ legend, isHeading }: LegendProps) {
  return isHeading ? (
    <legend className="govuk-fieldset__legend govuk-fieldset__legend--l">
      <h1 className="govuk-fieldset__heading" tabIndex={-1}>
        {legend}
      </h1>
    </legend>
  ) : (
    <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
  );
}

export function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  if (message === undefined) return null;
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string | undefined;
  /** Shown under the choice while it is selected (GOV.UK conditional reveal). */
  conditional?: ReactNode;
  /** Puts a GOV.UK "or" divider before this choice. */
  dividerBefore?: boolean;
}

/** The id of a choice's input: the first uses the bare id, so error links focus the group's start. */
export function choiceId(id: string, index: number): string {
  return index === 0 ? id : `${id}-${index + 1}`;
}

interface RadiosProps<T extends string> extends LegendProps {
  id: string;
  hint?: ReactNode;
  error?: string | undefined;
  choices: Choice<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  small?: boolean;
}

export function Radios<T extends string>(props: RadiosProps<T>) {
  const { id, hint, error, choices, value, onChange } = props;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
      >
        <Legend legend={props.legend} isHeading={props.isHeading} />
        {hint !== undefined ? (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        <ErrorMessage id={`${id}-error`} message={error} />
        <div className={`govuk-radios${props.small ? ' govuk-radios--small' : ''}`}>
          {choices.map((choice, index) => {
            const inputId = choiceId(id, index);
            const checked = value === choice.value;
            return (
              <Fragment key={choice.value}>
                {choice.dividerBefore ? <div className="govuk-radios__divider">or</div> : null}
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={inputId}
                    name={id}
                    type="radio"
                    value={choice.value}
                    checked={checked}
                    onChange={() => onChange(choice.value)}
                    aria-describedby={choice.hint ? `${inputId}-hint` : undefined}
                    aria-controls={choice.conditional ? `${inputId}-conditional` : undefined}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={inputId}>
                    {choice.label}
                  </label>
                  {choice.hint ? (
                    <div id={`${inputId}-hint`} className="govuk-hint govuk-radios__hint">
                      {choice.hint}
                    </div>
                  ) : null}
                </div>
                {choice.conditional ? (
                  <div
                    className={`govuk-radios__conditional${checked ? '' : ' govuk-radios__conditional--hidden'}`}
                    id={`${inputId}-conditional`}
                  >
                    {checked ? choice.conditional : null}
                  </div>
                ) : null}
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

interface CheckboxesProps<T extends string> extends LegendProps {
  id: string;
  hint?: ReactNode;
  error?: string | undefined;
  choices: Choice<T>[];
  values: ReadonlySet<T>;
  onChange: (values: Set<T>) => void;
}

export function Checkboxes<T extends string>(props: CheckboxesProps<T>) {
  const { id, hint, error, choices, values, onChange } = props;
  const toggle = (value: T, on: boolean) => {
    const next = new Set(values);
    if (on) next.add(value);
    else next.delete(value);
    onChange(next);
  };
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
      >
        <Legend legend={props.legend} isHeading={props.isHeading} />
        {hint !== undefined ? (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        <ErrorMessage id={`${id}-error`} message={error} />
        <div className="govuk-checkboxes">
          {choices.map((choice, index) => {
            const inputId = choiceId(id, index);
            return (
              <div className="govuk-checkboxes__item" key={choice.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={inputId}
                  name={id}
                  type="checkbox"
                  value={choice.value}
                  checked={values.has(choice.value)}
                  onChange={(event) => toggle(choice.value, event.target.checked)}
                  aria-describedby={choice.hint ? `${inputId}-hint` : undefined}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={inputId}>
                  {choice.label}
                </label>
                {choice.hint ? (
                  <div id={`${inputId}-hint`} className="govuk-hint govuk-checkboxes__hint">
                    {choice.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
