import { z } from 'zod'

// Every id the database holds: cuids (new rows), `gn<GeoNames id>` (reference places, 9 or 10 characters),
// the demo seed's `demo<kind><n>` and its child rows' `<parent>-<CODE>-<n>`. The rule keeps junk and
// oversized strings from reaching a query; whether the row exists is the query's answer.
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/

/** True when `value` has the shape of a database id (for server code that checks a path segment). */
export function isRecordId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value)
}

/** A database id from a URL, a hidden field or a radio button, with the message a form shows when it is not one. */
export const recordIdWith = (message: string) =>
  z.string({ error: message }).trim().regex(ID_PATTERN, message)

export const recordId = recordIdWith('We could not find that')
