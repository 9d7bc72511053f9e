import { useState } from 'react';
import type { CaseDetail } from '../../../shared/api/types';
import { assessCase } from '../../../shared/domain/assessCase';
import { formatDateForHumans } from '../../../shared/domain/dates';
import type { SummaryItem } from '../../components/ErrorSummary';
import { CaseLoader } from '../cases/CaseLoader';
import { DateInput } from './DateInput';
import { checkDateAnswer, dateWarnings } from './dateChecks';
import { toDateParts, type DatePart } from './dateParts';
import { Details, Radios } from './fields';
import { certificateAnswer } from './flow';
import { QuestionForm } from './QuestionForm';
import { useStep } from './useStart';
import { WarningText } from '../../components/WarningText';

const QUESTION = 'Do you have a mediation certificate?';

type YesNo = 'yes' | 'no';

export function CertificateQuestion() {
  return <CaseLoader>{(appeal) => <CertificateForm appeal={appeal} />}</CaseLoader>;
}

function CertificateForm({ appeal }: { appeal: CaseDetail }) {
  const step = useStep('certificate', appeal);
  const [answer, setAnswer] = useState<YesNo | undefined>(certificateAnswer(step.facts));
  const [parts, setParts] = useState(toDateParts(step.facts.certificateDate));
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [errorParts, setErrorParts] = useState<DatePart[]>([]);

  const withoutCertificate = { ...step.facts };
  delete withoutCertificate.certificateDate;
  const contact = assessCase(withoutCertificate, step.today).mediationContact;
  const warnings = dateWarnings('certificateDate', step.facts, step.today);

  const onSubmit = () => {
    if (answer === undefined) {
      setErrors([{ fieldId: 'has-certificate', message: 'Select yes if you have a mediation certificate' }]);
      return;
    }
    if (answer === 'no') {
      setErrors([]);
      step.submit(withoutCertificate);
      return;
    }
    const checked = checkDateAnswer(
      parts,
      'the date the certificate was issued',
      'certificateDate',
      step.facts,
      step.today,
    );
    if ('problem' in checked) {
      setErrorParts(checked.problem.parts);
      setErrors([
        { fieldId: `certificate-date-${checked.problem.parts[0] ?? 'day'}`, message: checked.problem.message },
      ]);
      return;
    }
    setErrors([]);
    step.submit({ ...step.facts, certificateDate: checked.date });
  };

  const dateError = errors.find((e) => e.fieldId.startsWith('certificate-date'))?.message;
  return (
    <QuestionForm
      title={QUESTION}
      caption={appeal.name}
      back={step.back}
      errors={errors}
      saveError={step.saveError}
      pending={step.pending}
      onSubmit={onSubmit}
    >
      <Radios
        id="has-certificate"
        legend={QUESTION}
        isHeading
        hint="A mediation certificate is a short letter or form from a mediation adviser. You need one before you can appeal this decision."
        error={errors.find((e) => e.fieldId === 'has-certificate')?.message}
        value={answer}
        onChange={setAnswer}
        choices={[
          {
            value: 'yes',
            label: 'Yes',
            conditional: (
              <DateInput
                id="certificate-date"
                legend="When was the certificate issued?"
                hint="The date is on the certificate. For example, 3 4 2025"
                error={dateError}
                errorParts={errorParts}
                value={parts}
                onChange={setParts}
              />
            ),
          },
          {
            value: 'no',
            label: 'No, not yet',
            conditional: (
              <>
                <p className="govuk-body">
                  You must contact the mediation adviser named in the council’s decision letter first. Tell them you
                  want to appeal and whether you would like mediation. If you do not want mediation, they must send you
                  a certificate within 3 working days.
                </p>
                {contact ? (
                  <p className="govuk-body">
                    Contact them by <strong>{formatDateForHumans(contact.contactBy)}</strong> at the latest – to be
                    safe, by {formatDateForHumans(contact.callBy)}.
                  </p>
                ) : null}
              </>
            ),
          },
        ]}
      />
      {warnings.map((warning) => (
        <WarningText key={warning.code}>{warning.message}</WarningText>
      ))}
      <Details summary="What is a mediation certificate?">
        <p className="govuk-body">
          Mediation is a meeting with an independent person to try to settle the disagreement with the council. You do
          not have to agree to mediation, but for most appeals you must talk to a mediation adviser about it first.
        </p>
        <p className="govuk-body">
          The adviser then gives you a <strong>mediation certificate</strong>. It shows the Tribunal you have done this
          step. Its date matters: you always have at least one month from the date it was issued to appeal.
        </p>
      </Details>
    </QuestionForm>
  );
}
