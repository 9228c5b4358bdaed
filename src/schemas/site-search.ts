import { z } from 'zod'
import { type SearchParams, parseSearchParams, scalar } from './search-params'

/** The site search's query (the header's search box, /search?q=…): the words, cut at 200 characters. */
export const siteSearchQuerySchema = z.object({
  q: z
    .preprocess(
      (v) =>
        String(scalar(v) ?? '')
          .trim()
          .slice(0, 200),
      z.string(),
    )
    .catch(''),
})
export type SiteSearchQuery = z.infer<typeof siteSearchQuerySchema>

/** Parses URL search params; never throws. */
export function parseSiteSearchQuery(params: SearchParams | URLSearchParams): SiteSearchQuery {
  return parseSearchParams(siteSearchQuerySchema, params)
}
