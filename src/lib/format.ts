const numberFormat = new Intl.NumberFormat('en-US')

export function formatNumber(n: number): string {
  return numberFormat.format(n)
}

const dateFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
})

/** Dates are shown in UTC so the server and every visitor agree on the day. */
export function formatDate(d: Date): string {
  return dateFormat.format(d)
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10)
}
