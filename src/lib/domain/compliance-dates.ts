// Calendar arithmetic for the compliance path. Every date is a UTC calendar day so the server,
// the database and every visitor agree on when a stage falls due.

export const DAY_MS = 24 * 60 * 60 * 1000

export function startOfUtcDay(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()))
}

/**
 * The same calendar day `years` later (UTC midnight). Rule: an anniversary of Feb 29 in a year
 * without one falls on Feb 28, so a deadline never spills into the next month.
 */
export function addYearsUtc(instant: Date, years: number): Date {
  const year = instant.getUTCFullYear() + years
  const month = instant.getUTCMonth()
  const lastDayOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return new Date(Date.UTC(year, month, Math.min(instant.getUTCDate(), lastDayOfMonth)))
}

/** A stage due on a day is on time until that UTC day ends. */
export function isPastDueDay(instant: Date, dueDay: Date): boolean {
  return instant.getTime() >= dueDay.getTime() + DAY_MS
}

export function earliest(dates: readonly (Date | null | undefined)[]): Date | null {
  let best: Date | null = null
  for (const d of dates) if (d && (best === null || d.getTime() < best.getTime())) best = d
  return best
}

export function latest(dates: readonly (Date | null | undefined)[]): Date | null {
  let best: Date | null = null
  for (const d of dates) if (d && (best === null || d.getTime() > best.getTime())) best = d
  return best
}
