import { useMemo } from 'react';
import { ApiError } from '../../api/ApiError';
import type { SummaryItem } from '../../components/ErrorSummary';

/** Which field an error code, or a field named by the main process, belongs to. */
export type FieldsFor = Partial<Record<string, string>>;

/**
 * A failed lock call that is about one field (a wrong passphrase or recovery key, or a field the
 * main process refused) becomes that field's error, GOV.UK style; anything else is left for a
 * problem panel.
 */
function fieldProblems(error: unknown, fieldFor: FieldsFor): SummaryItem[] {
  if (!(error instanceof ApiError)) return [];
  const { code, message, fields } = error.shape;
  const direct = fieldFor[code];
  if (direct) return [{ fieldId: direct, message }];
  if (code === 'VALIDATION' && fields) {
    return fields.flatMap((field) => {
      const fieldId = fieldFor[field.path];
      return fieldId ? [{ fieldId, message: field.message }] : [];
    });
  }
  return [];
}

/**
 * The problems to list: those found in the form before sending, else those the call came back
 * with. The same list object is kept while nothing changes, because the error summary moves focus
 * to itself whenever it gets a new list.
 */
export function useProblems(found: SummaryItem[], error: unknown, fieldFor: FieldsFor): SummaryItem[] {
  return useMemo(() => (found.length > 0 ? found : fieldProblems(error, fieldFor)), [found, error, fieldFor]);
}
