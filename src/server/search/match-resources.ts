import 'server-only'
import { matchFullText, type FullTextMatch } from './match-full-text'

export type ResourceMatch = FullTextMatch

/**
 * Published library entries whose words (title, summary, body of an open entry, topic labels:
 * Resource.searchText) contain every word of `q`, best match first, as the Solutions Gateway's search
 * (migration 20261212110000_resources_library).
 */
export function matchResources({ q, client }: Omit<Parameters<typeof matchFullText>[0], 'table'>) {
  return matchFullText({ table: 'Resource', q, client })
}
