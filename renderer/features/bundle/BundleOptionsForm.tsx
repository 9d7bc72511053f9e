import { useState, type FormEvent } from 'react';
import type { BundleSettings } from '../../../shared/api/types';
import { emailBudgetMbSchema } from '../../../shared/api/schemas';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ProblemPanel } from '../../components/ProblemPanel';
import { useSaveOptions } from './useBundle';

/** Section prefixes, divider pages and the email size limit; saved when the person presses Save. */
export function BundleOptionsForm({ caseId, settings }: { caseId: string; settings: BundleSettings }) {
  const save = useSaveOptions(caseId);
  const [prefixes, setPrefixes] = useState(settings.sectionPrefixes);
  const [dividers, setDividers] = useState(settings.dividerPages);
  const [budget, setBudget] = useState(String(settings.emailBudgetMb));
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = emailBudgetMbSchema.safeParse(budget.trim() === '' ? undefined : Number(budget));
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? 'Enter the largest email you can send, in MB, for example 20.');
      return;
    }
    setProblem(null);
    save.mutate({ sectionPrefixes: prefixes, dividerPages: dividers, emailBudgetMb: parsed.data });
  };

  return (
    <form noValidate onSubmit={onSubmit}>
      <ErrorSummary items={problem ? [{ fieldId: 'email-budget', message: problem }] : []} />
      {save.isError ? <ProblemPanel error={save.error} /> : null}
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Page numbers and dividers</legend>
          <div className="govuk-checkboxes govuk-checkboxes--small">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="section-prefixes"
                type="checkbox"
                checked={prefixes}
                onChange={(e) => setPrefixes(e.target.checked)}
                aria-describedby="section-prefixes-hint"
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="section-prefixes">
                Put the section letter before page numbers
              </label>
              <div id="section-prefixes-hint" className="govuk-hint govuk-checkboxes__hint">
                For example C12 instead of 12. The numbers still run on from one section to the next.
              </div>
            </div>
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="divider-pages"
                type="checkbox"
                checked={dividers}
                onChange={(e) => setDividers(e.target.checked)}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="divider-pages">
                Add a page naming each section before its documents
              </label>
            </div>
          </div>
        </fieldset>
      </div>
      <div className={`govuk-form-group${problem ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor="email-budget">
          Largest email you can send, in MB
        </label>
        <div id="email-budget-hint" className="govuk-hint">
          We could not find an official limit for emails to the Tribunal. 20 MB is a safe starting point; change it if
          the Tribunal tells you otherwise.
        </div>
        {problem ? (
          <p id="email-budget-error" className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {problem}
          </p>
        ) : null}
        <input
          className={`govuk-input govuk-input--width-4${problem ? ' govuk-input--error' : ''}`}
          id="email-budget"
          type="text"
          inputMode="decimal"
          spellCheck={false}
          value={budget}
          onChange={(e) => setBudget(e.target.value)}
          aria-describedby={`email-budget-hint${problem ? ' email-budget-error' : ''}`}
        />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={save.isPending}>
        Save these settings
      </button>
      <p className="govuk-body" role="status">
        {save.isSuccess && !save.isPending ? 'Settings saved. The page numbers below have been updated.' : ''}
      </p>
    </form>
  );
}
