import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'
import { publicPathOf } from './public-path'

export type RevisionSummary = {
  id: string
  title: string
  note: string | null
  published: boolean
  createdAt: string
  author: string
}

export type ContentPageForEdit = {
  id: string
  slug: string
  publicPath: string
  status: 'DRAFT' | 'PUBLISHED'
  publishedAt: string | null
  /** What the public sees while published. */
  published: { title: string; description: string | null; body: string }
  /** The newest revision: what the editor opens with. */
  latest: { id: string | null; title: string; description: string | null; body: string; published: boolean }
  revisions: RevisionSummary[]
}

export const REVISION_HISTORY_LIMIT = 100

export const authorName = (a: { name: string | null; email: string } | null) =>
  a ? (a.name ? `${a.name} (${a.email})` : a.email) : 'Site set-up (no author)'

/** A content page with its newest revision and its history, newest first; null for an unknown id. */
export async function getContentPageForEdit({ id }: { id: string }): Promise<ContentPageForEdit | null> {
  await requirePermission('content.edit')
  const page = await db.contentPage.findUnique({
    where: { id },
    include: {
      revisions: {
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: REVISION_HISTORY_LIMIT,
        include: { author: { select: { name: true, email: true } } },
      },
    },
  })
  if (!page) return null
  const newest = page.revisions[0]
  return {
    id: page.id,
    slug: page.slug,
    publicPath: publicPathOf(page.slug),
    status: page.status,
    publishedAt: page.publishedAt?.toISOString() ?? null,
    published: { title: page.title, description: page.description, body: page.body },
    latest: newest
      ? {
          id: newest.id,
          title: newest.title,
          description: newest.description,
          body: newest.body,
          published: newest.published,
        }
      : { id: null, title: page.title, description: page.description, body: page.body, published: true },
    revisions: page.revisions.map((r) => ({
      id: r.id,
      title: r.title,
      note: r.note,
      published: r.published,
      createdAt: r.createdAt.toISOString(),
      author: authorName(r.author),
    })),
  }
}
