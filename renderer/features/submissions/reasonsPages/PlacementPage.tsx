import { useState } from 'react';
import { Link } from 'react-router';
import type { CaseDetail, SubmissionsOverview } from '../../../../shared/api/types';
import type { PlacementAnswer } from '../../../../shared/submissions/submissionAnswersSchema';
import type { SummaryItem } from '../../../components/ErrorSummary';
import { TextArea } from '../../../components/TextArea';
import { TextField } from '../../../components/TextField';
import { todayInEngland } from '../../../components/todayInEngland';
import { DateInput } from '../../start/DateInput';
import { parseDateParts, toDateParts, type DateParts, type DatePart } from '../../start/dateParts';
import { Details, Radios } from '../../start/fields';
import { startUrl } from '../../start/flow';
import { AnswerForm } from '../AnswerForm';
import { errorFor } from '../answerErrors';
import { fieldId } from '../submissionPaths';
import { useAnswerPage } from '../useAnswerPage';
import { AnswerPageLoader } from './AnswerPageLoader';
import { boxText, optionalText } from '../answerText';
import { citationsValue, savedCitations, unaddedCitation } from './citations';
import { CitationsField } from './CitationsField';

type Sector = NonNullable<PlacementAnswer['sector']>;
type YesNo = 'yes' | 'no';

const ID = {
  name: fieldId('placement.settingName'),
  address: fieldId('placement.address'),
  type: fieldId('placement.settingType'),
  sector: fieldId('placement.sector'),
  date: fieldId('placement.dateContacted'),
  reply: fieldId('placement.reply'),
  confirmed: fieldId('placement.placeConfirmedInWriting'),
  reasons: fieldId('placement.reasons'),
  evidence: fieldId('placement.evidence'),
};
const DATE_WHAT = 'the date you contacted the school or college';

/** #/cases/:caseId/appeal/section-i: the school or college wanted and the contact with it (R2.5). */
export function PlacementPage() {
  return (
    <AnswerPageLoader page="placement">
      {(appeal, overview) => <PlacementForm appeal={appeal} overview={overview} />}
    </AnswerPageLoader>
  );
}

/** Reads the date boxes: nothing typed is "not answered"; otherwise a real date, not in the future. */
function readDate(parts: DateParts): { date: string | undefined } | { problem: SummaryItem; parts: DatePart[] } {
  if (parts.day.trim() === '' && parts.month.trim() === '' && parts.year.trim() === '') return { date: undefined };
  const parsed = parseDateParts(parts, DATE_WHAT);
  if ('problem' in parsed) {
    const first = parsed.problem.parts[0] ?? 'day';
    return {
      problem: { fieldId: `${ID.date}-${first}`, message: parsed.problem.message },
      parts: parsed.problem.parts,
    };
  }
  if (parsed.date > todayInEngland()) {
    const message = 'The date you contacted the school or college must be today or in the past';
    return { problem: { fieldId: `${ID.date}-day`, message }, parts: ['day', 'month', 'year'] };
  }
  return { date: parsed.date };
}

function PlacementForm({ appeal, overview }: { appeal: CaseDetail; overview: SubmissionsOverview }) {
  const page = useAnswerPage('placement', appeal, overview);
  const saved = page.answers.placement;
  const [name, setName] = useState(boxText(saved?.settingName));
  const [address, setAddress] = useState(boxText(saved?.address));
  const [type, setType] = useState(boxText(saved?.settingType));
  const [sector, setSector] = useState<Sector | undefined>(saved?.sector);
  const [date, setDate] = useState(toDateParts(saved?.dateContacted));
  const [dateParts, setDateParts] = useState<DatePart[]>([]);
  const [reply, setReply] = useState(boxText(saved?.reply));
  const [confirmed, setConfirmed] = useState<YesNo | undefined>(
    saved?.placeConfirmedInWriting === undefined ? undefined : saved.placeConfirmedInWriting ? 'yes' : 'no',
  );
  const [reasons, setReasons] = useState(boxText(saved?.reasons));
  const [evidence, setEvidence] = useState(() => citationsValue(saved?.evidence));
  const youngPerson = overview.known.appellant === 'youngPerson';
  const who = youngPerson ? 'you' : 'your child';
  const whose = youngPerson ? 'your' : 'your child’s';
  const noneNamed = appeal.facts.sections?.i === 'noSchoolNamed';

  const onSubmit = () => {
    const read = readDate(date);
    setDateParts('problem' in read ? read.parts : []);
    const placement: PlacementAnswer = {
      ...saved,
      settingName: optionalText(name),
      address: optionalText(address),
      settingType: optionalText(type),
      sector,
      dateContacted: 'date' in read ? read.date : saved?.dateContacted,
      reply: optionalText(reply),
      // Only an independent setting is asked to confirm a place in writing (R2.5).
      placeConfirmedInWriting: sector === 'independent' && confirmed !== undefined ? confirmed === 'yes' : undefined,
      reasons: optionalText(reasons),
      evidence: savedCitations(evidence),
    };
    page.submit({ ...page.answers, placement }, [
      ...('problem' in read ? [read.problem] : []),
      ...unaddedCitation(ID.evidence, evidence),
    ]);
  };

  const dateError = page.errors.find((e) => e.fieldId.startsWith(`${ID.date}-`))?.message;
  return (
    <AnswerForm appeal={appeal} page={page} title="Section I: school or college" onSubmit={onSubmit}>
      <p className="govuk-body">
        Section I of the EHC plan names the school, college or other setting {who} should attend, or the type of
        setting. The Tribunal asks which one you want named and about your contact with it.
      </p>
      <p className="govuk-body">
        You told us {noneNamed ? 'no school or college is named in the plan' : 'you disagree with the one named'}.{' '}
        <Link className="govuk-link" to={startUrl(appeal.id, 'sections', true)}>
          Change<span className="govuk-visually-hidden"> what you disagree with in the plan</span>
        </Link>
      </p>
      <TextField
        id={ID.name}
        label="Name of the school or college you want"
        hint="If you cannot name one, leave this empty and give the type of school or college below."
        error={errorFor(page.errors, ID.name)}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <TextArea
        id={ID.address}
        label="Its full address"
        rows={4}
        error={errorFor(page.errors, ID.address)}
        value={address}
        onChange={(event) => setAddress(event.target.value)}
      />
      <TextField
        id={ID.type}
        label="Type of school or college"
        hint="For example: mainstream primary school, special school for autistic pupils, further education college."
        error={errorFor(page.errors, ID.type)}
        value={type}
        onChange={(event) => setType(event.target.value)}
      />
      <Radios
        id={ID.sector}
        legend="Is it maintained or independent?"
        hint="Maintained means paid for by the state. Independent means a private school or college that charges fees."
        error={errorFor(page.errors, ID.sector)}
        value={sector}
        onChange={setSector}
        choices={[
          {
            value: 'maintained',
            label: 'Maintained (state-funded)',
            hint: 'For example council schools, academies, free schools and further education colleges.',
          },
          {
            value: 'independent',
            label: 'Independent',
            hint: 'For example a private school, or an independent special school.',
            conditional: (
              <Radios
                id={ID.confirmed}
                legend={`Has it confirmed in writing that it can meet ${whose} needs and has a place?`}
                hint="For example in a letter or email. Add it to your documents and choose it as evidence below."
                error={errorFor(page.errors, ID.confirmed)}
                small
                value={confirmed}
                onChange={setConfirmed}
                choices={[
                  { value: 'yes', label: 'Yes' },
                  { value: 'no', label: 'No, not yet' },
                ]}
              />
            ),
          },
        ]}
      />
      <Details summary="Why does it matter?">
        <p className="govuk-body">
          If you ask for a maintained school or college, the council can only refuse to name it for limited reasons:
          that it is not suitable for {who}, or that naming it would not fit with the efficient education of other
          children or the efficient use of resources.
        </p>
        <p className="govuk-body">
          An independent school or college has to agree to take {who}. The Tribunal asks for its written confirmation
          that it can meet {whose} needs and has a place. If it would cost more than the school the council suggests, it
          helps to say what it would cost, including fees, extra support, therapies and transport.
        </p>
      </Details>
      <DateInput
        id={ID.date}
        legend="When did you contact it?"
        hint="For example, 27 3 2026."
        error={dateError}
        errorParts={dateParts}
        value={date}
        onChange={setDate}
      />
      <TextArea
        id={ID.reply}
        label="What did it say?"
        hint={`For example, whether it has a place and whether it can meet ${whose} needs. Add any letter or email from it to your documents.`}
        rows={5}
        error={errorFor(page.errors, ID.reply)}
        value={reply}
        onChange={(event) => setReply(event.target.value)}
      />
      <TextArea
        id={ID.reasons}
        label="Why do you want this school or college?"
        boldLabel
        hint="Say how it meets the needs in Section B and can give the help in Section F, and why the school or type in the plan cannot."
        rows={8}
        error={errorFor(page.errors, ID.reasons)}
        value={reasons}
        onChange={(event) => setReasons(event.target.value)}
      />
      <CitationsField
        id={ID.evidence}
        legend="Evidence for Section I"
        hint="For example the school’s letter or email, or a report that recommends this kind of school."
        caseId={appeal.id}
        documents={overview.citableDocuments}
        value={evidence}
        onChange={setEvidence}
        error={errorFor(page.errors, ID.evidence)}
      />
    </AnswerForm>
  );
}
