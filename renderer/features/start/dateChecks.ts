import { assessCase } from '../../../shared/domain/assessCase';
import type { CaseFacts } from '../../../shared/domain/caseFacts';
import type { IsoDate } from '../../../shared/domain/dates';
import type { DateIssue } from '../../../shared/domain/validateCaseDates';
import { parseDateParts, type DateParts, type DatePartsProblem } from './dateParts';

export type DateField = DateIssue['field'];

// Over 25 is a fact, not a typing mistake: it is saved and the result page explains what it means.
const NOT_BLOCKING = new Set(['over25']);

function blocks(issue: DateIssue, field: DateField): boolean {
  if (issue.severity !== 'error' || NOT_BLOCKING.has(issue.code)) return false;
  return issue.field === field || (field === 'dateOfBirth' && issue.code === 'decisionBeforeBirth');
}

/**
 * The typed date, or the first problem with it: missing or impossible parts (GOV.UK wording), then
 * the rules' own errors (such as a date in the future) for this field. Warnings never block.
 */
export function checkDateAnswer(
  parts: DateParts,
  what: string,
  field: DateField,
  facts: CaseFacts,
  today: IsoDate,
): { date: IsoDate } | { problem: DatePartsProblem } {
  const parsed = parseDateParts(parts, what);
  if ('problem' in parsed) return parsed;
  const issue = assessCase({ ...facts, [field]: parsed.date }, today).validation.find((i) => blocks(i, field));
  return issue === undefined ? parsed : { problem: { message: issue.message, parts: ['day', 'month', 'year'] } };
}

/** Points worth checking about a saved date that do not stop anyone going on. */
export function dateWarnings(field: DateField, facts: CaseFacts, today: IsoDate): DateIssue[] {
  if (facts[field] === undefined) return [];
  return assessCase(facts, today).validation.filter((issue) => issue.field === field && !blocks(issue, field));
}
