// A place that has already signed a campaign says so where people look for it (the pledge form's search
// results, with its profile), and a repeat submission is answered kindly: with the profile when the pledge
// is public, and only "being processed", naming no one, while it awaits confirmation or review (issue 14, L7).
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { db, truncateAll } from '../../helpers/db'
import {
  approvedPledge,
  nextIp,
  pendingEmailPledge,
  pendingReviewPledge,
  referencePlace,
  rejectedPledge,
} from '../../fixtures/factories'
import { findSignedPlaces } from '@/server/pledges/find-signed-places'
import { submitPledge } from '@/server/pledges/submit-pledge'
import { getCurrentPledgeText } from '@/server/pledges/get-current-pledge-text'
import { GET as placeSuggestions } from '@/app/api/places/route'

// From an empty database: the campaigns are then the seeded ones (factories' campaign()), whose names the answers
// carry, not a stand-in 'rc4a' an earlier file left (the seed leaves an existing campaign as it is).
beforeAll(truncateAll)
beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
})

async function repeatFor(municipalityId: string) {
  const current = (await getCurrentPledgeText({ campaignSlug: 'rc4a' }))!
  return submitPledge({
    input: {
      campaign: 'rc4a',
      municipality: { kind: 'existing', id: municipalityId },
      signatory: {
        signatoryName: 'Sam Second',
        signatoryTitle: 'Clerk',
        email: `second-${Math.random().toString(36).slice(2)}@town.gov`,
        mandateType: 'LETTER',
      },
      pledgeTextId: current.text.id,
      agreed: current.commitments.map((c) => c.id),
    },
    ip: nextIp(),
  })
}

describe('places that have already signed', () => {
  it('the search results name the places with an approved pledge to this campaign, with their profile', async () => {
    const signed = await approvedPledge(db, { campaign: 'rc4a' })
    const compactOnly = await approvedPledge(db, { campaign: 'compact-of-mayors' })
    const pending = await pendingReviewPledge(db, { campaign: 'rc4a' })
    const rejected = await rejectedPledge(db, { campaign: 'rc4a' })
    const none = await referencePlace(db)
    const ids = [signed, compactOnly, pending, rejected].map((p) => p.municipalityId).concat(none.id)

    const { campaignShortName, signed: found } = await findSignedPlaces({
      municipalityIds: ids,
      campaignSlug: 'rc4a',
    })
    expect(campaignShortName).toBe('RC4A')
    const place = await db.municipality.findUniqueOrThrow({ where: { id: signed.municipalityId } })
    // Only the public fact: a pending pledge is not shown as signed.
    expect([...found.entries()]).toEqual([[place.id, { slug: place.slug, isMember: true }]])

    const compact = await findSignedPlaces({ municipalityIds: ids, campaignSlug: 'compact-of-mayors' })
    expect([...compact.signed.keys()]).toEqual([compactOnly.municipalityId])
    expect((await findSignedPlaces({ municipalityIds: ids, campaignSlug: 'nope' })).signed.size).toBe(0)
  })

  it('the type-ahead suggestions mark the places that have signed the pledge’s campaign', async () => {
    const signed = await approvedPledge(db, { campaign: 'rc4a' })
    const place = await db.municipality.findUniqueOrThrow({ where: { id: signed.municipalityId } })
    const suggest = async (campaign?: string) => {
      const query = new URLSearchParams({ q: place.name, state: place.state, ...(campaign && { campaign }) })
      const response = await placeSuggestions(
        new Request(`http://localhost/api/places?${query}`, { headers: { 'x-forwarded-for': nextIp() } }),
      )
      expect(response.status).toBe(200)
      const { places } = (await response.json()) as { places: { id: string; signed: boolean }[] }
      return places.find((p) => p.id === place.id)
    }
    expect(await suggest('rc4a')).toMatchObject({ signed: true })
    expect(await suggest('compact-of-mayors')).toMatchObject({ signed: false })
    expect(await suggest()).toMatchObject({ signed: false })
    // A tampered campaign names none (a NUL was a 500 on PostgreSQL, which cannot hold one in text).
    expect(await suggest('rc4a\u0000')).toMatchObject({ signed: false })
    expect(await suggest('\u0000')).toMatchObject({ signed: false })
  })

  it('a repeat for a signed place links its profile', async () => {
    const signed = await approvedPledge(db, { campaign: 'rc4a' })
    const place = await db.municipality.findUniqueOrThrow({ where: { id: signed.municipalityId } })
    expect(await repeatFor(place.id)).toEqual({
      status: 'duplicate',
      municipalityName: place.name,
      campaignName: 'Resilient Communities for America',
      signed: true,
      profilePath: `/members/${place.slug}`,
    })
  })

  it('a repeat for a place whose pledge awaits confirmation or review says only that it is being processed', async () => {
    for (const make of [pendingEmailPledge, pendingReviewPledge]) {
      const pending = await make(db, { campaign: 'rc4a' })
      const answer = await repeatFor(pending.municipalityId)
      expect(answer).toMatchObject({ status: 'duplicate', signed: false, profilePath: null })
      // Nothing about the person who signed: not their name, title or address.
      const said = JSON.stringify(answer)
      for (const secret of [pending.signatoryName, pending.signatoryTitle, pending.email])
        expect(said).not.toContain(secret)
      expect(await db.pledge.count({ where: { municipalityId: pending.municipalityId } })).toBe(1)
    }
  })
})
