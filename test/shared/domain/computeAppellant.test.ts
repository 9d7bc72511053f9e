import { describe, expect, it } from 'vitest';
import { computeAppellant } from '../../../shared/domain/computeAppellant';
import { computeBirthday } from '../../../shared/domain/computeBirthday';
import { computeCompulsorySchoolAgeEnd } from '../../../shared/domain/computeCompulsorySchoolAgeEnd';

describe('computeCompulsorySchoolAgeEnd – §3 R3.1', () => {
  it.each([
    // [date of birth, 16th birthday in school year ending…, last Friday in June]
    ['2008-08-31', '2024-06-28'], // turns 16 on 31 Aug 2024: last day of the 2023/24 school year
    ['2008-09-01', '2025-06-27'], // turns 16 on 1 Sep 2024: first day of the 2024/25 school year
    ['2009-01-15', '2025-06-27'],
    ['2007-07-15', '2023-06-30'], // 30 June 2023 is itself a Friday
    ['2011-02-28', '2027-06-25'],
    ['2012-06-30', '2028-06-30'], // turns 16 on the leaving date itself
    ['2013-10-10', '2030-06-28'], // 30 June 2030 is a Sunday
    ['2010-06-27', '2026-06-26'],
  ])('born %s → compulsory school age ends %s', (dateOfBirth, expected) => {
    expect(computeCompulsorySchoolAgeEnd(dateOfBirth)).toBe(expected);
  });

  it('leap-day birthday: born 29 Feb 2008 → turns 16 on 29 Feb 2024 → 28 Jun 2024', () => {
    expect(computeCompulsorySchoolAgeEnd('2008-02-29')).toBe('2024-06-28');
  });
});

describe('computeBirthday', () => {
  it('uses 1 March for a 29 February birthday in a non-leap year', () => {
    expect(computeBirthday('2000-02-29', 25)).toBe('2025-03-01');
    expect(computeBirthday('2000-02-29', 24)).toBe('2024-02-29');
    expect(computeBirthday('2000-03-15', 25)).toBe('2025-03-15');
  });
});

describe('computeAppellant – §3', () => {
  it('a child of compulsory school age: the parent appeals in their own name', () => {
    const result = computeAppellant({ dateOfBirth: '2014-05-01', onDate: '2025-03-10' });
    expect(result).toMatchObject({ ageGroup: 'child', appellant: 'parent', parentRole: 'appellant', canAppeal: true });
    expect(result.capacityQuestions).toEqual([]);
    expect(result.messages.join(' ')).not.toContain('reaches the end of compulsory school age');
  });

  it('on the last Friday in June itself the child is still of compulsory school age; the next day they are a young person', () => {
    const onTheDay = computeAppellant({ dateOfBirth: '2008-09-01', onDate: '2025-06-27' });
    const nextDay = computeAppellant({ dateOfBirth: '2008-09-01', onDate: '2025-06-28' });
    expect(onTheDay.ageGroup).toBe('child');
    expect(onTheDay.messages.join(' ')).toContain('Friday 27 June 2025');
    expect(nextDay.ageGroup).toBe('youngPerson');
    expect(nextDay.appellant).toBe('youngPerson');
  });

  it('31 Aug / 1 Sep birthdays a day apart fall a school year apart', () => {
    const onDate = '2024-09-15';
    expect(computeAppellant({ dateOfBirth: '2008-08-31', onDate }).ageGroup).toBe('youngPerson');
    expect(computeAppellant({ dateOfBirth: '2008-09-01', onDate }).ageGroup).toBe('child');
  });

  it('a young person with capacity appeals themselves; the parent is a representative or supporter, never "on behalf of"', () => {
    const result = computeAppellant({ dateOfBirth: '2007-01-10', onDate: '2025-03-10', youngPersonHasCapacity: true });
    expect(result).toMatchObject({ appellant: 'youngPerson', parentRole: 'representativeOrSupporter' });
    expect(result.capacityQuestions).toEqual([]);
    const text = result.messages.join(' ');
    expect(text).toContain('London Borough of Hillingdon v WW [2016] UKUT 253');
    expect(text).toContain('not made "on behalf of" them');
  });

  it('capacity unknown or unsure: capacity is presumed, and the questions are shown', () => {
    for (const youngPersonHasCapacity of [undefined, 'unsure'] as const) {
      const result = computeAppellant({ dateOfBirth: '2007-01-10', onDate: '2025-03-10', youngPersonHasCapacity });
      expect(result.appellant).toBe('youngPerson');
      expect(result.capacityQuestions.length).toBeGreaterThanOrEqual(4);
      expect(result.messages.join(' ')).toContain('Mental Capacity Act 2005');
    }
  });

  it('a young person lacking capacity: an alternative person appeals (usually the parent unless a deputy/attorney)', () => {
    const result = computeAppellant({ dateOfBirth: '2007-01-10', onDate: '2025-03-10', youngPersonHasCapacity: false });
    expect(result).toMatchObject({ appellant: 'alternativePerson', parentRole: 'usuallyAlternativePerson' });
    expect(result.messages.join(' ')).toContain('regulation 64');
    expect(result.capacityQuestions.some((q) => q.includes('Lasting Power of Attorney'))).toBe(true);
  });

  it('25 or over: cannot appeal because plans end at 25', () => {
    const over = computeAppellant({ dateOfBirth: '2000-01-01', onDate: '2025-01-01' });
    expect(over).toMatchObject({ ageGroup: 'over25', canAppeal: false, appellant: null, parentRole: null });
    expect(over.messages[0]).toContain('under 25');
    expect(computeAppellant({ dateOfBirth: '2000-01-01', onDate: '2024-12-31' }).ageGroup).toBe('youngPerson');
  });

  it('leap-day birthday: still 24 on 28 Feb 2025, 25 on 1 Mar 2025', () => {
    expect(computeAppellant({ dateOfBirth: '2000-02-29', onDate: '2025-02-28' }).canAppeal).toBe(true);
    expect(computeAppellant({ dateOfBirth: '2000-02-29', onDate: '2025-03-01' }).canAppeal).toBe(false);
  });

  it('mentions the coming change when compulsory school age ends within a year', () => {
    const result = computeAppellant({ dateOfBirth: '2009-10-01', onDate: '2025-09-01' });
    expect(result.ageGroup).toBe('child');
    expect(result.compulsorySchoolAgeEnds).toBe('2026-06-26');
    expect(result.messages.join(' ')).toContain('reaches the end of compulsory school age on Friday 26 June 2026');
  });
});
