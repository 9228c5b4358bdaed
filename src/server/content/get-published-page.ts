import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'

export type PublishedPage = { slug: string; title: string; description: string | null; body: string; updatedAt: Date }

/**
 * A published content page by slug ("commitments", "home/intro", "campaigns/rc4a", ...), or null.
 * Cached under content:<slug>; editing and publishing call invalidateContent(slug).
 */
export function getPublishedPage(slug: string): Promise<PublishedPage | null> {
  return unstable_cache(
    async () =>
      db.contentPage.findFirst({
        where: { slug, status: 'PUBLISHED' },
        select: { slug: true, title: true, description: true, body: true, updatedAt: true },
      }),
    ['content-page', slug],
    { tags: [tags.content(slug)], revalidate: 3600 },
  )()
}
