const format = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "23 November 2026, 11:05" in the computer's own time zone. */
export function formatTimestamp(iso: string): string {
  return format.format(new Date(iso));
}
