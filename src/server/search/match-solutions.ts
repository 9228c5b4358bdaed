import 'server-only'
import { matchFullText, type FullTextMatch } from './match-full-text'

export type SolutionMatch = FullTextMatch

/**
 * Published solutions whose words (title, summary, body, hazard and sector labels: Solution.searchText)
 * contain every word of `q`, best match first (migration 20261210090000_full_text_search).
 */
export function matchSolutions({ q, client }: Omit<Parameters<typeof matchFullText>[0], 'table'>) {
  return matchFullText({ table: 'Solution', q, client })
}
