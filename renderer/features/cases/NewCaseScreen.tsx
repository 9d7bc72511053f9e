import { Link, useNavigate } from 'react-router';
import { Page } from '../../components/Page';
import { CaseNameForm } from './CaseNameForm';
import { useCreateCase } from './useCases';

export function NewCaseScreen() {
  const navigate = useNavigate();
  const create = useCreateCase();
  return (
    <Page title="Start a new appeal" headingInContent>
      <Link to="/" className="govuk-back-link">
        Back to your appeals
      </Link>
      <CaseNameForm
        question="What name should we use for this appeal?"
        submitLabel="Continue"
        pending={create.isPending}
        saveError={create.error}
        onSubmit={(name) => create.mutate(name, { onSuccess: (saved) => void navigate(`/cases/${saved.id}`) })}
      />
    </Page>
  );
}
