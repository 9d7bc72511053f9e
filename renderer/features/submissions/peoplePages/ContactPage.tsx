import { useState } from 'react';
import type { CaseDetail, SubmissionsOverview } from '../../../../shared/api/types';
import type { SubmissionAnswers } from '../../../../shared/submissions/submissionAnswersSchema';
import { TextArea } from '../../../components/TextArea';
import { TextField } from '../../../components/TextField';
import { Radios } from '../../start/fields';
import { errorFor } from '../answerErrors';
import { SubmissionsLoader } from '../SubmissionsLoader';
import { useAnswerPage } from '../useAnswerPage';
import { AnswerForm } from '../AnswerForm';
import { optionalText } from '../answerText';
import { useTextAnswers } from './useTextAnswers';

type PreferredContact = NonNullable<NonNullable<SubmissionAnswers['contact']>['preferredContact']>;

/** Where the Tribunal sends letters about the appeal (HESC r.20(2): the appellant's address). */
export function ContactPage() {
  return (
    <SubmissionsLoader>{(appeal, overview) => <ContactForm appeal={appeal} overview={overview} />}</SubmissionsLoader>
  );
}

function ContactForm({ appeal, overview }: { appeal: CaseDetail; overview: SubmissionsOverview }) {
  const page = useAnswerPage('contact', appeal, overview);
  const saved = page.answers.contact ?? {};
  const { values, bind } = useTextAnswers({
    address: saved.address,
    postcode: saved.postcode,
    phone: saved.phone,
    email: saved.email,
  });
  const [preferred, setPreferred] = useState<PreferredContact | undefined>(saved.preferredContact);
  const youngPerson = overview.known.appellant === 'youngPerson';

  const onSubmit = () =>
    page.submit({
      ...page.answers,
      contact: {
        address: optionalText(values.address),
        postcode: optionalText(values.postcode),
        phone: optionalText(values.phone),
        email: optionalText(values.email),
        preferredContact: preferred,
      },
    });

  return (
    <AnswerForm appeal={appeal} page={page} title="Your contact details" onSubmit={onSubmit}>
      <p className="govuk-body">
        {youngPerson
          ? 'The contact details of the young person, who is appealing. '
          : 'The contact details of the person appealing. '}
        The Tribunal sends letters about the appeal here, and the council will see them too.
      </p>
      <TextArea
        id="contact-address"
        label="Address"
        hint="Leave out the postcode: it has its own box."
        error={errorFor(page.errors, 'contact-address')}
        autoComplete="street-address"
        rows={4}
        {...bind('address')}
      />
      <TextField
        id="contact-postcode"
        label="Postcode"
        error={errorFor(page.errors, 'contact-postcode')}
        autoComplete="postal-code"
        className="govuk-input--width-10"
        spellCheck={false}
        {...bind('postcode')}
      />
      <TextField
        id="contact-phone"
        label="Phone number"
        hint="For example, 07700 900 982."
        error={errorFor(page.errors, 'contact-phone')}
        type="tel"
        autoComplete="tel"
        className="govuk-input--width-20"
        {...bind('phone')}
      />
      <TextField
        id="contact-email"
        label="Email address"
        hint="Email is usually the quickest way for the Tribunal to reach you."
        error={errorFor(page.errors, 'contact-email')}
        type="email"
        autoComplete="email"
        spellCheck={false}
        {...bind('email')}
      />
      <Radios
        id="contact-preferredContact"
        legend="How would you prefer the Tribunal to contact you?"
        error={errorFor(page.errors, 'contact-preferredContact')}
        value={preferred}
        onChange={setPreferred}
        choices={[
          { value: 'email', label: 'Email' },
          { value: 'phone', label: 'Phone' },
          { value: 'post', label: 'Post' },
        ]}
      />
    </AnswerForm>
  );
}
