import 'server-only'
import { unstable_cache } from 'next/cache'
import { tags } from '@/server/cache-tags'
import { loadPublicGroups, reviveGroup, type PublicGroup } from './list-public-groups'

/** One group's public facts by its slug (cached under `group:<slug>` and `groups`), or null. */
export async function getPublicGroup(slug: string): Promise<PublicGroup | null> {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null
  const rows = await unstable_cache(() => loadPublicGroups({ slug }), ['public-group', slug], {
    tags: [tags.group(slug), tags.groups],
    revalidate: 3600,
  })()
  return rows[0] ? reviveGroup(rows[0]) : null
}
