import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import type { CaseDetail } from '../../../shared/api/types';
import { ApiError } from '../../api/ApiError';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { TextField } from '../../components/TextField';
import { useUpdateCaseDetails } from './useUpdateCaseDetails';

interface CaseDetailFormProps {
  appeal: CaseDetail;
  field: 'council' | 'tribunalReference';
  question: string;
  hint: string;
  schema: z.ZodType<string, string>;
  /** Words for the confirmation, e.g. "The council has been saved." */
  savedNotice: string;
}

/** One question page that changes one detail of the case; an empty answer clears it. */
export function CaseDetailForm({ appeal, field, question, hint, schema, savedNotice }: CaseDetailFormProps) {
  const navigate = useNavigate();
  const save = useUpdateCaseDetails();
  const [value, setValue] = useState(appeal[field] ?? '');
  const [problem, setProblem] = useState<string>();
  const fieldId = `case-${field}`;
  const serverProblem =
    save.error instanceof ApiError ? save.error.shape.fields?.find((f) => f.path === field)?.message : undefined;
  const shown = problem ?? serverProblem;
  return (
    <Page title={question} headingInContent>
      <Link to={`/cases/${appeal.id}`} className="govuk-back-link">
        Back
      </Link>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const parsed = schema.safeParse(value);
          if (!parsed.success) return setProblem(parsed.error.issues[0]?.message);
          setProblem(undefined);
          save.mutate(
            { id: appeal.id, [field]: parsed.data },
            { onSuccess: () => void navigate(`/cases/${appeal.id}`, { state: { notice: savedNotice } }) },
          );
        }}
      >
        <ErrorSummary items={shown ? [{ fieldId, message: shown }] : []} />
        {save.isError && !serverProblem ? <ProblemPanel error={save.error} /> : null}
        <TextField
          id={fieldId}
          label={question}
          labelIsHeading
          hint={hint}
          error={shown}
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit" className="govuk-button" disabled={save.isPending}>
          Save
        </button>
      </form>
    </Page>
  );
}
