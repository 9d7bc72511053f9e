// §4 email practice: before registration the subject is "New Appeal"; afterwards every email quotes
// the Tribunal's reference (format like EH936/23/00567). Parts of a split bundle say "Part 2 of 3".
import type { IsoDate } from '../domain/dates';
import { formatIndexDate } from './pageLabels';

export interface EmailSubjectDetails {
  childName: string;
  dateOfBirth: IsoDate | null;
  tribunalReference: string | null;
}

/** The reference format seen on Tribunal letters (§4); anything else is still used, as typed. */
export const TRIBUNAL_REFERENCE_PATTERN = /^EH\d{3}\/\d{2}\/\d{5}$/;

export function emailSubject(part: { number: number; total: number }, details: EmailSubjectDetails): string {
  const reference = details.tribunalReference?.trim() ?? '';
  const base =
    reference !== ''
      ? reference
      : [
          'New Appeal',
          details.childName.trim(),
          details.dateOfBirth === null ? null : formatIndexDate(details.dateOfBirth),
        ]
          .filter((x): x is string => x !== null && x !== '')
          .join(' - ');
  return part.total > 1 ? `${base} - Part ${part.number} of ${part.total}` : base;
}
