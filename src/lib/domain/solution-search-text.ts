import { normalizeForSearch } from '@/lib/text'
import { hazardLabel, sectorLabel } from '@/lib/domain/hazards'

type SolutionWords = { title: string; summary: string; body: string; hazards: string[]; sectors: string[] }

/**
 * The words a Solutions Gateway search matches: title, summary, body and the labels of the solution's
 * hazards and sectors (the words its card shows), normalised. Stored as Solution.searchText, which the
 * full-text index reads (docs/decisions/0016-full-text-search.md).
 */
export function solutionSearchText(s: SolutionWords): string {
  return normalizeForSearch(
    [s.title, s.summary, s.body, ...s.hazards.map(hazardLabel), ...s.sectors.map(sectorLabel)].join(' '),
  )
}

// Words too common to narrow a search; PostgreSQL's english configuration drops these too, so both
// databases ask for the same words.
const STOP_WORDS = new Set(
  'a an and are as at be by for from has have in into is it its of on or that the their this to was were will with'.split(
    ' ',
  ),
)

/** The words of a visitor's query that a full-text search requires, normalised; [] for none. */
export function searchWords(q: string): string[] {
  return normalizeForSearch(q)
    .split(' ')
    .filter((w) => w && !STOP_WORDS.has(w))
    .slice(0, 20)
}
