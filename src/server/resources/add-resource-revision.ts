import 'server-only'
import type { ResourceInput } from '@/schemas/resources'
import type { Tx } from './resource-fields'

/** A guide's text as a revision: drafts until published (history is never rewritten). */
export function addResourceRevision(
  tx: Tx,
  {
    resourceId,
    input,
    authorId,
    now,
    published = false,
  }: {
    resourceId: string
    input: Pick<ResourceInput, 'title' | 'summary' | 'body' | 'note'>
    authorId: string
    now: Date
    published?: boolean
  },
) {
  return tx.resourceRevision.create({
    data: {
      resourceId,
      title: input.title,
      summary: input.summary,
      body: input.body,
      note: input.note,
      authorId,
      published,
      createdAt: now,
    },
    select: { id: true },
  })
}
