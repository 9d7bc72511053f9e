// "Try an example appeal" (issue 5): a clearly fictional refusal-to-issue case, so a newcomer or an
// IASS training session can see the whole journey in a minute. Every name is invented; every
// document says "EXAMPLE – NOT A REAL DOCUMENT" on every page. Dates are relative to today so the
// deadline is always in the future. The family's written-submission answers (issue 6) cite the
// example documents, so "write your appeal" shows citations resolving to bundle pages.
import type { SubmissionAnswers } from '../submissions/submissionAnswersSchema';
import type { CaseFacts } from './caseFacts';
import { addDays, addYears, type IsoDate } from './dates';
import type { DocumentCategory } from './documentCategories';

export const EXAMPLE_MARK = 'EXAMPLE – NOT A REAL DOCUMENT';
export const EXAMPLE_CASE_NAME = 'Example: Alex (fictional)';
export const EXAMPLE_COUNCIL = 'Exampleshire County Council (fictional)';

export interface ExampleDocument {
  fileName: ExampleFileName;
  kind: 'pdf' | 'photo';
  title: string;
  date: IsoDate;
  author: string;
  category: DocumentCategory;
  /** Each page's lines of text (a photo has one page). */
  pages: string[][];
}

export interface ExampleCase {
  facts: CaseFacts;
  documents: ExampleDocument[];
  /** The family's answers for "write your appeal"; citations name documents by their id once imported. */
  submissionAnswers(documentId: (fileName: ExampleFileName) => string): SubmissionAnswers;
}

const FILES = {
  decisionLetter: 'Example decision letter.pdf',
  certificate: 'Example mediation certificate.pdf',
  epReport: 'Example EP report.pdf',
  schoolReport: 'Example school report.pdf',
  therapistPhoto: 'Example photo of a letter.jpg',
} as const;

export type ExampleFileName = (typeof FILES)[keyof typeof FILES];

/**
 * A refusal to issue is argued by showing that the help needed is more than the school can give
 * from its own resources (§2.1), so the reasons say exactly what help, how often, for how long and
 * by whom, as Section F must (§10), each point tied to a page of the evidence.
 */
function exampleSubmissionAnswers(
  today: IsoDate,
  documentId: (fileName: ExampleFileName) => string,
): SubmissionAnswers {
  return {
    child: {
      firstName: 'Alex',
      lastName: 'Sample',
      schoolOrSetting: 'Example Primary School (fictional)',
      languages: 'English',
    },
    appellant: { firstName: 'Jordan', lastName: 'Sample', relationship: 'Mother' },
    contact: {
      address: '1 Example Street, Exampletown (fictional)',
      postcode: 'ZZ99 9ZZ',
      email: 'jordan.sample@example.org',
      preferredContact: 'email',
    },
    otherPeople: [
      {
        name: 'Sam Sample (fictional)',
        relationship: 'Father',
        hasParentalResponsibility: true,
        toldAboutAppeal: true,
      },
    ],
    representative: {
      name: 'Pat Adviser (fictional)',
      organisation: 'Exampleshire SENDIASS (fictional)',
      tribunalShouldContact: false,
    },
    followsAnnualReview: false,
    generalReasons: {
      reasons: [
        'The council assessed Alex and decided not to issue an EHC plan. I disagree: Alex needs more help than ' +
          'Example Primary School can give from its own resources.',
        'The educational psychologist found that Alex’s reading and spelling are well below the level expected for ' +
          'Alex’s age, and recommends daily specialist literacy teaching from a qualified teacher.',
        'Alex needs 1:1 specialist literacy teaching from a qualified specialist teacher for 30 minutes a day, 5 days ' +
          'a week, with progress reviewed by the educational psychologist once a term. Alex also needs an adult ' +
          'beside them for written work in every lesson that involves writing.',
        'The school’s SENCo says Alex needs adult support for most written work. The school has already used its ' +
          'SEN support budget and cannot pay for daily specialist teaching.',
        'The speech and language therapist says Alex has difficulty following spoken instructions, so this needs ' +
          'to be written into a plan too.',
      ].join('\n\n'),
      evidence: [
        { documentId: documentId(FILES.epReport), page: 2 },
        { documentId: documentId(FILES.epReport), page: 3 },
        { documentId: documentId(FILES.schoolReport), page: 1 },
        { documentId: documentId(FILES.therapistPhoto), page: 1 },
      ],
    },
    // §8: a refusal to issue can ask for health and social care recommendations.
    recommendations: {
      g: {
        issue:
          'The speech and language therapist found that Alex has difficulty following spoken instructions, but ' +
          'no health provision has been planned for it.',
        recommendationSought:
          'An NHS speech and language therapist assesses Alex within 6 weeks, writes a programme for school staff ' +
          'to follow every day, and reviews it with the school once a term.',
        evidence: [{ documentId: documentId(FILES.therapistPhoto), page: 1 }],
      },
    },
    mediation: { hasCertificate: true },
    otherAppeals: { hasOtherAppeals: false, hasCourtCases: false },
    hearing: {
      attendance: 'video',
      canJoinByVideo: true,
      reasonableAdjustments: 'A short break every hour, please.',
    },
    declaration: { name: 'Jordan Sample', date: today },
  };
}

export function exampleCase(today: IsoDate): ExampleCase {
  const decisionDate = addDays(today, -21);
  const certificateDate = addDays(today, -7);
  const letter = [
    'Exampleshire County Council (fictional) - SEND Team',
    `Date: ${decisionDate}`,
    'Dear Ms Sample,',
    'Re: Alex Sample (fictional), date of birth 14/02/2016',
    'We have completed the EHC needs assessment for Alex.',
    'We have decided not to issue an Education, Health and Care plan.',
    'You have the right to appeal this decision to the First-tier Tribunal (SEND).',
    'You must contact a mediation adviser before you appeal, within 2 months of this letter.',
    'Yours sincerely, A. Officer (fictional), SEND Manager',
  ];
  return {
    facts: {
      decisionType: 'refusalToIssue',
      decisionDate,
      certificateDate,
      dateOfBirth: addYears(today, -10),
      letter: { rightOfAppeal: true, timeLimit: true, mediationAdviserContact: true, certificateNeeded: true },
    },
    submissionAnswers: (documentId) => exampleSubmissionAnswers(today, documentId),
    documents: [
      {
        fileName: FILES.decisionLetter,
        kind: 'pdf',
        title: 'Decision not to issue an EHC plan',
        date: decisionDate,
        author: 'Exampleshire County Council (fictional)',
        category: 'LA_DECISION',
        pages: [letter],
      },
      {
        fileName: FILES.certificate,
        kind: 'pdf',
        title: 'Mediation certificate',
        date: certificateDate,
        author: 'Example Mediation Service (fictional)',
        category: 'MEDIATION_CERT',
        pages: [
          [
            'Mediation certificate (fictional)',
            `Date: ${certificateDate}`,
            'The parent has received information about mediation and may now appeal.',
          ],
        ],
      },
      {
        fileName: FILES.epReport,
        kind: 'pdf',
        title: 'Educational psychologist report',
        date: addDays(today, -120),
        author: 'Dr E. Psychologist (fictional)',
        category: 'EXPERT_REPORT',
        pages: [
          ['Educational psychology report (fictional)', 'Background', 'Alex is a fictional pupil in Year 5.'],
          ['Assessment', 'Reading and spelling are well below the level expected for Alex’s age.'],
          ['Recommendations', 'Daily specialist literacy teaching from a qualified teacher.'],
        ],
      },
      {
        fileName: FILES.schoolReport,
        kind: 'pdf',
        title: 'School SENCo report',
        date: addDays(today, -60),
        author: 'Example Primary School (fictional)',
        category: 'SCHOOL',
        pages: [['SENCo report (fictional)', 'Alex needs adult support for most written work.']],
      },
      {
        fileName: FILES.therapistPhoto,
        kind: 'photo',
        title: 'Letter from the speech therapist (photo)',
        date: addDays(today, -90),
        author: 'Example NHS Trust (fictional)',
        category: 'HEALTH',
        pages: [['Speech and language therapy (fictional)', 'Alex has difficulty following', 'spoken instructions.']],
      },
    ],
  };
}
