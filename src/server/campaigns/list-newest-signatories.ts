import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'

export type NewestSignatory = {
  id: string
  municipalitySlug: string
  municipalityName: string
  state: string
  campaignSlug: string
  campaignShortName: string
  /** ISO date the commitment was approved. */
  committedAt: string
}

async function load(limit: number): Promise<NewestSignatory[]> {
  const rows = await db.pledge.findMany({
    where: { status: 'APPROVED' },
    orderBy: [{ commitmentDate: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    take: limit,
    select: {
      id: true,
      signedAt: true,
      commitmentDate: true,
      municipality: { select: { slug: true, name: true, state: true } },
      campaign: { select: { slug: true, shortName: true } },
    },
  })
  return rows.map((r) => ({
    id: r.id,
    municipalitySlug: r.municipality.slug,
    municipalityName: r.municipality.name,
    state: r.municipality.state,
    campaignSlug: r.campaign.slug,
    campaignShortName: r.campaign.shortName,
    committedAt: (r.commitmentDate ?? r.signedAt).toISOString(),
  }))
}

/** The most recently approved pledges across all campaigns, newest first. */
export function listNewestSignatories({ limit = 8 }: { limit?: number } = {}): Promise<NewestSignatory[]> {
  return unstable_cache(() => load(limit), ['newest-signatories', String(limit)], {
    tags: [tags.network, tags.campaigns],
    revalidate: 3600,
  })()
}
