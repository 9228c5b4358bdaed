import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import type { ResourceAudienceCode, ResourceKindCode, ResourceStageCode } from '@/lib/domain/resources'
import { contentSelect, toContent, type ResourceContent } from './resource-content'

export type ResourceDetail = {
  slug: string
  title: string
  summary: string
  kind: ResourceKindCode
  audience: ResourceAudienceCode
  membersOnly: boolean
  topics: string[]
  stages: ResourceStageCode[]
  reviewedOn: string
  ownerName: string | null
  updatedAt: string
  /** Null for a members-only entry: its content is read per request by a signed-in reader (readMembersResource). */
  content: ResourceContent | null
}

const STAGE_ORDER = ['COMMITMENT', 'INVENTORY', 'TARGET', 'ACTION_PLANS']

async function load(slug: string): Promise<ResourceDetail | null> {
  const r = await db.resource.findFirst({
    where: { slug, status: 'PUBLISHED' },
    select: {
      ...contentSelect,
      slug: true,
      title: true,
      summary: true,
      kind: true,
      audience: true,
      membersOnly: true,
      reviewedOn: true,
      updatedAt: true,
      owner: { select: { name: true } },
      topics: { select: { topic: true }, orderBy: { topic: 'asc' } },
      stages: { select: { stage: true } },
    },
  })
  if (!r) return null
  return {
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    kind: r.kind,
    audience: r.audience,
    membersOnly: r.membersOnly,
    topics: r.topics.map((t) => t.topic),
    stages: r.stages
      .map((s) => s.stage as ResourceStageCode)
      .toSorted((a, b) => STAGE_ORDER.indexOf(a) - STAGE_ORDER.indexOf(b)),
    reviewedOn: r.reviewedOn.toISOString(),
    ownerName: r.owner?.name ?? null,
    updatedAt: r.updatedAt.toISOString(),
    // This object is cached for every visitor: a members-only entry's content stays out of it.
    content: r.membersOnly ? null : toContent(r),
  }
}

/** A published library entry as anyone may see it (cached, tag `resources`), or null. */
export function getPublishedResource({ slug }: { slug: string }): Promise<ResourceDetail | null> {
  return unstable_cache(() => load(slug), ['published-resource', slug], {
    tags: [tags.resource(slug), tags.resources],
    revalidate: 3600,
  })()
}
