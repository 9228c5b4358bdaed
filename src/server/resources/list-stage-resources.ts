import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import { RESOURCE_STAGE_CODES, type ResourceStageCode } from '@/lib/domain/resources'

export type StageResource = { slug: string; title: string; membersOnly: boolean }
export type StageResources = Record<ResourceStageCode, StageResource[]>

/** How many entries the city journey lists under a stage; the rest are one link away. */
export const STAGE_RESOURCES_SHOWN = 3

const KIND_ORDER = { GUIDE: 0, FILE: 1, LINK: 2 } as const

/**
 * The entries most to the point for each stage first: guides before downloads and external tools, then those
 * written for fewer stages (a guide for the inventory alone before one that touches three), then by title.
 * The library holds tens of entries: one query for all of them.
 */
async function load(): Promise<StageResources> {
  const entries = await db.resource.findMany({
    where: { status: 'PUBLISHED' },
    select: { slug: true, title: true, membersOnly: true, kind: true, stages: { select: { stage: true } } },
  })
  const ranked = entries.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.stages.length - b.stages.length ||
      a.title.localeCompare(b.title, 'en') ||
      a.slug.localeCompare(b.slug),
  )
  return Object.fromEntries(
    RESOURCE_STAGE_CODES.map((stage) => [
      stage,
      ranked
        .filter((r) => r.stages.some((s) => s.stage === stage))
        .slice(0, STAGE_RESOURCES_SHOWN)
        .map(({ slug, title, membersOnly }) => ({ slug, title, membersOnly })),
    ]),
  ) as StageResources
}

/** The first published library entries for each compliance stage, as ranked above (titles only: public). */
export const listStageResources = unstable_cache(load, ['stage-resources'], {
  tags: [tags.resources],
  revalidate: 3600,
})
