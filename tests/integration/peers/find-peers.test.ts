// The peer finder's query and guard (src/server/peers/find-peers.ts) on a real database: the one query reads
// each member's state, population, stage, hazards from verified reports only and campaigns from approved
// pledges only; officials of another place are refused; nothing about officials reaches the result.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { signInAs } from '../../helpers/session'
import { db, truncateAll } from '../../helpers/db'
import {
  approvedPledge,
  confirmedOfficial,
  memberMunicipality,
  pendingReviewPledge,
  referencePlace,
  staffUser,
  submittedReport,
  verifiedReport,
} from '../../fixtures/factories'
import { findPeers } from '@/server/peers/find-peers'
import { parsePeerQuery } from '@/schemas/peers'

type Setup = {
  home: { id: string; slug: string }
  official: { id: string; email: string }
  otherOfficial: { id: string; email: string }
  slugs: Record<'twin' | 'neighbour' | 'far' | 'unverified', string>
}

let s: Setup

// A report of `make` (verified or submitted) naming exactly these hazards.
async function reportWith(make: typeof verifiedReport, municipalityId: string, ...codes: string[]) {
  const report = await make(db, { municipalityId })
  await db.hazardAssessment.deleteMany({ where: { reportId: report.id } })
  await db.hazardAssessment.createMany({
    data: codes.map((hazard) => ({
      reportId: report.id,
      hazard,
      riskLevel: 'HIGH' as const,
      expectedImpact: 'Heat illness.',
      vulnerableGroups: 'Older adults',
    })),
  })
}

beforeAll(async () => {
  await truncateAll()
  const home = await memberMunicipality(db, { name: 'Homeville', state: 'OH', population: 38_512 })
  await approvedPledge(db, { municipalityId: home.id, campaign: 'compact-of-mayors' })
  await reportWith(verifiedReport, home.id, 'EXTREME_HEAT', 'FLOODING_RIVERINE')
  await db.municipality.update({ where: { id: home.id }, data: { complianceStage: 'COMMITMENT' } })

  // Same state, like-sized, facing heat (verified), two stages ahead, in the same campaign.
  const twin = await memberMunicipality(db, {
    name: 'Twintown',
    state: 'OH',
    population: 41_023,
    complianceStage: 'TARGET',
  })
  await approvedPledge(db, { municipalityId: twin.id, campaign: 'compact-of-mayors' })
  await reportWith(verifiedReport, twin.id, 'EXTREME_HEAT', 'DROUGHT')
  // Same region, another campaign, only a pending pledge in ours.
  const neighbour = await memberMunicipality(db, { name: 'Neighbourton', state: 'IN', population: 70_000 })
  await approvedPledge(db, { municipalityId: neighbour.id, campaign: 'rc4a' })
  await pendingReviewPledge(db, { municipalityId: neighbour.id, campaign: 'compact-of-mayors' })
  // Far away and much larger.
  const far = await memberMunicipality(db, { name: 'Farport', state: 'CA', population: 900_000 })
  // Heat only in a report not yet verified: not a shared hazard.
  const unverified = await memberMunicipality(db, { name: 'Unverifiedburg', state: 'TX', population: 38_000 })
  await reportWith(submittedReport, unverified.id, 'EXTREME_HEAT')
  // Not a member: never listed.
  await referencePlace(db, { name: 'Outsider', state: 'OH', population: 38_500 })

  const { official } = await confirmedOfficial(db, {
    municipalityId: home.id,
    email: `home-${home.id}@city.gov`,
  })
  const { official: otherOfficial } = await confirmedOfficial(db, { municipalityId: twin.id })
  s = {
    home,
    official,
    otherOfficial,
    slugs: { twin: twin.slug, neighbour: neighbour.slug, far: far.slug, unverified: unverified.slug },
  }
})

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
})

const query = (params: Record<string, string> = {}) => parsePeerQuery(new URLSearchParams(params))

describe('findPeers', () => {
  it('ranks the other members, most alike first, each with why it matched', async () => {
    signInAs(s.official)
    const result = await findPeers({ slug: s.home.slug, query: query() })
    expect(result.municipality).toMatchObject({
      slug: s.home.slug,
      stage: 'COMMITMENT',
      hazards: expect.arrayContaining(['EXTREME_HEAT', 'FLOODING_RIVERINE']),
      campaigns: ['compact-of-mayors'],
    })
    expect(result.total).toBe(4)
    expect(result.peers.map((p) => p.slug)).toEqual([
      s.slugs.twin,
      s.slugs.neighbour,
      s.slugs.unverified,
      s.slugs.far,
    ])
    expect(result.peers[0]!.reasons).toEqual([
      'also faces extreme heat',
      'same state',
      'also in Compact of Mayors',
      '2 stages ahead of you',
      'population 41,000 vs your 38,500',
    ])
    // A pending pledge is no campaign, an unverified report no hazard.
    const neighbour = result.peers.find((p) => p.slug === s.slugs.neighbour)!
    expect(neighbour.campaigns).toEqual(['rc4a'])
    expect(neighbour.reasons).toContain('same region (the Midwest)')
    expect(result.peers.find((p) => p.slug === s.slugs.unverified)!.hazards).toEqual([])
  })

  it('filters by each criterion given in the query string', async () => {
    signInAs(s.official)
    const slugs = async (params: Record<string, string>) =>
      (await findPeers({ slug: s.home.slug, query: query(params) })).peers.map((p) => p.slug)
    expect(await slugs({ state: '1' })).toEqual([s.slugs.twin])
    expect(await slugs({ region: '1' })).toEqual([s.slugs.twin, s.slugs.neighbour])
    expect(await slugs({ hazard: 'DROUGHT' })).toEqual([s.slugs.twin])
    expect(await slugs({ campaign: '1' })).toEqual([s.slugs.twin])
    expect(await slugs({ ahead: '1' })).toEqual([s.slugs.twin])
    expect(await slugs({ population: 'gt250k' })).toEqual([s.slugs.far])
    expect(await slugs({ population: 'near', state: '1' })).toEqual([s.slugs.twin])
    // A bad value is no filter, never an error.
    expect(await slugs({ hazard: 'LAVA', population: '1e9', page: '-3' })).toHaveLength(4)
  })

  it('holds no official, email or phone in what it returns', async () => {
    signInAs(s.official)
    const text = JSON.stringify(await findPeers({ slug: s.home.slug, query: query() }))
    expect(text).not.toContain('@')
    expect(text).not.toContain(s.otherOfficial.email)
  })

  it('refuses an official of another place, an anonymous visitor and a moderator', async () => {
    signInAs(s.otherOfficial)
    await expect(findPeers({ slug: s.home.slug, query: query() })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    signInAs(null)
    await expect(findPeers({ slug: s.home.slug, query: query() })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    })
    signInAs(await staffUser(db, 'MODERATOR'))
    await expect(findPeers({ slug: s.home.slug, query: query() })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
  })

  it('lets an admin (staff support) see the page of any member', async () => {
    signInAs(await staffUser(db, 'ADMIN'))
    expect((await findPeers({ slug: s.home.slug, query: query() })).total).toBe(4)
  })
})
