import { Link, useNavigate } from 'react-router';
import type { CaseDetail } from '../../../shared/api/types';
import { Page } from '../../components/Page';
import { CaseLoader } from './CaseLoader';
import { CaseNameForm } from './CaseNameForm';
import { useRenameCase } from './useCases';

export function RenameCaseScreen() {
  return <CaseLoader>{(appeal) => <RenameCase appeal={appeal} />}</CaseLoader>;
}

function RenameCase({ appeal }: { appeal: CaseDetail }) {
  const navigate = useNavigate();
  const rename = useRenameCase();
  return (
    <Page title={`Change the name of ${appeal.name}`} headingInContent>
      <Link to={`/cases/${appeal.id}`} className="govuk-back-link">
        Back
      </Link>
      <CaseNameForm
        question="What name should we use for this appeal?"
        submitLabel="Save"
        defaultName={appeal.name}
        pending={rename.isPending}
        saveError={rename.error}
        onSubmit={(name) =>
          rename.mutate(
            { id: appeal.id, name },
            {
              onSuccess: () =>
                void navigate(`/cases/${appeal.id}`, { state: { notice: 'The name has been changed.' } }),
            },
          )
        }
      />
    </Page>
  );
}
