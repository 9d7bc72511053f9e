import { councilSchema } from '../../../shared/api/workspaceSchemas';
import { CaseDetailForm } from './CaseDetailForm';
import { CaseLoader } from './CaseLoader';

export function CouncilScreen() {
  return (
    <CaseLoader>
      {(appeal) => (
        <CaseDetailForm
          appeal={appeal}
          field="council"
          question="Which council made the decision?"
          hint="As it appears on the decision letter, for example Surrey County Council. Leave it empty to remove it."
          schema={councilSchema}
          savedNotice="The council has been saved."
        />
      )}
    </CaseLoader>
  );
}
