import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'
import { publicPathOf } from './public-path'

export type ContentPageSummary = {
  id: string
  slug: string
  title: string
  status: 'DRAFT' | 'PUBLISHED'
  publicPath: string
  updatedAt: string
  /** The newest revision is a draft not yet published. */
  hasUnpublishedDraft: boolean
}

/** Every editable page, by slug, for editors; checks the permission itself. */
export async function listContentPages(): Promise<ContentPageSummary[]> {
  await requirePermission('content.edit')
  const pages = await db.contentPage.findMany({
    orderBy: { slug: 'asc' },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      updatedAt: true,
      revisions: {
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 1,
        select: { published: true, createdAt: true },
      },
    },
  })
  return pages.map(({ revisions, ...p }) => ({
    ...p,
    publicPath: publicPathOf(p.slug),
    updatedAt: (revisions[0]?.createdAt ?? p.updatedAt).toISOString(),
    hasUnpublishedDraft: revisions[0] ? !revisions[0].published : false,
  }))
}
