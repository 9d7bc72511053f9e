import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { CaseDetail, SubmissionsOverview } from '../../../../shared/api/types';
import { assessCase } from '../../../../shared/domain/assessCase';
import { humanDate } from '../../../../shared/submissions/submissionInput';
import { TextArea } from '../../../components/TextArea';
import { TextField } from '../../../components/TextField';
import { Radios } from '../../start/fields';
import { startUrl } from '../../start/flow';
import { MediationContactSection } from '../../start/result/DeadlineSection';
import { useToday } from '../../start/useStart';
import { errorFor } from '../answerErrors';
import { SubmissionsLoader } from '../SubmissionsLoader';
import { useAnswerPage } from '../useAnswerPage';
import { AnswerForm } from '../AnswerForm';
import { optionalText } from '../answerText';
import { CertificateExplained } from './CertificateExplained';
import { KnownAnswers } from './KnownAnswers';
import { useTextAnswers } from './useTextAnswers';
import { fromYesNo, toYesNo, yesNoChoices } from './yesNo';

/**
 * Only for appeals that need a certificate (§5). With its date known from "start a case", asks who
 * the adviser was; without one, whether they want mediation and why there is no certificate (§4).
 */
export function MediationPage() {
  return (
    <SubmissionsLoader>{(appeal, overview) => <MediationForm appeal={appeal} overview={overview} />}</SubmissionsLoader>
  );
}

function MediationForm({ appeal, overview }: { appeal: CaseDetail; overview: SubmissionsOverview }) {
  const page = useAnswerPage('mediation', appeal, overview);
  const today = useToday();
  const saved = page.answers.mediation ?? {};
  const { values, bind } = useTextAnswers({
    adviserName: saved.adviserName,
    adviserOrganisation: saved.adviserOrganisation,
    reasonForNoCertificate: saved.reasonForNoCertificate,
  });
  const [wantsMediation, setWantsMediation] = useState(toYesNo(saved.wantsMediation));
  const certificateDate = appeal.facts.certificateDate;
  const contact = useMemo(() => assessCase(appeal.facts, today).mediationContact, [appeal.facts, today]);
  const error = (id: string) => errorFor(page.errors, id);
  const adviser = {
    adviserName: optionalText(values.adviserName),
    adviserOrganisation: optionalText(values.adviserOrganisation),
  };

  const onSubmit = () =>
    page.submit({
      ...page.answers,
      mediation:
        certificateDate === undefined
          ? {
              ...saved,
              ...adviser,
              hasCertificate: false,
              wantsMediation: fromYesNo(wantsMediation),
              reasonForNoCertificate: optionalText(values.reasonForNoCertificate),
            }
          : { ...saved, ...adviser, hasCertificate: true, reasonForNoCertificate: undefined },
    });

  const adviserFields = (
    <>
      <TextField
        id="mediation-adviserName"
        label="The mediation adviser’s name"
        hint={certificateDate === undefined ? 'If you have spoken to one.' : undefined}
        error={error('mediation-adviserName')}
        autoComplete="off"
        spellCheck={false}
        {...bind('adviserName')}
      />
      <TextField
        id="mediation-adviserOrganisation"
        label="Their organisation"
        hint="The mediation service named in the council’s decision letter."
        error={error('mediation-adviserOrganisation')}
        autoComplete="off"
        {...bind('adviserOrganisation')}
      />
    </>
  );

  if (certificateDate !== undefined) {
    return (
      <AnswerForm appeal={appeal} page={page} title="Mediation" onSubmit={onSubmit}>
        <KnownAnswers
          rows={[
            {
              question: 'Mediation certificate',
              answer: `Issued on ${humanDate(certificateDate)}`,
              href: startUrl(appeal.id, 'certificate', true),
              what: 'mediation certificate date',
            },
          ]}
        />
        <p className="govuk-body">Send a copy of the certificate with your appeal. Who gave it to you?</p>
        {adviserFields}
      </AnswerForm>
    );
  }

  return (
    <AnswerForm appeal={appeal} page={page} title="Mediation" onSubmit={onSubmit}>
      <p className="govuk-body">
        This appeal needs a mediation certificate from the mediation adviser named in the council’s decision letter, and
        you have not given a certificate date.{' '}
        <Link className="govuk-link" to={startUrl(appeal.id, 'certificate', true)}>
          If you have a certificate, add its date
        </Link>
        .
      </p>
      {contact !== null && contact.contactBy >= today ? <MediationContactSection contact={contact} /> : null}
      <Radios
        id="mediation-wantsMediation"
        legend="Do you want to try mediation before you appeal?"
        hint="Mediation is a meeting with an independent person to try to settle the disagreement with the council. You do not have to agree to it."
        error={error('mediation-wantsMediation')}
        value={wantsMediation}
        onChange={setWantsMediation}
        choices={yesNoChoices()}
      />
      {adviserFields}
      <TextArea
        id="mediation-reasonForNoCertificate"
        label="Why do you not have a mediation certificate?"
        boldLabel
        hint="The Tribunal needs to know if you appeal without one. For example, say when you contacted the adviser and what has happened since."
        error={error('mediation-reasonForNoCertificate')}
        {...bind('reasonForNoCertificate')}
      />
      <CertificateExplained />
    </AnswerForm>
  );
}
