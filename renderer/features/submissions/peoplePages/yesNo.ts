import type { ReactNode } from 'react';
import type { Choice } from '../../start/fields';

// The schema stores yes/no answers as booleans; the radios work with 'yes' and 'no'.

export type YesNo = 'yes' | 'no';

export function toYesNo(value: boolean | undefined): YesNo | undefined {
  return value === undefined ? undefined : value ? 'yes' : 'no';
}

export function fromYesNo(value: YesNo | undefined): boolean | undefined {
  return value === undefined ? undefined : value === 'yes';
}

/** "Yes" and "No", each with what to show under it while it is chosen (GOV.UK conditional reveal). */
export function yesNoChoices(ifYes?: ReactNode, ifNo?: ReactNode): Choice<YesNo>[] {
  return [
    { value: 'yes', label: 'Yes', conditional: ifYes },
    { value: 'no', label: 'No', conditional: ifNo },
  ];
}
