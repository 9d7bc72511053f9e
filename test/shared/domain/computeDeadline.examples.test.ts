import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../../shared/domain/computeDeadline';

// send-appeals.md §6.4 worked examples E1–E22, copied column by column:
// id, decision letter, certificate issued, dec+2m, cert+1m, later date, deadline, adjustments applied.
type Row = [string, string, string | null, string, string | null, string, string, string[]];
// prettier-ignore
const rows: Row[] = [
  ['E1',  '2025-03-10', null,         '2025-05-10', null,         '2025-05-10', '2025-05-12', ['weekend']],
  ['E2',  '2025-10-01', '2025-11-28', '2025-12-01', '2025-12-28', '2025-12-28', '2026-01-02', ['christmas']],
  ['E3',  '2025-08-31', null,         '2025-10-31', null,         '2025-10-31', '2025-10-31', []],
  ['E4',  '2027-08-31', '2027-09-02', '2027-10-31', '2027-10-02', '2027-10-31', '2027-11-01', ['weekend']],
  ['E5',  '2025-06-30', null,         '2025-08-30', null,         '2025-08-30', '2025-09-01', ['august']],
  ['E6',  '2024-06-28', '2024-07-02', '2024-08-28', '2024-08-02', '2024-08-28', '2024-09-02', ['august']],
  ['E7',  '2026-06-15', null,         '2026-08-15', null,         '2026-08-15', '2026-09-01', ['august']],
  ['E8',  '2025-12-31', null,         '2026-02-28', null,         '2026-02-28', '2026-03-02', ['weekend']],
  ['E9',  '2027-12-31', null,         '2028-02-29', null,         '2028-02-29', '2028-02-29', []],
  ['E10', '2025-10-24', null,         '2025-12-24', null,         '2025-12-24', '2025-12-24', []],
  ['E11', '2025-10-27', null,         '2025-12-27', null,         '2025-12-27', '2026-01-02', ['christmas']],
  ['E12', '2026-11-01', null,         '2027-01-01', null,         '2027-01-01', '2027-01-04', ['christmas']],
  ['E13', '2027-11-01', null,         '2028-01-01', null,         '2028-01-01', '2028-01-04', ['christmas']],
  ['E14', '2026-11-02', '2026-11-05', '2027-01-02', '2026-12-05', '2027-01-02', '2027-01-04', ['weekend']],
  ['E15', '2025-11-20', '2026-01-31', '2026-01-20', '2026-02-28', '2026-02-28', '2026-03-02', ['weekend']],
  ['E16', '2025-06-02', '2025-07-31', '2025-08-02', '2025-08-31', '2025-08-31', '2025-09-01', ['august']],
  ['E17', '2026-02-03', '2026-02-06', '2026-04-03', '2026-03-06', '2026-04-03', '2026-04-07', ['bankHoliday', 'weekend', 'bankHoliday']],
  ['E18', '2025-03-25', null,         '2025-05-25', null,         '2025-05-25', '2025-05-27', ['weekend', 'bankHoliday']],
  ['E19', '2025-03-10', '2025-05-13', '2025-05-10', '2025-06-13', '2025-06-13', '2025-06-13', []],
  ['E20', '2025-03-10', '2025-03-20', '2025-05-10', '2025-04-20', '2025-05-10', '2025-05-12', ['weekend']],
  ['E21', '2027-01-29', null,         '2027-03-29', null,         '2027-03-29', '2027-03-30', ['bankHoliday']],
  ['E22', '2028-10-24', null,         '2028-12-24', null,         '2028-12-24', '2028-12-27', ['weekend', 'bankHoliday']],
];

const examples = rows.map(([id, decision, certificate, decPlus2m, certPlus1m, later, deadline, rules]) => ({
  id,
  decision,
  certificate,
  decPlus2m,
  certPlus1m,
  later,
  deadline,
  rules,
}));

describe('computeDeadline – §6.4 worked examples', () => {
  it.each(examples)('$id: decision $decision, certificate $certificate → $deadline', (example) => {
    const result = computeDeadline({
      decisionDate: example.decision,
      certificateDate: example.certificate ?? undefined,
      certificateRequired: true,
    });
    expect(result.candidates).toEqual({
      decisionPlusTwoMonths: example.decPlus2m,
      certificatePlusOneMonth: example.certPlus1m,
    });
    expect(result.baseDate).toBe(example.later);
    expect(result.governedBy).toBe(
      example.certPlus1m !== null && example.later === example.certPlus1m ? 'certificate' : 'decision',
    );
    expect(result.deadline).toBe(example.deadline);
    expect(result.adjustments.map((a) => a.rule)).toEqual(example.rules);
    expect(result.receivedBy).toBe('17:00');
    const codes = result.warnings.map((w) => w.code);
    expect(codes.includes('christmasRollForwardUncertain')).toBe(example.id === 'E22');
    expect(codes.includes('noCertificateYet')).toBe(example.certificate === null);
  });

  it('E22 explains the uncertain pre-Christmas roll-forward in plain words', () => {
    const result = computeDeadline({ decisionDate: '2028-10-24', certificateRequired: true });
    const warning = result.warnings.find((w) => w.code === 'christmasRollForwardUncertain');
    expect(warning?.message).toContain('Sunday 24 December 2028');
    expect(warning?.message).toContain('Wednesday 27 December 2028');
  });

  it('adjustments chain from the base date to the deadline without gaps', () => {
    for (const example of examples) {
      const result = computeDeadline({
        decisionDate: example.decision,
        certificateDate: example.certificate ?? undefined,
        certificateRequired: true,
      });
      let cursor = result.baseDate;
      for (const adjustment of result.adjustments) {
        expect(adjustment.from, example.id).toBe(cursor);
        cursor = adjustment.to;
      }
      expect(cursor, example.id).toBe(result.deadline);
    }
  });
});
