// Library entries for the public side's tests, by state (the seed's own entries come with prisma/seed/resources.ts).
import { createHash } from 'node:crypto'
import { db, uniqueSlug } from '../../helpers/db'
import {
  resourceSearchText,
  type ResourceAudienceCode,
  type ResourceKindCode,
  type ResourceStageCode,
} from '@/lib/domain/resources'

export type ResourceSeed = {
  title: string
  summary?: string
  body?: string
  kind?: ResourceKindCode
  topics?: string[]
  stages?: ResourceStageCode[]
  audience?: ResourceAudienceCode
  membersOnly?: boolean
  url?: string
  file?: { filename: string; contentType: string; bytes: Uint8Array }
  status?: 'DRAFT' | 'PUBLISHED'
  ownerName?: string
}

/** A library entry written as staff save one: its search text from its words, its topics and stages as rows. */
export async function resource(s: ResourceSeed) {
  const fields = {
    title: s.title,
    summary: s.summary ?? `About ${s.title}.`,
    body: s.body ?? 'Start with the data you have.',
    topics: s.topics ?? [],
    membersOnly: s.membersOnly ?? false,
  }
  const upload = s.file
    ? await db.upload.create({
        data: {
          filename: s.file.filename,
          contentType: s.file.contentType,
          size: s.file.bytes.byteLength,
          sha256: createHash('sha256').update(s.file.bytes).digest('hex'),
          data: Buffer.from(s.file.bytes),
        },
      })
    : null
  const owner = s.ownerName
    ? await db.user.create({
        data: { email: `${uniqueSlug('owner')}@example.org`, name: s.ownerName, role: 'EDITOR' },
      })
    : null
  const published = (s.status ?? 'PUBLISHED') === 'PUBLISHED'
  return db.resource.create({
    data: {
      slug: uniqueSlug('guide'),
      kind: s.kind ?? (s.file ? 'FILE' : s.url ? 'LINK' : 'GUIDE'),
      title: fields.title,
      summary: fields.summary,
      body: fields.body,
      searchText: resourceSearchText(fields),
      url: s.url ?? null,
      uploadId: upload?.id ?? null,
      audience: s.audience ?? 'LOCAL_STAFF',
      membersOnly: fields.membersOnly,
      reviewedOn: new Date('2026-03-31T00:00:00Z'),
      ownerId: owner?.id ?? null,
      status: published ? 'PUBLISHED' : 'DRAFT',
      publishedAt: published ? new Date() : null,
      topics: { create: fields.topics.map((topic) => ({ topic })) },
      stages: { create: (s.stages ?? []).map((stage) => ({ stage })) },
    },
  })
}

export const publishedGuide = (s: ResourceSeed) => resource({ ...s, kind: 'GUIDE' })
export const draftGuide = (s: ResourceSeed) => resource({ ...s, kind: 'GUIDE', status: 'DRAFT' })
export const membersOnlyGuide = (s: ResourceSeed) => resource({ ...s, kind: 'GUIDE', membersOnly: true })
