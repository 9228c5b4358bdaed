// The event registration form names its event by a hidden `event` (its slug), and the page after cancelling
// by ?event=: a tampered value that no slug can be (NUL, which PostgreSQL text cannot hold, other control
// characters, upper case) is answered like an unknown event, and leaves every table as it was (before, a NUL
// reached the query on PostgreSQL: SQLSTATE 22021, a 500). Run on SQLite and on PostgreSQL (TEST_DB=postgres).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { signInAs } from '../../helpers/session'
import { truncateAll } from '../../helpers/db'
import { formOf, outcomeOf } from '../../helpers/server-actions'
import { rowCounts } from '../../helpers/row-counts'
import { tamperedSlugs as tampered } from '../../helpers/tampered-slugs'
import { RATE_LIMIT_TABLE } from '@/server/rate-limit/create-rate-limiters'
import { registerForEventAction } from '@/app/events/actions'
import { registerForEvent } from '@/server/events/register-for-event'
import { getPublishedEvent } from '@/server/events/get-published-event'
import { person, publishedEvent } from './fixtures'

// A fresh address per call, so the rate limits answer none of them.
let ip = 0
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'next-action': 'x', 'x-forwarded-for': `203.0.113.${++ip % 250}` }),
}))

beforeAll(truncateAll)
afterAll(truncateAll)
beforeEach(() => signInAs(null))

let n = 0
describe('a tampered event slug', () => {
  it('registering: a missing page, as for an unknown event, and nothing saved or sent', async () => {
    const event = await publishedEvent()
    const register = (slug: string) =>
      registerForEventAction(null, formOf({ event: slug, ...person(`tampered-${++n}`) }))
    expect(await outcomeOf(register('no-such-event'))).toEqual({ kind: 'not-found' })

    const before = await rowCounts([RATE_LIMIT_TABLE])
    for (const slug of tampered(event.slug)) {
      expect(await outcomeOf(register(slug)), JSON.stringify(slug)).toEqual({ kind: 'not-found' })
      await expect(
        registerForEvent({ slug, input: person(`direct-${++n}`), user: null }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
    expect(await rowCounts([RATE_LIMIT_TABLE])).toEqual(before)

    expect(await outcomeOf(register(event.slug))).toMatchObject({ kind: 'state', state: { sent: true } })
  })

  it('the page after cancelling (/events/cancelled?event=) finds no event rather than failing', async () => {
    const event = await publishedEvent()
    expect(await getPublishedEvent(event.slug)).toMatchObject({ slug: event.slug })
    for (const slug of tampered(event.slug))
      expect(await getPublishedEvent(slug), JSON.stringify(slug)).toBeNull()
  })
})
