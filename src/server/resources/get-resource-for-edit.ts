import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'
import { authorName, REVISION_HISTORY_LIMIT } from '@/server/content/get-content-page-for-edit'
import type { ResourceKindCode } from '@/lib/domain/resources'
import type { ResourceValues } from '@/schemas/resources'

export type ResourceRevisionSummary = {
  id: string
  note: string | null
  published: boolean
  createdAt: string
  author: string
}

export type ResourceForEdit = {
  id: string
  kind: ResourceKindCode
  slug: string
  status: 'DRAFT' | 'PUBLISHED'
  publishedAt: string | null
  /** What the form opens with: a guide's newest revision and the entry's details. */
  values: ResourceValues
  /** A guide whose newest revision is a draft not yet published. */
  draftWaiting: boolean
  file: { id: string; filename: string; size: number } | null
  revisions: ResourceRevisionSummary[]
}

/** One library entry as the edit form shows it, drafts and history included; null for an unknown id. */
export async function getResourceForEdit({ id }: { id: string }): Promise<ResourceForEdit | null> {
  await requirePermission('resource.edit')
  const r = await db.resource.findUnique({
    where: { id },
    include: {
      topics: true,
      stages: true,
      upload: { select: { id: true, filename: true, size: true } },
      revisions: {
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: REVISION_HISTORY_LIMIT,
        include: { author: { select: { name: true, email: true } } },
      },
    },
  })
  if (!r) return null
  const newest = r.revisions[0]
  const text = newest ?? r
  return {
    id: r.id,
    kind: r.kind,
    slug: r.slug,
    status: r.status,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    values: {
      kind: r.kind,
      title: text.title,
      slug: r.slug,
      summary: text.summary,
      body: text.body,
      url: r.url ?? '',
      topics: r.topics.map((t) => t.topic),
      audience: r.audience,
      membersOnly: r.membersOnly ? '1' : '',
      stages: r.stages.map((s) => s.stage),
      reviewedOn: r.reviewedOn.toISOString().slice(0, 10),
      ownerId: r.ownerId ?? '',
      note: '',
    },
    draftWaiting: r.kind === 'GUIDE' && !!newest && !newest.published,
    file: r.upload,
    revisions: r.revisions.map((v) => ({
      id: v.id,
      note: v.note,
      published: v.published,
      createdAt: v.createdAt.toISOString(),
      author: authorName(v.author),
    })),
  }
}
