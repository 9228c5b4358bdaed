import 'server-only'
import { db } from '@/server/db'

export type PublicResourceKind = 'member' | 'solution'

const SLUG = /^[a-z0-9][a-z0-9-]{0,159}$/
const TTL_MS = 5 * 60_000
// Positive answers only: a new member must appear at once, so unknown slugs are always asked again.
const known = new Map<string, number>()

/**
 * Whether /members/<slug> or /solutions/<slug> has something to show. The proxy asks this before the page
 * renders so that unknown addresses get the server-rendered 404 page (notFound() thrown inside a page
 * sends an empty body until JavaScript runs: vercel/next.js#62228).
 */
export async function isPublishedResource({
  kind,
  slug,
}: {
  kind: PublicResourceKind
  slug: string
}): Promise<boolean> {
  if (!SLUG.test(slug)) return false
  const key = `${kind}:${slug}`
  const now = Date.now()
  if ((known.get(key) ?? 0) > now) return true
  const row =
    kind === 'member'
      ? await db.municipality.findFirst({ where: { slug, isMember: true }, select: { id: true } })
      : await db.solution.findFirst({ where: { slug, status: 'PUBLISHED' }, select: { id: true } })
  if (row) {
    if (known.size > 50_000) known.clear()
    known.set(key, now + TTL_MS)
  }
  return row !== null
}
