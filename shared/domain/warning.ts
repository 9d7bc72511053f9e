/**
 * Something the user should notice: a risk, or a point the research could not confirm
 * (every item marked UNCERTAIN in send-appeals.md surfaces as one of these).
 * `code` is stable for the UI and tests; `message` is plain English for a parent.
 */
export interface Warning {
  code: string;
  message: string;
}
