import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'

export type NetworkFigures = {
  members: number
  states: number
  campaigns: { slug: string; name: string; shortName: string; tagline: string; signatories: number }[]
  verifiedReports: number
  demoDataPresent: boolean
}

async function load(): Promise<NetworkFigures> {
  const [members, states, campaigns, signatoryCounts, verifiedReports, demo] = await Promise.all([
    db.municipality.count({ where: { isMember: true } }),
    db.municipality.groupBy({ by: ['state'], where: { isMember: true } }),
    db.campaign.findMany({
      orderBy: { sortOrder: 'asc' },
      select: { id: true, slug: true, name: true, shortName: true, tagline: true },
    }),
    db.pledge.groupBy({ by: ['campaignId'], where: { status: 'APPROVED' }, _count: { _all: true } }),
    db.progressReport.count({ where: { status: 'VERIFIED' } }),
    db.municipality.findFirst({ where: { isDemo: true }, select: { id: true } }),
  ])
  const counts = new Map(signatoryCounts.map((c) => [c.campaignId, c._count._all]))
  return {
    members,
    states: states.length,
    campaigns: campaigns.map(({ id, ...c }) => ({ ...c, signatories: counts.get(id) ?? 0 })),
    verifiedReports,
    demoDataPresent: demo !== null,
  }
}

/** Live network figures for the home page, cached until a pledge or report changes them. */
export const getNetworkFigures = unstable_cache(load, ['network-figures'], {
  tags: [tags.network],
  revalidate: 3600,
})
