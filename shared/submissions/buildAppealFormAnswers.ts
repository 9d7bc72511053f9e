// Document 1: every answer the SEND35 or SEND35a asks for, in the order of the Tribunal's online
// journey (anchors.md §1a), as question-and-answer tables the family can copy from or attach.
// Which questions appear follows the same branching as the form: no plan or school questions for a
// refusal to assess, no recommendation questions where they are not available (§8, R2.3/R2.4).
import type { Block, Inline, SubmissionDocument } from './documentModel';
import { heading, paragraph, text } from './documentModel';
import {
  DECISION_LABELS,
  caseTitle,
  childName,
  councilName,
  disputedSections,
  fullName,
  humanDate,
  isLate,
  isYoungPersonAppeal,
  yesNo,
  type SubmissionInput,
} from './submissionInput';

const NOT_ANSWERED = 'Not answered yet';
const CONTACT_LABELS = { email: 'Email', phone: 'Phone', post: 'Post' } as const;

function qa(caption: string, rows: [string, string][]): Block {
  return {
    kind: 'table',
    caption: `${caption}: questions and your answers`,
    header: ['Question', 'Your answer'],
    rows: rows.map(([question, answer]): Inline[][] => [[text(question)], [text(answer.trim() || NOT_ANSWERED)]]),
  };
}

function appellantLabel(input: SubmissionInput): string {
  switch (input.assessment.appellant?.appellant) {
    case 'youngPerson':
      return 'The young person (appealing in their own name)';
    case 'alternativePerson':
      return 'An "alternative person" for a young person who cannot make the decision';
    case 'parent':
      return 'A parent or carer';
    case null:
    case undefined:
      return '';
  }
}

function sectionsLabel(input: SubmissionInput): string {
  const s = disputedSections(input);
  const parts: string[] = [];
  if (s.b) parts.push('Section B (special educational needs)');
  if (s.f) parts.push('Section F (special educational provision)');
  if (input.facts.sections?.i === 'namedSchoolOrType') parts.push('Section I (the school or type of school named)');
  if (input.facts.sections?.i === 'noSchoolNamed') parts.push('Section I (no school named)');
  return parts.join('; ');
}

function peopleTable(input: SubmissionInput): Block {
  const people = input.answers.otherPeople ?? [];
  if (people.length === 0) return paragraph(text('No other parents, carers or people with parental responsibility.'));
  return {
    kind: 'table',
    caption: 'Other parents, carers and people with parental responsibility',
    header: ['Name', 'Relationship', 'Parental responsibility', 'Told about the appeal'],
    rows: people.map((p) => [
      [text(p.name ?? NOT_ANSWERED)],
      [text(p.relationship ?? '')],
      [text(yesNo(p.hasParentalResponsibility))],
      [text(yesNo(p.toldAboutAppeal))],
    ]),
  };
}

function documentsSent(input: SubmissionInput): Block[] {
  const plan = input.bundlePlan;
  if (plan !== null) {
    return [
      {
        kind: 'table',
        caption: 'Documents sent with the appeal, in bundle order',
        header: ['Document', 'Written by', 'Date', 'Pages', 'Bundle pages'],
        rows: plan.documents.map((d) => [
          [text(d.title)],
          [text(d.author ?? '')],
          [text(humanDate(d.documentDate ?? undefined))],
          [text(String(d.pageCount))],
          [text(d.rangeText)],
        ]),
      },
    ];
  }
  if (input.documents.length === 0) return [paragraph(text('No documents have been added yet.'))];
  return [{ kind: 'list', items: input.documents.map((d) => [text(d.title)]) }];
}

/** Builds the "Appeal form answers" document for SEND35 or SEND35a. */
export function buildAppealFormAnswers(input: SubmissionInput): SubmissionDocument {
  const { answers, assessment, facts } = input;
  const classification = assessment.classification;
  const form = classification?.form ?? 'SEND35';
  const youngPerson = isYoungPersonAppeal(input);
  const who = youngPerson ? 'young person' : 'child';
  const hasPlanQuestions = form === 'SEND35' && facts.decisionType !== 'refusalToIssue';
  const sections = disputedSections(input);
  const contact = answers.contact ?? {};
  const rep = answers.representative ?? {};
  const hearing = answers.hearing ?? {};
  const mediation = answers.mediation ?? {};
  const other = answers.otherAppeals ?? {};
  const blocks: Block[] = [
    paragraph(
      text(
        `These are your answers in the order of form ${form}. Copy each answer into the matching question of the ` +
          "Tribunal's online form, or attach this document to the paper form.",
      ),
    ),
    heading(2, 'Who is appealing'),
    qa('Who is appealing', [
      ['Who is bringing the appeal', appellantLabel(input)],
      ['Your relationship to the child or young person', answers.appellant?.relationship ?? ''],
    ]),
    heading(2, `About the ${who}`),
    qa(`About the ${who}`, [
      ['Full name', childName(input)],
      ['Date of birth', humanDate(facts.dateOfBirth)],
      ['Gender (optional)', answers.child?.gender ?? ''],
      ['School, college or other setting now', answers.child?.schoolOrSetting ?? ''],
      ['Languages spoken', answers.child?.languages ?? ''],
    ]),
    heading(2, youngPerson ? 'Your contact details (the young person)' : 'About you (the person appealing)'),
    qa('About the person appealing', [
      ['Full name', fullName(answers.appellant)],
      ['Address', contact.address ?? ''],
      ['Postcode', contact.postcode ?? ''],
      ['Phone', contact.phone ?? ''],
      ['Email', contact.email ?? ''],
      [
        'How you prefer to be contacted',
        contact.preferredContact === undefined ? '' : CONTACT_LABELS[contact.preferredContact],
      ],
    ]),
    heading(2, 'Other parents, carers and people with parental responsibility'),
    peopleTable(input),
    heading(2, 'Representative'),
    rep.name === undefined || rep.name.trim() === ''
      ? paragraph(text('No representative.'))
      : qa('Representative', [
          ['Name', rep.name],
          ['Organisation', rep.organisation ?? ''],
          ['Address', rep.address ?? ''],
          ['Phone', rep.phone ?? ''],
          ['Email', rep.email ?? ''],
          ['Should the Tribunal contact your representative instead of you?', yesNo(rep.tribunalShouldContact)],
        ]),
    heading(2, 'The decision you are appealing'),
    qa('The decision you are appealing', [
      ['Council (local authority)', councilName(input)],
      ['What the council decided', facts.decisionType === undefined ? '' : DECISION_LABELS[facts.decisionType]],
      ['Date on the decision letter', humanDate(facts.decisionDate)],
      ...(hasPlanQuestions
        ? ([
            ['Parts of the plan you are appealing', sectionsLabel(input) || 'None'],
            ['Did the decision follow an annual review?', yesNo(answers.followsAnnualReview)],
          ] as [string, string][])
        : []),
      ['Is the appeal urgent (for example a change of school, out of school, or excluded)?', answers.urgency ?? 'No'],
    ]),
  ];

  if (sections.i) {
    const p = answers.placement ?? {};
    blocks.push(
      heading(2, 'The school or college you want (Section I)'),
      qa('The school or college you want', [
        ['Name', p.settingName ?? ''],
        ['Address', p.address ?? ''],
        ['Type of school or college', p.settingType ?? ''],
        [
          'Maintained or independent',
          p.sector === undefined ? '' : p.sector === 'maintained' ? 'Maintained (state-funded)' : 'Independent',
        ],
        ['Date you contacted it', humanDate(p.dateContacted)],
        ['What it said', p.reply ?? ''],
        ...(p.sector === 'independent'
          ? ([['Has it confirmed in writing that it has a place?', yesNo(p.placeConfirmedInWriting)]] as [
              string,
              string,
            ][])
          : []),
      ]),
    );
  }

  blocks.push(
    heading(2, 'Your reasons for appealing'),
    paragraph(
      text('Your reasons are in the separate document "Reasons for appeal". Paste them into the form or attach it.'),
    ),
  );

  if (classification?.recommendationsAvailable === true) {
    const recs = answers.recommendations ?? {};
    const health = recs.c !== undefined || recs.g !== undefined;
    const social = recs.d !== undefined || recs.h1 !== undefined || recs.h2 !== undefined;
    blocks.push(
      heading(2, 'Health and social care'),
      qa('Health and social care recommendations', [
        ['Do you want recommendations about health needs or provision (Sections C and G)?', health ? 'Yes' : 'No'],
        [
          'Do you want recommendations about social care needs or provision (Sections D, H1 and H2)?',
          social ? 'Yes' : 'No',
        ],
      ]),
    );
    if (health || social) {
      blocks.push(
        paragraph(
          text('The details are in the separate document "Request for health and social care recommendations".'),
        ),
      );
    }
  }

  const certificate = classification?.certificate;
  blocks.push(
    heading(2, 'Mediation'),
    qa('Mediation', [
      [
        'Do you have a mediation certificate?',
        certificate === 'exempt'
          ? 'Not needed: the appeal is only about Section I'
          : facts.certificateDate !== undefined
            ? 'Yes'
            : yesNo(mediation.hasCertificate),
      ],
      ['Date on the certificate', humanDate(facts.certificateDate)],
      ...(certificate === 'required' && facts.certificateDate === undefined
        ? ([['Why you do not have a certificate', mediation.reasonForNoCertificate ?? '']] as [string, string][])
        : []),
    ]),
  );

  if (isLate(input)) {
    blocks.push(
      heading(2, 'Appealing late'),
      qa('Appealing late', [
        ['Deadline for appealing', assessment.deadline?.deadlineForHumans ?? ''],
        ['Why your appeal is late', 'See the separate document "Why my appeal is late".'],
      ]),
    );
  }

  blocks.push(
    heading(2, 'Other appeals and court cases'),
    qa('Other appeals and court cases', [
      ['Any other SEND appeals about this child or young person?', yesNo(other.hasOtherAppeals)],
      ...(other.hasOtherAppeals === true ? ([['Details', other.otherAppealsDetails ?? '']] as [string, string][]) : []),
      ['Any court cases about them (for example family court)?', yesNo(other.hasCourtCases)],
      ...(other.hasCourtCases === true ? ([['Details', other.courtCasesDetails ?? '']] as [string, string][]) : []),
    ]),
    heading(2, 'The hearing'),
    qa('The hearing', [
      ...(form === 'SEND35a'
        ? ([
            [
              'Do you agree to the appeal being decided on the papers, without a hearing?',
              yesNo(hearing.paperDecisionAgreed),
            ],
          ] as [string, string][])
        : []),
      [
        'How you would like to attend',
        hearing.attendance === 'video'
          ? 'By video'
          : hearing.attendance === 'inPerson'
            ? 'In person'
            : hearing.attendance === 'noPreference'
              ? 'No preference'
              : '',
      ],
      ['Can you join a video hearing?', yesNo(hearing.canJoinByVideo)],
      ['Would you accept an earlier hearing date if one comes up?', yesNo(hearing.earlierHearingWanted)],
      ['Do you need an interpreter? Which language?', hearing.interpreterLanguage ?? 'No'],
      ['Do you need any changes (reasonable adjustments) to take part?', hearing.reasonableAdjustments ?? 'No'],
    ]),
    heading(2, 'Declaration'),
    qa('Declaration', [
      ['Name', answers.declaration?.name ?? ''],
      ['Date', humanDate(answers.declaration?.date)],
    ]),
    { kind: 'pageBreak' },
    heading(2, 'Documents sent with the appeal'),
    ...documentsSent(input),
  );

  return {
    id: 'appealFormAnswers',
    title: `Appeal form answers (${form})`,
    caseTitle: caseTitle(input),
    fileName: `appeal-form-answers-${form.toLowerCase()}`,
    blocks,
    problems: [],
  };
}
