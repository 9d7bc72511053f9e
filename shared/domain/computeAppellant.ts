import { computeCompulsorySchoolAgeEnd } from './computeCompulsorySchoolAgeEnd';
import { computeBirthday } from './computeBirthday';
import { addMonths, formatDateForHumans, isAfter, isBefore, type IsoDate } from './dates';

export interface AppellantInput {
  dateOfBirth: IsoDate;
  /** The date that matters: the decision date or the day the appeal is made (R3.1). */
  onDate: IsoDate;
  /** Whether the young person can make the decision to appeal themselves. */
  youngPersonHasCapacity?: boolean | 'unsure' | undefined;
}

export interface AppellantResult {
  /** child = up to the end of compulsory school age; youngPerson = after that and under 25. */
  ageGroup: 'child' | 'youngPerson' | 'over25';
  compulsorySchoolAgeEnds: IsoDate;
  twentyFifthBirthday: IsoDate;
  canAppeal: boolean;
  /** Who brings the appeal in their own name; null when no appeal is possible. */
  appellant: 'parent' | 'youngPerson' | 'alternativePerson' | null;
  /**
   * The parent's part. Never "on behalf of" a young person who has capacity (LB Hillingdon v WW).
   * usuallyAlternativePerson: the parent normally appeals as the alternative person unless there
   * is a deputy or attorney (reg 64).
   */
  parentRole: 'appellant' | 'representativeOrSupporter' | 'usuallyAlternativePerson' | null;
  /** Shown when a young person's capacity to decide is not confirmed. */
  capacityQuestions: string[];
  messages: string[];
}

// Mental Capacity Act 2005 s.3 test, in plain words, plus the reg 64 deputy/attorney question.
const CAPACITY_QUESTIONS = [
  'Can the young person understand what the council decided and what an appeal is, if it is explained in a way that suits them?',
  'Can they remember that information long enough to make a decision?',
  'Can they weigh up the good and bad points to reach a decision?',
  'Can they tell you their decision in any way – talking, signing, pointing or using a device?',
  'Is there a deputy appointed by the Court of Protection, or someone with a Lasting Power of Attorney, who makes decisions for them?',
];

const MONTHS_AHEAD_TO_MENTION_TRANSITION = 12;

/** §3 and R3.1: who brings the appeal, and what the parent's part is. */
export function computeAppellant(input: AppellantInput): AppellantResult {
  const { dateOfBirth, onDate, youngPersonHasCapacity } = input;
  const compulsorySchoolAgeEnds = computeCompulsorySchoolAgeEnd(dateOfBirth);
  const twentyFifthBirthday = computeBirthday(dateOfBirth, 25);
  const base = { compulsorySchoolAgeEnds, twentyFifthBirthday };

  if (!isBefore(onDate, twentyFifthBirthday)) {
    return {
      ...base,
      ageGroup: 'over25',
      canAppeal: false,
      appellant: null,
      parentRole: null,
      capacityQuestions: [],
      messages: [
        `The young person turned 25 on ${formatDateForHumans(twentyFifthBirthday)}. EHC plans are for children ` +
          'and young people under 25, so the SEND Tribunal cannot hear an appeal about this decision.',
        'If the council is still keeping a plan in place for them, get advice from IPSEA or your local SENDIASS.',
      ],
    };
  }

  // Compulsory school age ends at the end of that Friday, so the child is still a child on it.
  if (!isAfter(onDate, compulsorySchoolAgeEnds)) {
    const messages = [
      'Your child is of compulsory school age, so you, the parent, bring the appeal in your own name. ' +
        '"Parent" includes anyone with parental responsibility or who looks after the child.',
      'You can ask someone to represent you (a friend, an advocate, a SENDIASS worker or a lawyer) and bring a supporter.',
    ];
    if (isBefore(compulsorySchoolAgeEnds, addMonths(onDate, MONTHS_AHEAD_TO_MENTION_TRANSITION))) {
      messages.push(
        `Your child reaches the end of compulsory school age on ${formatDateForHumans(compulsorySchoolAgeEnds)}. ` +
          'After that the right to appeal becomes theirs, if they can make the decision. If an appeal is still ' +
          'going on then, ask an adviser or the Tribunal what this means for you.',
      );
    }
    return {
      ...base,
      ageGroup: 'child',
      canAppeal: true,
      appellant: 'parent',
      parentRole: 'appellant',
      capacityQuestions: [],
      messages,
    };
  }

  const endedMessage =
    `They reached the end of compulsory school age on ${formatDateForHumans(compulsorySchoolAgeEnds)}, so in ` +
    'the law they are a "young person" and the right to appeal is theirs.';

  if (youngPersonHasCapacity === false) {
    return {
      ...base,
      ageGroup: 'youngPerson',
      canAppeal: true,
      appellant: 'alternativePerson',
      parentRole: 'usuallyAlternativePerson',
      capacityQuestions: CAPACITY_QUESTIONS,
      messages: [
        endedMessage,
        'If the young person cannot make this decision, an "alternative person" brings the appeal in their own ' +
          'name (regulation 64 of the SEND Regulations 2014): a deputy appointed by the Court of Protection or ' +
          'someone with a Lasting Power of Attorney, if there is one; otherwise, normally the parent.',
        'The alternative person must act in the young person’s best interests. If they do not, the Tribunal can ' +
          'appoint someone else (MM v Royal Borough of Greenwich [2024] UKUT 179).',
      ],
    };
  }

  const messages = [
    endedMessage,
    'The young person brings the appeal in their own name. As their parent you can help as their ' +
      'representative or supporter, but the appeal is theirs, not made "on behalf of" them – the Upper ' +
      'Tribunal said so in London Borough of Hillingdon v WW [2016] UKUT 253.',
  ];
  if (youngPersonHasCapacity !== true) {
    messages.push(
      'The law assumes a young person can make their own decisions unless it is shown that they cannot, even ' +
        'with help (Mental Capacity Act 2005). If you are unsure, go through the questions below together.',
    );
  }
  return {
    ...base,
    ageGroup: 'youngPerson',
    canAppeal: true,
    appellant: 'youngPerson',
    parentRole: 'representativeOrSupporter',
    capacityQuestions: youngPersonHasCapacity === true ? [] : CAPACITY_QUESTIONS,
    messages,
  };
}
