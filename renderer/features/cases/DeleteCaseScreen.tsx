import { Link, useNavigate } from 'react-router';
import type { CaseDetail } from '../../../shared/api/types';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { WarningText } from '../../components/WarningText';
import { CaseLoader } from './CaseLoader';
import { useDeleteCase } from './useCases';

/** Asks once, plainly, before anything is deleted for good. */
export function DeleteCaseScreen() {
  return <CaseLoader>{(appeal) => <DeleteCase appeal={appeal} />}</CaseLoader>;
}

function DeleteCase({ appeal }: { appeal: CaseDetail }) {
  const navigate = useNavigate();
  const remove = useDeleteCase();
  const { id, name } = appeal;
  return (
    <Page title={`Are you sure you want to delete ${name}?`}>
      {remove.isError ? <ProblemPanel error={remove.error} /> : null}
      <WarningText>
        This deletes the appeal, all its answers and all its documents from your workspace. It cannot be undone.
      </WarningText>
      <p className="govuk-body">
        Automatic backups made before now still hold a copy until they are replaced, within 15 days. Nothing is ever
        sent off this computer.
      </p>
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
                void navigate('/', { state: { notice: `${name} has been deleted from your workspace.` } }),
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
