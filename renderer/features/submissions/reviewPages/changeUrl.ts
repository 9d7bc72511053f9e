import type { ChangeTarget } from '../../../../shared/submissions/summariseAnswers';
import { startUrl } from '../../start/flow';
import { pageUrl } from '../submissionPaths';

/**
 * Where a "Change" link on "check your answers" goes: the answer's own page, marked so saving
 * comes back here, or the "start a case" question or case detail where that answer was first given.
 */
export function changeUrl(caseId: string, target: ChangeTarget): string {
  switch (target.kind) {
    case 'page':
      return pageUrl(caseId, target.page, true);
    case 'start':
      return startUrl(caseId, target.step, true);
    case 'council':
      return `/cases/${caseId}/council`;
  }
}
