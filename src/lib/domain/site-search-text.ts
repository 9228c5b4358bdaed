import { normalizeForSearch } from '@/lib/text'
import { markdownWords } from '@/lib/markdown'
import { EVENT_TYPES, type EventTypeCode } from '@/schemas/events'

/**
 * The words a site search matches in a content page besides its title: the published description and body
 * (the words of its markdown, not the markup), normalised. Stored as ContentPage.searchText and written when a
 * version is published, so a draft's words are never found (docs/decisions/0016-full-text-search.md).
 */
export function contentPageSearchText(p: { description: string | null; body: string }): string {
  return normalizeForSearch(`${p.description ?? ''} ${markdownWords(p.body)}`)
}

type EventWords = {
  summary: string
  description: string
  type: EventTypeCode
  place: string | null
  online: boolean
}

/**
 * The words a site search matches in an event besides its title: summary, description, the type's label
 * ("study visit") and the place, or "online", as its listing shows them, normalised. Stored as Event.searchText.
 */
export function eventSearchText(e: EventWords): string {
  return normalizeForSearch(
    [e.summary, e.description, EVENT_TYPES[e.type], e.place ?? '', e.online ? 'online' : ''].join(' '),
  )
}
