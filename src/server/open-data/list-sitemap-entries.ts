import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'

export type SitemapEntries = Record<
  'campaigns' | 'members' | 'solutions' | 'resources',
  { slug: string; updatedAt: string }[]
>

const slugAndDate = { slug: true, updatedAt: true } as const

async function load(): Promise<SitemapEntries> {
  const [campaigns, members, solutions, resources] = await Promise.all([
    db.campaign.findMany({ select: slugAndDate, orderBy: { sortOrder: 'asc' } }),
    db.municipality.findMany({ where: { isMember: true }, select: slugAndDate, orderBy: { slug: 'asc' } }),
    db.solution.findMany({ where: { status: 'PUBLISHED' }, select: slugAndDate, orderBy: { slug: 'asc' } }),
    // Members-only entries are left out: their page is mostly a way to sign in.
    db.resource.findMany({
      where: { status: 'PUBLISHED', membersOnly: false },
      select: slugAndDate,
      orderBy: { slug: 'asc' },
    }),
  ])
  const plain = (rows: { slug: string; updatedAt: Date }[]) =>
    rows.map((r) => ({ slug: r.slug, updatedAt: r.updatedAt.toISOString() }))
  return {
    campaigns: plain(campaigns),
    members: plain(members),
    solutions: plain(solutions),
    resources: plain(resources),
  }
}

/** Slugs and last changes of every public page with its own address, for sitemap.xml. */
export const listSitemapEntries = unstable_cache(load, ['sitemap-entries'], {
  tags: [tags.campaigns, tags.members, tags.solutions, tags.resources],
  revalidate: 3600,
})
