/**
 * A typed answer as it is saved: a blank box becomes "not answered" rather than an empty string,
 * so the page status and "check your answers" treat it as missing. The words are kept as typed.
 */
export function optionalText(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

/** The saved text for a box, or an empty box. */
export function boxText(value: string | undefined): string {
  return value ?? '';
}

/** True when every typed answer in a group is empty (a blank row of a list is not saved). */
export function allBlank(values: readonly (string | boolean | undefined)[]): boolean {
  return values.every((value) => value === undefined || (typeof value === 'string' && value.trim() === ''));
}
