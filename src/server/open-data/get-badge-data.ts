import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import type { ComplianceStageCode } from '@/schemas/directory'

export type BadgeData = {
  name: string
  state: string
  campaigns: { shortName: string; hasCompliancePath: boolean }[]
  complianceStage: ComplianceStageCode
  complianceOverdue: boolean
}

async function load(slug: string): Promise<BadgeData | null> {
  const m = await db.municipality.findFirst({
    where: { slug, isMember: true },
    select: {
      name: true,
      state: true,
      complianceStage: true,
      complianceOverdue: true,
      pledges: {
        where: { status: 'APPROVED' },
        select: { campaign: { select: { shortName: true, hasCompliancePath: true, sortOrder: true } } },
      },
    },
  })
  if (!m) return null
  return {
    name: m.name,
    state: m.state,
    campaigns: m.pledges
      .map((p) => p.campaign)
      .toSorted((a, b) => a.sortOrder - b.sortOrder)
      .map(({ shortName, hasCompliancePath }) => ({ shortName, hasCompliancePath })),
    complianceStage: m.complianceStage,
    complianceOverdue: m.complianceOverdue,
  }
}

/** What a member's embeddable badge shows, or null for an unknown slug or a non-member. */
export function getBadgeData({ slug }: { slug: string }): Promise<BadgeData | null> {
  return unstable_cache(() => load(slug), ['badge-data', slug], {
    tags: [tags.municipality(slug)],
    revalidate: 3600,
  })()
}
