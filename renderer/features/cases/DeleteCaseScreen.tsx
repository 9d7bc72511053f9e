import { Link, useNavigate, useParams } from 'react-router';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { useCase, useDeleteCase } from './useCases';

/** Asks once, plainly, before anything is deleted for good. */
export function DeleteCaseScreen() {
  const id = useParams().caseId ?? '';
  const navigate = useNavigate();
  const found = useCase(id);
  const remove = useDeleteCase();
  if (found.isPending)
    return (
      <p className="govuk-body" role="status">
        Loading…
      </p>
    );
  if (found.isError)
    return (
      <Page title="We could not open this appeal">
        <ProblemPanel error={found.error} />
      </Page>
    );
  const { name } = found.data;
  return (
    <Page title={`Are you sure you want to delete ${name}?`}>
      {remove.isError ? <ProblemPanel error={remove.error} /> : null}
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          This deletes the appeal, all its answers and all its documents from this computer. It cannot be undone.
        </strong>
      </div>
      <p className="govuk-body">
        If you might need it again, archive it instead: it is then kept but hidden from your active appeals.
      </p>
      <div className="app-button-group-inline">
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          disabled={remove.isPending}
          onClick={() =>
            remove.mutate(id, {
              onSuccess: () =>
                void navigate('/', { state: { notice: `${name} has been deleted from this computer.` } }),
            })
          }
        >
          Yes, delete it
        </button>
        <Link className="govuk-link" to={`/cases/${id}`}>
          No, keep it
        </Link>
      </div>
    </Page>
  );
}
