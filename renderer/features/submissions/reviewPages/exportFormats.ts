import type { SubmissionExportRecord } from '../../../../shared/api/types';

/** How each export format is named to the family, in the history and the saved panel. */
export const FORMAT_LABELS: Record<SubmissionExportRecord['format'], string> = {
  docx: 'Word (DOCX)',
  pdf: 'PDF',
};
