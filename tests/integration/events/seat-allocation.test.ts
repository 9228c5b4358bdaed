// Decision 0020: the seat decision is atomic. 50 people registering at once for the last 10 places leave exactly
// 10 more registered and 40 waiting, each once, the queue in one order; on SQLite and on PostgreSQL
// (TEST_DB=postgres), where the event's row lock is what serialises them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db, truncateAll } from '../../helpers/db'
import { registerForEvent } from '@/server/events/register-for-event'
import { cancelRegistration } from '@/server/events/cancel-registration'
import { cancelTokenIn, emailsTo, person, publishedEvent } from './fixtures'

beforeAll(truncateAll)
afterAll(truncateAll)

describe('seat allocation under concurrency', () => {
  it('50 simultaneous registrations for the last 10 places: exactly 10 registered, 40 waitlisted', async () => {
    const event = await publishedEvent({ capacity: 12 })
    for (const n of [1, 2])
      await registerForEvent({ slug: event.slug, input: person(`early-${n}`), user: null })

    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        registerForEvent({ slug: event.slug, input: person(`race-${i}`), user: null }),
      ),
    )
    const count = (o: string) => outcomes.filter((x) => x.outcome === o).length
    expect(count('REGISTERED')).toBe(10)
    expect(count('WAITLISTED')).toBe(40)

    const rows = await db.eventRegistration.findMany({
      where: { eventId: event.id },
      orderBy: { seq: 'asc' },
    })
    expect(rows.filter((r) => r.status === 'REGISTERED')).toHaveLength(12)
    expect(rows.filter((r) => r.status === 'WAITLISTED')).toHaveLength(40)
    // One queue: every position once, and everyone with a place came before everyone waiting.
    expect(new Set(rows.map((r) => r.seq)).size).toBe(52)
    const lastPlaced = Math.max(...rows.filter((r) => r.status === 'REGISTERED').map((r) => r.seq))
    const firstWaiting = Math.min(...rows.filter((r) => r.status === 'WAITLISTED').map((r) => r.seq))
    expect(lastPlaced).toBeLessThan(firstWaiting)

    // Five cancellations at once promote exactly the first five waiting, in order.
    const placed = rows.filter((r) => r.status === 'REGISTERED').slice(0, 5)
    const tokens = await Promise.all(
      placed.map(async (r) => cancelTokenIn((await emailsTo(r.email))[0]!.text)),
    )
    const results = await Promise.all(tokens.map((token) => cancelRegistration({ token })))
    expect(results.every((r) => r.state === 'cancelled')).toBe(true)
    const waiting = rows.filter((r) => r.status === 'WAITLISTED')
    const after = await db.eventRegistration.findMany({ where: { eventId: event.id } })
    const status = new Map(after.map((r) => [r.id, r.status]))
    expect(waiting.slice(0, 5).map((r) => status.get(r.id))).toEqual(Array(5).fill('REGISTERED'))
    expect(waiting.slice(5).every((r) => status.get(r.id) === 'WAITLISTED')).toBe(true)
    expect(after.filter((r) => r.status === 'REGISTERED')).toHaveLength(12)
  }, 60_000)

  it('the same address registering 10 times at once gets one registration', async () => {
    const event = await publishedEvent({ capacity: 3 })
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, () =>
        registerForEvent({ slug: event.slug, input: person('twin'), user: null }),
      ),
    )
    expect(outcomes.filter((o) => o.outcome === 'REGISTERED')).toHaveLength(1)
    expect(outcomes.filter((o) => o.outcome === 'ALREADY_REGISTERED')).toHaveLength(9)
    expect(await db.eventRegistration.count({ where: { eventId: event.id } })).toBe(1)
  }, 30_000)
})
