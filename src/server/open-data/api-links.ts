import 'server-only'
import { siteSettings } from '@/lib/site'

/** An absolute URL on this site, for links in the API, feed and sitemap. */
export function absoluteUrl(path: string): string {
  return `${siteSettings().siteUrl}${path}`
}

export type PaginationLinks = {
  self: string
  first: string
  last: string
  prev: string | null
  next: string | null
}

/** Links to the pages of a paginated API list, keeping its other query parameters. */
export function paginationLinks(
  path: string,
  params: Record<string, string | undefined>,
  page: number,
  totalPages: number,
): PaginationLinks {
  const href = (p: number) => {
    const query = new URLSearchParams()
    for (const [k, v] of Object.entries(params))
      if (v !== undefined && v !== '' && k !== 'page') query.set(k, v)
    if (p > 1) query.set('page', String(p))
    const qs = query.toString()
    return absoluteUrl(qs ? `${path}?${qs}` : path)
  }
  const last = Math.max(1, totalPages)
  return {
    self: href(page),
    first: href(1),
    last: href(last),
    prev: page > 1 ? href(Math.min(page - 1, last)) : null,
    next: page < last ? href(page + 1) : null,
  }
}
