import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { call } from '../../api/call';
import { ProblemPanel } from '../../components/ProblemPanel';
import { caseKeys } from '../cases/useCases';

/** "Try an example appeal": makes a fictional case with documents, then opens it. */
export function TryExampleButton() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: () => call(window.api.examples.create({})),
    onSuccess: async (appeal) => {
      client.setQueryData(caseKeys.one(appeal.id), appeal);
      await client.invalidateQueries({ queryKey: caseKeys.all });
      await navigate(`/cases/${appeal.id}`);
    },
  });
  return (
    <div className="govuk-!-margin-bottom-6">
      {create.isError ? <ProblemPanel error={create.error} /> : null}
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1"
        aria-disabled={create.isPending}
        aria-describedby="try-example-hint"
        onClick={() => {
          if (!create.isPending) create.mutate();
        }}
      >
        Try an example appeal
      </button>
      <p id="try-example-hint" className="govuk-hint">
        Makes a made-up appeal for a fictional child, with example documents, so you can see how everything works. You
        can delete it afterwards.
      </p>
      <p className="govuk-body" role="status">
        {create.isPending ? 'Making the example appeal…' : ''}
      </p>
    </div>
  );
}
