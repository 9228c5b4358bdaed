import 'server-only'
import { unstable_cache } from 'next/cache'
import { tags } from '@/server/cache-tags'
import { loadPublishedEvents, revive, type PublicEvent } from './list-published-events'

/** One published event by its slug (cached like the list), or null. */
export async function getPublishedEvent(slug: string): Promise<PublicEvent | null> {
  const rows = await unstable_cache(() => loadPublishedEvents({ slug }), ['published-event', slug], {
    tags: [tags.events],
    revalidate: 3600,
  })()
  return rows[0] ? revive(rows[0]) : null
}
