// Event times: typed as wall-clock time in the event's zone, stored in UTC, shown with the zone's abbreviation.
import { describe, expect, it } from 'vitest'
import { formatEventSpan, utcToZonedInput, zonedToUtc } from '@/lib/domain/zoned-time'

describe('event times in their zone', () => {
  it('reads a wall-clock time in the zone, across daylight saving', () => {
    expect(zonedToUtc('2031-01-15T13:00', 'America/Chicago')?.toISOString()).toBe('2031-01-15T19:00:00.000Z')
    expect(zonedToUtc('2031-07-15T13:00', 'America/Chicago')?.toISOString()).toBe('2031-07-15T18:00:00.000Z')
    // Phoenix keeps standard time all year; Honolulu too.
    expect(zonedToUtc('2031-07-15T13:00', 'America/Phoenix')?.toISOString()).toBe('2031-07-15T20:00:00.000Z')
    expect(zonedToUtc('2031-07-15T13:00', 'UTC')?.toISOString()).toBe('2031-07-15T13:00:00.000Z')
  })

  it('refuses a time the clocks skip, and malformed input', () => {
    expect(zonedToUtc('2031-03-09T02:30', 'America/New_York')).toBeNull()
    expect(zonedToUtc('2031-02-30T10:00', 'America/New_York')).toBeNull()
    expect(zonedToUtc('2031-1-5T10:00', 'America/New_York')).toBeNull()
    expect(zonedToUtc('', 'UTC')).toBeNull()
  })

  it('shows a stored time back as typed, and with the zone’s abbreviation', () => {
    const start = zonedToUtc('2031-11-02T09:30', 'America/Los_Angeles')!
    expect(utcToZonedInput(start, 'America/Los_Angeles')).toBe('2031-11-02T09:30')
    const end = new Date(start.getTime() + 26 * 60 * 60 * 1000)
    expect(formatEventSpan(start, end, 'America/Los_Angeles')).toBe(
      'Sunday, November 2, 2031, 9:30 AM PST to Monday, November 3, 2031, 11:30 AM PST',
    )
    expect(formatEventSpan(start, new Date(start.getTime() + 3_600_000), 'America/New_York')).toBe(
      'Sunday, November 2, 2031, 12:30 PM EST to 1:30 PM EST',
    )
  })
})
