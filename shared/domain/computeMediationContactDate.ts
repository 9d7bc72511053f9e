import { addDays, addMonths, formatDateForHumans, type IsoDate } from './dates';
import type { Warning } from './warning';
import { findWorkingDayOnOrBefore } from './workingDays';

export interface MediationContactResult {
  /** Last day to contact the mediation adviser: decision + 2 months, never rolled forward (§6.5). */
  contactBy: IsoDate;
  /** Suggested day to phone by: a week earlier, moved back to a working day so offices are open. */
  callBy: IsoDate;
  explanation: string[];
  warnings: Warning[];
}

const SAFETY_MARGIN_DAYS = 7;

/**
 * §5.1 reg 33 / §6.5: the family must contact the mediation adviser within 2 months after the
 * decision notice. Whether the Tribunal's weekend/Christmas/August roll-forwards apply to this
 * is UNCERTAIN, so we never roll forward and we advise calling a week early.
 */
export function computeMediationContactDate(decisionDate: IsoDate): MediationContactResult {
  const contactBy = addMonths(decisionDate, 2);
  const callBy = findWorkingDayOnOrBefore(addDays(contactBy, -SAFETY_MARGIN_DAYS)).date;
  return {
    contactBy,
    callBy,
    explanation: [
      `You must contact the mediation adviser named in the council's letter within two months of the decision, ` +
        `so by ${formatDateForHumans(contactBy)} at the latest.`,
      'Tell them you want to appeal and whether you would like mediation. If you do not want mediation, they must ' +
        'give you a certificate within 3 working days.',
      `To be safe, call by ${formatDateForHumans(callBy)}.`,
    ],
    warnings: [
      {
        code: 'mediationContactNoExtraTime',
        message:
          'The extra time the Tribunal allows for weekends, Christmas and August may not apply to contacting the ' +
          `mediation adviser – this is not certain. Do not rely on it: contact them at least a week before ` +
          `${formatDateForHumans(contactBy)}, even if that date falls on a weekend or holiday.`,
      },
    ],
  };
}
