// The public forms whose hidden `place` names a municipality by its slug (follow a place, sign an ask), and the
// page after confirming a follow, by ?place=: a tampered slug that no slug can be (NUL, which PostgreSQL text
// cannot hold, other control characters, upper case) is answered like an unknown place, a missing page, and
// leaves every table as it was. Found by tests/integration/properties/actions.test.ts on PostgreSQL, where a
// NUL reached the query (Prisma P2039, SQLSTATE 22021: a 500). Run on SQLite and on PostgreSQL
// (TEST_DB=postgres).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { db, truncateAll } from '../../helpers/db'
import { formOf, outcomeOf } from '../../helpers/server-actions'
import { rowCounts } from '../../helpers/row-counts'
import { tamperedSlugs as tampered } from '../../helpers/tampered-slugs'
import { campaign, memberMunicipality, referencePlace } from '../../fixtures/factories'
import { RATE_LIMIT_TABLE } from '@/server/rate-limit/create-rate-limiters'
import { followPlaceAction } from '@/app/follows/actions'
import { signAskAction } from '@/app/asks/actions'
import { requestFollow } from '@/server/follows/request-follow'
import { getPlaceAsk } from '@/server/asks/get-place-ask'
import { getMemberProfile } from '@/server/municipalities/get-member-profile'
import { signAsk } from '@/server/asks/sign-ask'

// A fresh address per call, so the rate limits answer none of them.
let ip = 0
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'next-action': 'x', 'x-forwarded-for': `203.0.113.${++ip % 250}` }),
}))

beforeAll(truncateAll)
afterAll(truncateAll)

let n = 0
const email = () => `resident-${++n}@example.net`

describe('a tampered place slug in a public form', () => {
  it('following: a missing page, as for an unknown place, and nothing saved or sent', async () => {
    const place = await memberMunicipality(db)
    const follow = (slug: string) => followPlaceAction(null, formOf({ place: slug, email: email() }))
    expect(await outcomeOf(follow('no-such-place'))).toEqual({ kind: 'not-found' })

    const before = await rowCounts([RATE_LIMIT_TABLE])
    for (const slug of tampered(place.slug)) {
      expect(await outcomeOf(follow(slug)), JSON.stringify(slug)).toEqual({ kind: 'not-found' })
      await expect(requestFollow({ slug, email: email() })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
    expect(await rowCounts([RATE_LIMIT_TABLE])).toEqual(before)

    // The place's own slug still follows it.
    expect(await outcomeOf(follow(place.slug))).toMatchObject({ kind: 'state', state: { sent: true } })
  })

  it('the page after confirming (/follows/confirmed?place=) finds no place rather than failing', async () => {
    const place = await memberMunicipality(db)
    expect(await getMemberProfile({ slug: place.slug })).toMatchObject({ slug: place.slug })
    for (const slug of tampered(place.slug))
      expect(await getMemberProfile({ slug }), JSON.stringify(slug)).toBeNull()
  })

  it('signing an ask: a missing page, as for an unknown place or campaign, and nothing saved or sent', async () => {
    const place = await referencePlace(db)
    const { slug: campaignSlug } = await campaign(db, 'rc4a')
    const sign = (placeField: string, campaignField: string = campaignSlug) =>
      signAskAction(
        null,
        formOf({ place: placeField, campaign: campaignField, name: 'A Resident', email: email() }),
      )
    expect(await outcomeOf(sign('no-such-place'))).toEqual({ kind: 'not-found' })

    const before = await rowCounts([RATE_LIMIT_TABLE])
    for (const slug of tampered(place.slug)) {
      expect(await outcomeOf(sign(slug)), JSON.stringify(slug)).toEqual({ kind: 'not-found' })
      const input = { name: 'A Resident', email: email(), comment: '' }
      await expect(signAsk({ placeSlug: slug, campaignSlug, input })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      })
      // The ask's page reads the place from its URL the same way: no page rather than an error.
      expect(await getPlaceAsk(slug, campaignSlug)).toBeNull()
    }
    for (const slug of tampered(campaignSlug)) {
      expect(await outcomeOf(sign(place.slug, slug)), JSON.stringify(slug)).toEqual({ kind: 'not-found' })
      expect(await getPlaceAsk(place.slug, slug)).toBeNull()
    }
    expect(await rowCounts([RATE_LIMIT_TABLE])).toEqual(before)

    expect(await outcomeOf(sign(place.slug))).toMatchObject({ kind: 'state', state: { sent: true } })
  })
})
