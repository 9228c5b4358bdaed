import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'

export const FEED_SIZE = 50

export type FeedEntry = {
  kind: 'signatory' | 'report'
  id: string
  title: string
  summary: string
  updated: string // ISO
  municipalitySlug: string
}

async function load(): Promise<FeedEntry[]> {
  const place = { select: { slug: true, name: true, state: true } }
  const [pledges, reports] = await Promise.all([
    db.pledge.findMany({
      where: { status: 'APPROVED', commitmentDate: { not: null } },
      orderBy: [{ commitmentDate: 'desc' }, { id: 'desc' }],
      take: FEED_SIZE,
      select: {
        id: true,
        commitmentDate: true,
        signatoryName: true,
        signatoryTitle: true,
        campaign: { select: { name: true } },
        municipality: place,
      },
    }),
    db.progressReport.findMany({
      where: { status: 'VERIFIED', verifiedAt: { not: null } },
      orderBy: [{ verifiedAt: 'desc' }, { id: 'desc' }],
      take: FEED_SIZE,
      select: { id: true, accountingYear: true, verifiedAt: true, municipality: place },
    }),
  ])
  const entries: FeedEntry[] = [
    ...pledges.map((p) => ({
      kind: 'signatory' as const,
      id: `pledge:${p.id}`,
      title: `${p.municipality.name}, ${p.municipality.state} joined ${p.campaign.name}`,
      summary: `${p.signatoryName} (${p.signatoryTitle}) signed the ${p.campaign.name} pledge for ${p.municipality.name}.`,
      updated: (p.commitmentDate as Date).toISOString(),
      municipalitySlug: p.municipality.slug,
    })),
    ...reports.map((r) => ({
      kind: 'report' as const,
      id: `report:${r.id}`,
      title: `${r.municipality.name}, ${r.municipality.state}: ${r.accountingYear} progress report verified`,
      summary: `The ${r.accountingYear} progress report of ${r.municipality.name} was verified and is now public.`,
      updated: (r.verifiedAt as Date).toISOString(),
      municipalitySlug: r.municipality.slug,
    })),
  ]
  return entries.toSorted((a, b) => b.updated.localeCompare(a.updated)).slice(0, FEED_SIZE)
}

/** The newest 50 events for the Atom feed: approved pledges (new signatories) and verified reports. */
export const listFeedEntries = unstable_cache(load, ['feed-entries'], {
  tags: [tags.network],
  revalidate: 3600,
})
