import { Link, useNavigate, useParams } from 'react-router';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { CaseNameForm } from './CaseNameForm';
import { useCase, useRenameCase } from './useCases';

export function RenameCaseScreen() {
  const id = useParams().caseId ?? '';
  const navigate = useNavigate();
  const found = useCase(id);
  const rename = useRenameCase();
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
  return (
    <Page title={`Change the name of ${found.data.name}`} headingInContent>
      <Link to={`/cases/${id}`} className="govuk-back-link">
        Back
      </Link>
      <CaseNameForm
        question="What name should we use for this appeal?"
        submitLabel="Save"
        defaultName={found.data.name}
        pending={rename.isPending}
        saveError={rename.error}
        onSubmit={(name) =>
          rename.mutate(
            { id, name },
            { onSuccess: () => void navigate(`/cases/${id}`, { state: { notice: 'The name has been changed.' } }) },
          )
        }
      />
    </Page>
  );
}
