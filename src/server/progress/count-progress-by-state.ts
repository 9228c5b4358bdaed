import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'

export type StateProgress = {
  state: string
  members: number
  /** Approved signatories per campaign slug. */
  signatories: Record<string, number>
  /** Members with an active emissions target. */
  withTargets: number
  /** Members with at least one verified progress report. */
  verifiedReporting: number
  /** Members whose stored compliance stage is the last one (refreshed daily by the compliance engine). */
  compliant: number
}

async function load(): Promise<StateProgress[]> {
  const member = { isMember: true }
  const [members, pledges, withTargets, reporting, compliant, campaigns] = await Promise.all([
    db.municipality.groupBy({ by: ['state'], where: member, _count: { _all: true } }),
    db.pledge.findMany({
      where: { status: 'APPROVED' },
      select: { campaignId: true, municipality: { select: { state: true } } },
    }),
    db.municipality.groupBy({
      by: ['state'],
      where: { ...member, targets: { some: { status: 'ACTIVE' } } },
      _count: { _all: true },
    }),
    db.municipality.groupBy({
      by: ['state'],
      where: { ...member, reports: { some: { status: 'VERIFIED' } } },
      _count: { _all: true },
    }),
    db.municipality.groupBy({
      by: ['state'],
      where: { ...member, complianceStage: 'ACTION_PLANS' },
      _count: { _all: true },
    }),
    db.campaign.findMany({ select: { id: true, slug: true } }),
  ])
  const slugOf = new Map(campaigns.map((c) => [c.id, c.slug]))
  const rows = new Map<string, StateProgress>()
  const row = (state: string) => {
    let r = rows.get(state)
    if (!r) {
      r = { state, members: 0, signatories: {}, withTargets: 0, verifiedReporting: 0, compliant: 0 }
      rows.set(state, r)
    }
    return r
  }
  for (const g of members) row(g.state).members = g._count._all
  for (const g of withTargets) row(g.state).withTargets = g._count._all
  for (const g of reporting) row(g.state).verifiedReporting = g._count._all
  for (const g of compliant) row(g.state).compliant = g._count._all
  for (const p of pledges) {
    const r = row(p.municipality.state)
    const slug = slugOf.get(p.campaignId) ?? ''
    r.signatories[slug] = (r.signatories[slug] ?? 0) + 1
  }
  return [...rows.values()].sort((a, b) => a.state.localeCompare(b.state))
}

/** The network state by state: members, signatories per campaign, targets, verified reporting, compliance. */
export const countProgressByState = unstable_cache(load, ['progress-by-state', 'v1'], {
  tags: [tags.network, tags.members, tags.campaigns],
  revalidate: 3600,
})
