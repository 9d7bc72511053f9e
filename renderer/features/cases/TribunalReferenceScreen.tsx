import { tribunalReferenceSchema } from '../../../shared/api/workspaceSchemas';
import { CaseDetailForm } from './CaseDetailForm';
import { CaseLoader } from './CaseLoader';

export function TribunalReferenceScreen() {
  return (
    <CaseLoader>
      {(appeal) => (
        <CaseDetailForm
          appeal={appeal}
          field="tribunalReference"
          question="What is the Tribunal’s reference for this appeal?"
          hint="It is on the Tribunal’s registration letter and usually looks like EH936/23/00567. Leave it empty to remove it."
          schema={tribunalReferenceSchema}
          savedNotice="The Tribunal reference has been saved."
        />
      )}
    </CaseLoader>
  );
}
