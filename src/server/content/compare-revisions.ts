import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'
import { authorName } from './get-content-page-for-edit'
import { diffBody, diffShortText, type LineRow, type WordPart } from './text-diff'

export type RevisionComparison = {
  page: { id: string; slug: string }
  revision: { id: string; createdAt: string; author: string; note: string | null; published: boolean }
  latest: { id: string; createdAt: string; author: string }
  identical: boolean
  title: WordPart[]
  description: WordPart[]
  body: LineRow[]
}

/** What changed from a revision to the newest one; null when either is unknown. */
export async function compareRevisions({
  pageId,
  revisionId,
}: {
  pageId: string
  revisionId: string
}): Promise<RevisionComparison | null> {
  await requirePermission('content.edit')
  const author = { select: { name: true, email: true } }
  const [revision, latest] = await Promise.all([
    db.contentRevision.findFirst({
      where: { id: revisionId, pageId },
      include: { author, page: { select: { id: true, slug: true } } },
    }),
    db.contentRevision.findFirst({
      where: { pageId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      include: { author },
    }),
  ])
  if (!revision || !latest) return null
  const identical =
    revision.title === latest.title &&
    (revision.description ?? '') === (latest.description ?? '') &&
    revision.body === latest.body
  return {
    page: revision.page,
    revision: {
      id: revision.id,
      createdAt: revision.createdAt.toISOString(),
      author: authorName(revision.author),
      note: revision.note,
      published: revision.published,
    },
    latest: { id: latest.id, createdAt: latest.createdAt.toISOString(), author: authorName(latest.author) },
    identical,
    // Read as history: what changed from this revision to the newest one.
    title: diffShortText(revision.title, latest.title),
    description: diffShortText(revision.description ?? '', latest.description ?? ''),
    body: diffBody(revision.body, latest.body),
  }
}
