import { z } from 'zod'
import {
  RESOURCE_KINDS,
  RESOURCE_STAGE_CODES,
  RESOURCE_TOPIC_CODES,
  type ResourceKindCode,
} from '@/lib/domain/resources'
import { type SearchParams, optionalEnum, pageParam, parseSearchParams, scalar } from './search-params'

export const RESOURCES_PAGE_SIZE = 20

const KIND_CODES = Object.keys(RESOURCE_KINDS) as [ResourceKindCode, ...ResourceKindCode[]]

export const resourceQuerySchema = z.object({
  q: z
    .preprocess(
      (v) =>
        String(scalar(v) ?? '')
          .trim()
          .slice(0, 200),
      z.string(),
    )
    .catch(''),
  topic: optionalEnum(RESOURCE_TOPIC_CODES as [string, ...string[]]),
  stage: optionalEnum(RESOURCE_STAGE_CODES as [string, ...string[]]),
  kind: optionalEnum(KIND_CODES),
  page: pageParam(1000),
})

/** The parsed library query (/resources): every field has a usable value whatever the URL held. */
export type ResourceQuery = z.infer<typeof resourceQuerySchema>

/** Parses URL search params; never throws. */
export function parseResourceQuery(params: SearchParams | URLSearchParams): ResourceQuery {
  return parseSearchParams(resourceQuerySchema, params)
}

/** The query parameters that express a view: only those that differ from the defaults (page included). */
export function resourceParams(query: ResourceQuery): Record<string, string | undefined> {
  return {
    q: query.q || undefined,
    topic: query.topic,
    stage: query.stage,
    kind: query.kind,
    page: query.page > 1 ? String(query.page) : undefined,
  }
}
