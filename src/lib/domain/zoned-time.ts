// Times of network events: stored in UTC with the IANA zone they happen in, typed and shown in that zone's local
// time. Intl does the zone arithmetic (offsets and daylight saving from the runtime's time zone database).

/** The zones staff choose from (the network's members are in the United States), in the form's order. */
export const EVENT_TIME_ZONES = {
  'America/New_York': 'Eastern time (New York)',
  'America/Chicago': 'Central time (Chicago)',
  'America/Denver': 'Mountain time (Denver)',
  'America/Phoenix': 'Mountain time without daylight saving (Phoenix)',
  'America/Los_Angeles': 'Pacific time (Los Angeles)',
  'America/Anchorage': 'Alaska time (Anchorage)',
  'Pacific/Honolulu': 'Hawaii time (Honolulu)',
  'America/Puerto_Rico': 'Atlantic time (Puerto Rico)',
  UTC: 'Coordinated Universal Time (UTC)',
} as const
export type EventTimeZone = keyof typeof EVENT_TIME_ZONES
export const EVENT_TIME_ZONE_CODES = Object.keys(EVENT_TIME_ZONES) as [EventTimeZone, ...EventTimeZone[]]

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

function parts(date: Date, timeZone: string) {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
  const get = (type: string) => Number(f.formatToParts(date).find((p) => p.type === type)?.value)
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), min: get('minute') }
}

/** The zone's offset from UTC at `date`, in milliseconds (negative west of Greenwich). */
function offsetAt(date: Date, timeZone: string): number {
  const p = parts(date, timeZone)
  const asUtc = Date.UTC(p.y, p.m - 1, p.d, p.h, p.min)
  return asUtc - Math.floor(date.getTime() / 60_000) * 60_000
}

/**
 * The instant a wall-clock time (`2027-03-14T14:00`, as a datetime-local input gives it) names in `timeZone`;
 * null when it is malformed or does not exist there (skipped by a daylight-saving change).
 */
export function zonedToUtc(local: string, timeZone: string): Date | null {
  const m = LOCAL.exec(local)
  if (!m) return null
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number]
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || y < 2000 || y > 2100) return null
  const wall = Date.UTC(y, mo - 1, d, h, mi)
  // Two passes: the offset at the first guess may differ from the offset at the answer across a change.
  let guess = wall - offsetAt(new Date(wall), timeZone)
  guess = wall - offsetAt(new Date(guess), timeZone)
  const back = parts(new Date(guess), timeZone)
  if (back.y !== y || back.m !== mo || back.d !== d || back.h !== h || back.min !== mi) return null
  return new Date(guess)
}

/** The wall-clock time of `date` in `timeZone`, as a datetime-local input's value. */
export function utcToZonedInput(date: Date, timeZone: string): string {
  const p = parts(date, timeZone)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${p.y}-${two(p.m)}-${two(p.d)}T${two(p.h)}:${two(p.min)}`
}

/** "Tuesday, March 16, 2027" in the event's zone. */
export function formatEventDay(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(date)
}

/** "2:00 PM CDT": the local time with its zone's abbreviation. */
export function formatEventTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date)
}

/** "Tuesday, March 16, 2027, 2:00 PM CDT to 3:30 PM CDT" (the end's day too when it is another day). */
export function formatEventSpan(start: Date, end: Date, timeZone: string): string {
  const startDay = formatEventDay(start, timeZone)
  const endDay = formatEventDay(end, timeZone)
  const to =
    endDay === startDay ? formatEventTime(end, timeZone) : `${endDay}, ${formatEventTime(end, timeZone)}`
  return `${startDay}, ${formatEventTime(start, timeZone)} to ${to}`
}

/** "March 15, 2027, 11:59 PM CDT": a deadline in the event's zone. */
export function formatEventDeadline(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date)
}
