import 'server-only'
import { unstable_cache } from 'next/cache'
import { tags } from '@/server/cache-tags'
import { isSlug } from '@/lib/text'
import { loadPublishedEvents, revive, type PublicEvent } from './list-published-events'

/**
 * One published event by its slug (cached like the list), or null. The slug may come from a query string
 * (/events/cancelled?event=): text that is not a slug is not looked up or cached.
 */
export async function getPublishedEvent(slug: string): Promise<PublicEvent | null> {
  if (!isSlug(slug)) return null
  const rows = await unstable_cache(() => loadPublishedEvents({ slug }), ['published-event', slug], {
    tags: [tags.events],
    revalidate: 3600,
  })()
  return rows[0] ? revive(rows[0]) : null
}
