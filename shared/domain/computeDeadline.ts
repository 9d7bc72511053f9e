import { bankHolidaysEnglandAndWales } from './bankHolidays';
import {
  addMonths,
  dayOfMonth,
  daysBetween,
  formatDateForHumans,
  isAfter,
  makeIsoDate,
  monthOf,
  yearOf,
  type IsoDate,
} from './dates';
import type { Warning } from './warning';
import { findWorkingDayOnOrAfter, type NonWorkingDay } from './workingDays';

export interface DeadlineInput {
  /** Date on the council's decision letter (§6.1(1): advisers count from this date). */
  decisionDate: IsoDate;
  /** Date the mediation certificate was issued, if the family has one. */
  certificateDate?: IsoDate | undefined;
  /** From classifyAppeal: false only for Section-I-only appeals (R2.1). */
  certificateRequired: boolean;
  /** Used only to say whether the deadline has passed or is close. */
  today?: IsoDate | undefined;
}

export type DeadlineAdjustmentRule = 'christmas' | 'august' | 'weekend' | 'bankHoliday';

export interface DeadlineAdjustment {
  rule: DeadlineAdjustmentRule;
  from: IsoDate;
  to: IsoDate;
  explanation: string;
}

export interface DeadlineResult {
  deadline: IsoDate;
  /** "Monday 12 May 2025" */
  deadlineForHumans: string;
  /** §6.1(5) r.12(1): the Tribunal must receive the appeal by 5pm on the deadline day. */
  receivedBy: '17:00';
  candidates: { decisionPlusTwoMonths: IsoDate; certificatePlusOneMonth: IsoDate | null };
  /** The date the time limit ends before any Christmas/August/working-day adjustment. */
  baseDate: IsoDate;
  governedBy: 'decision' | 'certificate';
  adjustments: DeadlineAdjustment[];
  /** Step-by-step account of how the deadline was worked out, in plain English. */
  explanation: string[];
  /** Days from `today` to the deadline (negative once it has passed); null without `today`. */
  daysRemaining: number | null;
  warnings: Warning[];
}

const DEADLINE_SOON_DAYS = 14;

function isInChristmasWindow(date: IsoDate): boolean {
  const month = monthOf(date);
  const day = dayOfMonth(date);
  return (month === 12 && day >= 25) || (month === 1 && day === 1);
}

function describeDays(days: NonWorkingDay[]): string {
  return days
    .map((d) => (d.kind === 'weekend' ? formatDateForHumans(d.date) : `${formatDateForHumans(d.date)} (${d.name})`))
    .join(' and ');
}

/** Groups consecutive skipped days of the same kind so each adjustment reads as one sentence. */
function toRollForwardAdjustments(skipped: NonWorkingDay[], finalDate: IsoDate): DeadlineAdjustment[] {
  const runs: NonWorkingDay[][] = [];
  for (const day of skipped) {
    const current = runs.at(-1);
    if (current !== undefined && current[0]?.kind === day.kind) current.push(day);
    else runs.push([day]);
  }
  return runs.map((run, index) => {
    const first = run[0] as NonWorkingDay;
    const to = runs[index + 1]?.[0]?.date ?? finalDate;
    const what =
      first.kind === 'weekend'
        ? `${run.length === 1 ? 'falls' : 'fall'} on a weekend`
        : `${run.length === 1 ? 'is a public holiday' : 'are public holidays'}`;
    return {
      rule: first.kind,
      from: first.date,
      to,
      explanation:
        `${describeDays(run)} ${what}, when the Tribunal is closed, ` +
        `so the deadline moves on to ${formatDateForHumans(to)}.`,
    };
  });
}

interface Landing {
  deadline: IsoDate;
  adjustments: DeadlineAdjustment[];
  checkedBeyondKnownData: boolean;
  warnings: Warning[];
}

/** §6.1(3) r.12(3)(a): the Christmas/August rule, tested on the period end before any roll-forward. */
function applyChristmasOrAugustRule(baseDate: IsoDate): Landing | null {
  const isChristmas = isInChristmasWindow(baseDate);
  if (!isChristmas && monthOf(baseDate) !== 8) return null;
  // "First working day after 1 January / after 31 August": start looking on 2 Jan / 1 Sep.
  const restartFrom = isChristmas
    ? makeIsoDate(monthOf(baseDate) === 12 ? yearOf(baseDate) + 1 : yearOf(baseDate), 1, 2)
    : makeIsoDate(yearOf(baseDate), 9, 1);
  const search = findWorkingDayOnOrAfter(restartFrom);
  const skippedNote =
    search.skipped.length === 0
      ? ''
      : ` (${describeDays(search.skipped)} ${search.skipped.length === 1 ? 'is not a working day' : 'are not working days'})`;
  return {
    deadline: search.date,
    adjustments: [
      {
        rule: isChristmas ? 'christmas' : 'august',
        from: baseDate,
        to: search.date,
        explanation:
          `The time limit ends on ${formatDateForHumans(baseDate)}, which is ` +
          (isChristmas ? 'between 25 December and 1 January' : 'in August') +
          ". For these appeals the Tribunal's rules then give you until the first working day after " +
          (isChristmas ? '1 January' : '31 August') +
          `, which is ${formatDateForHumans(search.date)}${skippedNote}.`,
      },
    ],
    checkedBeyondKnownData: search.checkedBeyondKnownData,
    warnings: [],
  };
}

/** §6.1(4) r.12(2): a period ending on a non-working day ends on the next working day. */
function applyRollForward(baseDate: IsoDate): Landing {
  const search = findWorkingDayOnOrAfter(baseDate);
  const deadline = search.date;
  const warnings: Warning[] = [];
  // §6.2 note (a) / §14 item 6 (E22): a roll-forward into the Christmas period is not covered by
  // a clear rule, and nor is the same thing at the start of August; give the earlier, safer date.
  const touched = [...search.skipped.map((d) => d.date), deadline];
  if (search.skipped.length > 0 && touched.some(isInChristmasWindow)) {
    warnings.push({
      code: 'christmasRollForwardUncertain',
      message:
        `Your time limit ends on ${formatDateForHumans(baseDate)}, just before Christmas, and moves ` +
        `to ${formatDateForHumans(deadline)} because the Tribunal is closed in between. It is not ` +
        'certain whether the Tribunal would give you until after 1 January instead. Do not rely ' +
        `on that: aim to get your appeal in by ${formatDateForHumans(deadline)}.`,
    });
  }
  if (search.skipped.length > 0 && monthOf(deadline) === 8) {
    warnings.push({
      code: 'augustRollForwardUncertain',
      message:
        `Your time limit ends on ${formatDateForHumans(baseDate)} and moves into August ` +
        `(${formatDateForHumans(deadline)}) because the Tribunal is closed in between. It is not ` +
        'certain whether the Tribunal would give you until September instead. Do not rely on ' +
        `that: aim to get your appeal in by ${formatDateForHumans(deadline)}.`,
    });
  }
  return {
    deadline,
    adjustments: toRollForwardAdjustments(search.skipped, deadline),
    checkedBeyondKnownData: search.checkedBeyondKnownData,
    warnings,
  };
}

/** How close the deadline is. §6.6: a passed deadline is explained, never treated as the end. */
function describeTimeLeft(deadline: IsoDate, daysRemaining: number): Warning[] {
  if (daysRemaining < 0) {
    // The Tribunal can extend time (r.5(3)(a)) where that is fair and just.
    return [
      {
        code: 'deadlinePassed',
        message:
          `The deadline was ${formatDateForHumans(deadline)}, so it has passed. You can still send ` +
          'your appeal: the Tribunal can accept a late appeal if it decides that is fair and just. ' +
          'Send it as soon as you can, with a short note explaining why it is late – for example, if ' +
          "the council's letter left out information it should have given you.",
      },
    ];
  }
  if (daysRemaining === 0) {
    return [
      { code: 'deadlineToday', message: 'Today is the last day. Your appeal must reach the Tribunal by 5pm today.' },
    ];
  }
  if (daysRemaining <= DEADLINE_SOON_DAYS) {
    return [
      {
        code: 'deadlineSoon',
        message: `Only ${daysRemaining} day${daysRemaining === 1 ? '' : 's'} left until the deadline. Start your appeal form now.`,
      },
    ];
  }
  return [];
}

/**
 * §6.2 algorithm: the later of decision + 2 months and certificate + 1 month (§6.1(1)); the
 * Christmas/August rule is tested on that date *before* any roll-forward (§6.1(3) r.12(3)(a));
 * otherwise a non-working day rolls forward to the next working day (§6.1(4) r.12(2)).
 * Only says how late or close the deadline is: it never refuses to compute one (§6.6).
 */
export function computeDeadline(input: DeadlineInput): DeadlineResult {
  const { decisionDate, certificateDate, certificateRequired, today } = input;
  const warnings: Warning[] = [];
  const explanation: string[] = [];

  const decisionPlusTwoMonths = addMonths(decisionDate, 2);
  const certificatePlusOneMonth = certificateDate === undefined ? null : addMonths(certificateDate, 1);

  explanation.push(
    `The council's decision letter is dated ${formatDateForHumans(decisionDate)}. ` +
      `You have two months from then, which takes you to ${formatDateForHumans(decisionPlusTwoMonths)}.`,
  );
  if (dayOfMonth(decisionPlusTwoMonths) !== dayOfMonth(decisionDate)) {
    explanation.push('That month is shorter, so the two months end on its last day instead of the same day number.');
  }
  explanation.push(
    'We count from the date printed on the letter, as advisers and councils do. The rules actually ' +
      'count from the day the letter was sent, so if it was sent earlier than the date on it, ' +
      'your deadline could be earlier.',
  );

  // §6.1(1)(ii): only a certificate the appeal actually needs (R2.1 / CFA s.55) can give extra time.
  const certificateCounts =
    certificateRequired && certificatePlusOneMonth !== null && isAfter(certificatePlusOneMonth, decisionPlusTwoMonths);

  if (certificateDate !== undefined && certificatePlusOneMonth !== null) {
    explanation.push(
      `Your mediation certificate was issued on ${formatDateForHumans(certificateDate)}. ` +
        `One month from then is ${formatDateForHumans(certificatePlusOneMonth)}.`,
    );
    if (certificateCounts) {
      explanation.push('The later of the two dates counts, so we use the certificate date plus one month.');
    } else if (!certificateRequired && isAfter(certificatePlusOneMonth, decisionPlusTwoMonths)) {
      explanation.push('This appeal does not need a certificate, so we use the decision date plus two months.');
      warnings.push({
        code: 'certificateNotNeededForThisAppeal',
        message:
          'Appeals only about the school or type of school (Section I) do not need a mediation ' +
          'certificate, so it is not clear that your certificate gives you the extra month. ' +
          `To be safe, we have used the earlier date, ${formatDateForHumans(decisionPlusTwoMonths)}.`,
      });
    } else {
      explanation.push('The later of the two dates counts, so we use the decision date plus two months.');
    }
  } else if (certificateRequired) {
    warnings.push({
      code: 'noCertificateYet',
      message:
        'You need a mediation certificate before you can appeal. Until you have one, work to the ' +
        'date shown here. When your certificate arrives, enter its date: you will have at least ' +
        'one month from the date it was issued, which may give you more time. If you cannot get a ' +
        'certificate you must tell the Tribunal why; it only accepts this in exceptional ' +
        'circumstances, and exactly what counts is not clear.',
    });
  }

  const baseDate =
    certificateCounts && certificatePlusOneMonth !== null ? certificatePlusOneMonth : decisionPlusTwoMonths;
  const governedBy = certificateCounts ? 'certificate' : 'decision';
  const landing = applyChristmasOrAugustRule(baseDate) ?? applyRollForward(baseDate);
  const { deadline, adjustments } = landing;
  warnings.push(...landing.warnings);

  for (const adjustment of adjustments) explanation.push(adjustment.explanation);
  if (adjustments.length === 0) {
    explanation.push(`${formatDateForHumans(deadline)} is a working day, so no change is needed.`);
  }
  explanation.push(`Your appeal must reach the Tribunal by 5pm on ${formatDateForHumans(deadline)}.`);

  if (landing.checkedBeyondKnownData) {
    warnings.push({
      code: 'bankHolidaysUnknown',
      message:
        `This app only has the list of bank holidays up to ${formatDateForHumans(bankHolidaysEnglandAndWales.knownUntil)}. ` +
        'For later dates it only skips weekends, Christmas Day and Good Friday, so a bank holiday ' +
        'could be missed. Check gov.uk/bank-holidays, or update the app.',
    });
  }

  // §6.1(5) and §14 item 7: the 5pm time and the working-day definition are not verified verbatim.
  warnings.push({
    code: 'receivedBy5pm',
    message:
      'Your appeal has to reach the Tribunal by 5pm on the deadline day – sending it that evening ' +
      'is too late. The 5pm cut-off and the list of days the Tribunal counts as working days come ' +
      'from its rules, but we could not check their exact wording, so aim to send it a few days early.',
  });

  const daysRemaining = today === undefined ? null : daysBetween(today, deadline);
  if (daysRemaining !== null) warnings.push(...describeTimeLeft(deadline, daysRemaining));

  return {
    deadline,
    deadlineForHumans: formatDateForHumans(deadline),
    receivedBy: '17:00',
    candidates: { decisionPlusTwoMonths, certificatePlusOneMonth },
    baseDate,
    governedBy,
    adjustments,
    explanation,
    daysRemaining,
    warnings,
  };
}
