import type { SubmissionPageGroup } from '../../../../shared/submissions/submissionPages';

/** The groups of "write your appeal" in the order of the Tribunal's form, on the hub and "check your answers". */
export const GROUP_ORDER: readonly SubmissionPageGroup[] = ['people', 'reasons', 'other'];
