/**
 * SEND Tribunal case references look like EH936/23/00567: "EH", the council's three-digit code,
 * the two-digit year the appeal was registered and a five-digit number (the registration letter
 * shows it). The reference is only used to find a case, so an unusual one is kept and the person
 * is asked to check it rather than being stopped: a provisional or older reference may differ.
 */
const USUAL_FORM = /^EH\d{3}\/\d{2}\/\d{5}$/;

/** Upper case, no spaces: "eh 936/23/00567" is saved as "EH936/23/00567". */
export function normaliseTribunalReference(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** A plain-English note when a reference does not look like one, or null when it does. */
export function checkTribunalReference(value: string): string | null {
  if (USUAL_FORM.test(normaliseTribunalReference(value))) return null;
  return 'This does not look like a Tribunal reference, which usually looks like EH936/23/00567. Check it against the Tribunal’s letter.';
}
