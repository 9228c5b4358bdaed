import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import { RESOURCE_STAGE_CODES, type ResourceStageCode } from '@/lib/domain/resources'

export type StageResource = { slug: string; title: string; membersOnly: boolean }
export type StageResources = Record<ResourceStageCode, StageResource[]>

/** How many entries the city journey lists under a stage; the rest are one link away. */
export const STAGE_RESOURCES_SHOWN = 3

async function load(): Promise<StageResources> {
  const lists = await Promise.all(
    RESOURCE_STAGE_CODES.map((stage) =>
      db.resource.findMany({
        where: { status: 'PUBLISHED', stages: { some: { stage } } },
        select: { slug: true, title: true, membersOnly: true },
        orderBy: [{ title: 'asc' }, { slug: 'asc' }],
        take: STAGE_RESOURCES_SHOWN,
      }),
    ),
  )
  return Object.fromEntries(RESOURCE_STAGE_CODES.map((s, i) => [s, lists[i]!])) as StageResources
}

/** The first published library entries for each compliance stage, by title (titles only: public). */
export const listStageResources = unstable_cache(load, ['stage-resources'], {
  tags: [tags.resources],
  revalidate: 3600,
})
