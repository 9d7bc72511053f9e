// "Try an example appeal" (issue 5): a clearly fictional refusal-to-issue case, so a newcomer or an
// IASS training session can see the whole journey in a minute. Every name is invented; every
// document says "EXAMPLE – NOT A REAL DOCUMENT" on every page. Dates are relative to today so the
// deadline is always in the future.
import type { CaseFacts } from './caseFacts';
import { addDays, addYears, type IsoDate } from './dates';
import type { DocumentCategory } from './documentCategories';

export const EXAMPLE_MARK = 'EXAMPLE – NOT A REAL DOCUMENT';
export const EXAMPLE_CASE_NAME = 'Example: Alex (fictional)';
export const EXAMPLE_COUNCIL = 'Exampleshire County Council (fictional)';

export interface ExampleDocument {
  fileName: string;
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
    documents: [
      {
        fileName: 'Example decision letter.pdf',
        kind: 'pdf',
        title: 'Decision not to issue an EHC plan',
        date: decisionDate,
        author: 'Exampleshire County Council (fictional)',
        category: 'LA_DECISION',
        pages: [letter],
      },
      {
        fileName: 'Example mediation certificate.pdf',
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
        fileName: 'Example EP report.pdf',
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
        fileName: 'Example school report.pdf',
        kind: 'pdf',
        title: 'School SENCo report',
        date: addDays(today, -60),
        author: 'Example Primary School (fictional)',
        category: 'SCHOOL',
        pages: [['SENCo report (fictional)', 'Alex needs adult support for most written work.']],
      },
      {
        fileName: 'Example photo of a letter.jpg',
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
