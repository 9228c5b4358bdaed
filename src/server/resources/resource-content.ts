import 'server-only'
import { db } from '@/server/db'
import type { Prisma } from '@/server/generated/sqlite/client'

/** What only readers of an entry get: a guide's text, a file's name, type and size, a link's address. */
export type ResourceContent = {
  body: string // markdown (a guide's text; a file's or link's notes)
  url: string | null
  file: { filename: string; contentType: string; size: number } | null
}

const contentSelect = {
  body: true,
  url: true,
  upload: { select: { filename: true, contentType: true, size: true } },
} satisfies Prisma.ResourceSelect

export const toContent = (
  r: Prisma.ResourceGetPayload<{ select: typeof contentSelect }>,
): ResourceContent => ({
  body: r.body,
  url: r.url,
  file: r.upload,
})

export { contentSelect }

/** A published entry's content by slug, whoever asks: callers decide who may read it. */
export async function loadResourceContent(slug: string): Promise<ResourceContent | null> {
  const r = await db.resource.findFirst({ where: { slug, status: 'PUBLISHED' }, select: contentSelect })
  return r && toContent(r)
}
