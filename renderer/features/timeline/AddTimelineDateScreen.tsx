import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CaseDetail } from '../../../shared/api/types';
import { timelineNoteSchema } from '../../../shared/api/workspaceSchemas';
import { ENTERED_DATE_KINDS, TIMELINE_KINDS, type EnteredDateKind } from '../../../shared/domain/timelineKinds';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { CaseLoader } from '../cases/CaseLoader';
import { DateInput } from '../start/DateInput';
import { EMPTY_DATE, parseDateParts, type DatePart, type DateParts } from '../start/dateParts';
import { Radios } from '../start/fields';
import { useSetDate } from './useTimeline';

const HINTS: Partial<Record<EnteredDateKind, string>> = {
  registration: 'The date on the Tribunal’s letter saying your appeal is registered.',
  finalEvidence: 'The last day to send more evidence, from the Tribunal’s directions.',
  caseReviewForm: 'Often the same day as the final evidence deadline.',
};

export function AddTimelineDateScreen() {
  return <CaseLoader>{(appeal) => <AddTimelineDate appeal={appeal} />}</CaseLoader>;
}

/** One page: which date from the Tribunal's letter, the date itself and an optional note. */
function AddTimelineDate({ appeal }: { appeal: CaseDetail }) {
  const navigate = useNavigate();
  const save = useSetDate();
  const [kind, setKind] = useState<EnteredDateKind>();
  const [date, setDate] = useState<DateParts>(EMPTY_DATE);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<{ kind?: string; date?: string; dateParts?: DatePart[]; note?: string }>({});

  const summary: SummaryItem[] = [
    problems.kind ? { fieldId: 'date-kind', message: problems.kind } : undefined,
    problems.date ? { fieldId: `letter-date-${problems.dateParts?.[0] ?? 'day'}`, message: problems.date } : undefined,
    problems.note ? { fieldId: 'date-note', message: problems.note } : undefined,
  ].filter((item) => item !== undefined);

  return (
    <Page title="Add a date from the Tribunal’s letter">
      <Link to={`/cases/${appeal.id}`} className="govuk-back-link">
        Back
      </Link>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const parsedDate = parseDateParts(date, 'the date');
          const parsedNote = timelineNoteSchema.safeParse(note);
          const found = {
            kind: kind ? undefined : 'Choose which date this is',
            date: 'problem' in parsedDate ? parsedDate.problem.message : undefined,
            dateParts: 'problem' in parsedDate ? parsedDate.problem.parts : undefined,
            note: parsedNote.success ? undefined : parsedNote.error.issues[0]?.message,
          };
          setProblems(found);
          if (!kind || !('date' in parsedDate) || !parsedNote.success) return;
          save.mutate(
            { caseId: appeal.id, kind, date: parsedDate.date, note: parsedNote.data },
            {
              onSuccess: () =>
                void navigate(`/cases/${appeal.id}`, {
                  state: { notice: `${TIMELINE_KINDS[kind].label} has been added to the dates for this appeal.` },
                }),
            },
          );
        }}
      >
        <ErrorSummary items={summary} />
        {save.isError ? <ProblemPanel error={save.error} /> : null}
        <p className="govuk-body">
          The Tribunal sends a letter when it registers the appeal, with the dates for each step (its “directions”). The
          Tribunal’s letters always govern: if a date changes, add it again and the new date replaces the old one.
        </p>
        <Radios
          id="date-kind"
          legend="Which date is it?"
          error={problems.kind}
          value={kind}
          onChange={setKind}
          choices={ENTERED_DATE_KINDS.map((value) => ({
            value,
            label: TIMELINE_KINDS[value].label,
            hint: HINTS[value],
          }))}
        />
        <DateInput
          id="letter-date"
          legend="Date"
          hint="For example, 27 3 2027"
          error={problems.date}
          errorParts={problems.dateParts}
          value={date}
          onChange={setDate}
        />
        <div className={`govuk-form-group${problems.note ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor="date-note">
            Note (optional)
          </label>
          <div id="date-note-hint" className="govuk-hint">
            For example, the time of the hearing or whether it is by video.
          </div>
          {problems.note ? (
            <p id="date-note-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {problems.note}
            </p>
          ) : null}
          <textarea
            className={`govuk-textarea${problems.note ? ' govuk-textarea--error' : ''}`}
            id="date-note"
            rows={3}
            maxLength={500}
            aria-describedby={`date-note-hint${problems.note ? ' date-note-error' : ''}`}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <button type="submit" className="govuk-button" disabled={save.isPending}>
          Add date
        </button>
      </form>
    </Page>
  );
}
