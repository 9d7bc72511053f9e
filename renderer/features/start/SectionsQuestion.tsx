import { useState } from 'react';
import type { CaseDetail } from '../../../shared/api/types';
import type { SectionIDispute } from '../../../shared/domain/decisionTypes';
import type { SummaryItem } from '../../components/ErrorSummary';
import { CaseLoader } from '../cases/CaseLoader';
import { Checkboxes, Details, Radios } from './fields';
import { QuestionForm } from './QuestionForm';
import { useStep } from './useStart';

type BF = 'b' | 'f';
type SectionIAnswer = SectionIDispute | 'none';

export function SectionsQuestion() {
  return <CaseLoader>{(appeal) => <SectionsForm appeal={appeal} />}</CaseLoader>;
}

function SectionsForm({ appeal }: { appeal: CaseDetail }) {
  const step = useStep('sections', appeal);
  const saved = step.facts.sections;
  const isContents = step.facts.decisionType === 'contents';
  const [bf, setBf] = useState<ReadonlySet<BF>>(
    new Set([...(saved?.b === true ? ['b' as const] : []), ...(saved?.f === true ? ['f' as const] : [])]),
  );
  const [sectionI, setSectionI] = useState<SectionIAnswer | undefined>(
    saved?.i === null ? 'none' : (saved?.i ?? undefined),
  );
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const errorFor = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;

  const title = isContents
    ? 'Which parts of the plan do you disagree with?'
    : 'Do you also disagree with what the plan says?';

  const onSubmit = () => {
    const problems: SummaryItem[] = [];
    if (sectionI === undefined) {
      problems.push({
        fieldId: 'section-i',
        message: 'Select whether you disagree with Section I (the school or college)',
      });
    } else if (isContents && bf.size === 0 && sectionI === 'none') {
      problems.push({ fieldId: 'sections-bf', message: 'Select at least one part of the plan you disagree with' });
    }
    setErrors(problems);
    if (problems.length > 0 || sectionI === undefined) return;
    step.submit({
      ...step.facts,
      sections: { b: bf.has('b'), f: bf.has('f'), i: sectionI === 'none' ? null : sectionI },
    });
  };

  return (
    <QuestionForm
      title={title}
      heading
      caption={appeal.name}
      back={step.back}
      errors={errors}
      saveError={step.saveError}
      pending={step.pending}
      onSubmit={onSubmit}
    >
      <p className="govuk-body">
        {isContents
          ? 'An EHC plan is split into sections, each marked with a letter. Only Sections B, F and I can be appealed.'
          : 'You can add parts of the plan to the same appeal. If you only disagree with the decision itself, leave both boxes empty and choose “I do not disagree with Section I”.'}
      </p>
      <Checkboxes
        id="sections-bf"
        legend="Sections B and F"
        hint="Select all that apply."
        error={errorFor('sections-bf')}
        choices={[
          {
            value: 'b',
            label: 'Section B – special educational needs',
            hint: 'What the plan says your child finds hard and needs help with, for example with reading, speech or emotions.',
          },
          {
            value: 'f',
            label: 'Section F – special educational provision',
            hint: 'The help and support your child must get to meet those needs, for example hours of support or therapy.',
          },
        ]}
        values={bf}
        onChange={setBf}
      />
      <Radios
        id="section-i"
        legend="Section I – the school or college (placement)"
        hint="Section I names the school, college or type of school your child should go to."
        error={errorFor('section-i')}
        choices={[
          { value: 'namedSchoolOrType', label: 'I disagree with the school, college or type of school named' },
          { value: 'noSchoolNamed', label: 'No school or college is named, and one should be' },
          { value: 'none', label: 'I do not disagree with Section I' },
        ]}
        value={sectionI}
        onChange={setSectionI}
      />
      <Details summary="What does this mean?">
        <p className="govuk-body">
          Section B lists your child’s special educational needs. Section F says what help must be given for each need.
          Section I names where your child should be educated.
        </p>
        <p className="govuk-body">
          The other sections (for example health in C and G, or social care in D and H) cannot be appealed on their own,
          but the Tribunal can be asked to make recommendations about them as part of an appeal about B, F or I.
        </p>
        <p className="govuk-body">
          What you choose matters: an appeal only about Section I does not need a mediation certificate, and the amount
          of evidence you can send depends on the sections.
        </p>
      </Details>
    </QuestionForm>
  );
}
