import { computeBirthday } from './computeBirthday';
import { addYears, formatDateForHumans, isAfter, isBefore, isIsoDate, type IsoDate } from './dates';

export interface CaseDatesInput {
  decisionDate?: IsoDate | undefined;
  certificateDate?: IsoDate | undefined;
  dateOfBirth?: IsoDate | undefined;
  today: IsoDate;
}

export interface DateIssue {
  field: 'decisionDate' | 'certificateDate' | 'dateOfBirth';
  code: string;
  /** error = the date cannot be right, or no appeal is possible; warning = check it, but carry on. */
  severity: 'error' | 'warning';
  message: string;
}

const FIELD_NAMES: Record<DateIssue['field'], string> = {
  decisionDate: 'the date on the decision letter',
  certificateDate: 'the date the mediation certificate was issued',
  dateOfBirth: 'the date of birth',
};

/**
 * Checks the dates a family enters before anything is worked out from them. Lateness is only ever
 * a warning (§6.6: the Tribunal can extend time), never a reason to stop.
 */
export function validateCaseDates(input: CaseDatesInput): DateIssue[] {
  const { today } = input;
  if (!isIsoDate(today)) throw new RangeError(`today must be a valid YYYY-MM-DD date, got "${today}"`);
  const issues: DateIssue[] = [];
  const valid: Partial<Record<DateIssue['field'], IsoDate>> = {};

  for (const field of ['decisionDate', 'certificateDate', 'dateOfBirth'] as const) {
    const value = input[field];
    if (value === undefined) continue;
    if (!isIsoDate(value)) {
      issues.push({
        field,
        code: 'invalidDate',
        severity: 'error',
        message: `${capitalise(FIELD_NAMES[field])} is not a real date. Please check the day, month and year.`,
      });
    } else if (isAfter(value, today)) {
      issues.push({
        field,
        code: 'dateInFuture',
        severity: 'error',
        message: `${capitalise(FIELD_NAMES[field])} (${formatDateForHumans(value)}) is in the future. Please check it.`,
      });
    } else {
      valid[field] = value;
    }
  }

  const { decisionDate, certificateDate, dateOfBirth } = valid;
  if (decisionDate !== undefined && certificateDate !== undefined && isBefore(certificateDate, decisionDate)) {
    issues.push({
      field: 'certificateDate',
      code: 'certificateBeforeDecision',
      severity: 'warning',
      message:
        `The mediation certificate (${formatDateForHumans(certificateDate)}) is dated before the decision letter ` +
        `(${formatDateForHumans(decisionDate)}). A certificate normally comes after the decision, so please check ` +
        'both dates. A certificate from an earlier decision does not give you extra time for this one.',
    });
  }
  if (decisionDate !== undefined && isBefore(decisionDate, addYears(today, -1))) {
    issues.push({
      field: 'decisionDate',
      code: 'decisionOverAYearOld',
      severity: 'warning',
      message:
        `The decision letter is dated ${formatDateForHumans(decisionDate)}, more than a year ago, so the normal time ` +
        'for appealing has passed. You can still ask the Tribunal to accept a late appeal; explain why it is late. ' +
        'If a newer decision or plan has been issued since, use that one instead.',
    });
  }
  if (dateOfBirth !== undefined && !isBefore(today, computeBirthday(dateOfBirth, 25))) {
    issues.push({
      field: 'dateOfBirth',
      code: 'over25',
      severity: 'error',
      message:
        `With this date of birth the young person is 25 or over. EHC plans are for children and young people under ` +
        `25, so the SEND Tribunal cannot hear an appeal. Please check the date; if it is right, get advice from ` +
        `IPSEA or your local SENDIASS.`,
    });
  }
  if (dateOfBirth !== undefined && decisionDate !== undefined && isBefore(decisionDate, dateOfBirth)) {
    issues.push({
      field: 'decisionDate',
      code: 'decisionBeforeBirth',
      severity: 'error',
      message: 'The decision letter is dated before the date of birth. Please check both dates.',
    });
  }
  return issues;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
