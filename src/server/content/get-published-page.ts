import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'

export type PublishedPage = {
  slug: string
  title: string
  description: string | null
  body: string
  updatedAt: string
}

/**
 * A published content page by slug ("commitments", "home/intro", "campaigns/rc4a", ...), or null.
 * Cached under content:<slug>; editing and publishing call invalidateContent(slug).
 * Cached results pass through JSON, so dates travel as ISO strings.
 */
export function getPublishedPage(slug: string): Promise<PublishedPage | null> {
  return unstable_cache(
    async () => {
      const page = await db.contentPage.findFirst({
        where: { slug, status: 'PUBLISHED' },
        select: { slug: true, title: true, description: true, body: true, updatedAt: true },
      })
      return page && { ...page, updatedAt: page.updatedAt.toISOString() }
    },
    ['content-page', slug],
    { tags: [tags.content(slug)], revalidate: 3600 },
  )()
}
