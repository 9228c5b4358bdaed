const dateTime = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
})

/** Staff pages show times in UTC, labelled as such, so every reader sees the same time. */
export function formatDateTimeUtc(iso: string): string {
  return dateTime.format(new Date(iso))
}
