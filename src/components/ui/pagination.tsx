type PaginationProps = {
  /** 1-based current page. */
  page: number
  pageCount: number
  /** Path the links point to, e.g. "/campaigns/rc4a". */
  basePath: string
  /** Other query parameters to keep (filters); empty values are dropped. */
  params?: Record<string, string | undefined>
  /** Query parameter holding the page number. */
  pageParam?: string
  /** Accessible name of the navigation landmark; give each pagination on a page its own. */
  label?: string
}

/** Builds the URL of one page; page 1 has no page parameter so it shares the canonical URL. */
export function pageHref(
  basePath: string,
  page: number,
  params: Record<string, string | undefined> = {},
  pageParam = 'page',
): string {
  const query = new URLSearchParams()
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== '' && k !== pageParam) query.set(k, v)
  if (page > 1) query.set(pageParam, String(page))
  const qs = query.toString()
  return qs ? `${basePath}?${qs}` : basePath
}

/** The page numbers to show: first, last, and two either side of the current one; null is a gap. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const shown = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2])
  const pages = [...shown].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b)
  const out: (number | null)[] = []
  pages.forEach((p, i) => {
    const previous = pages[i - 1]
    if (previous !== undefined && p - previous > 1) out.push(null)
    out.push(p)
  })
  return out
}

/**
 * Plain links (no JavaScript needed): previous, numbered pages, next. Nothing when one page. Not next/link: a
 * page of a list is a cached view behind the proxy's rewrite (decision 0010), and the client router reuses the
 * static default page for any query on the same path, so a client-side move to page 2 would show page 1.
 */
export function Pagination({
  page,
  pageCount,
  basePath,
  params,
  pageParam = 'page',
  label = 'Pagination',
}: PaginationProps) {
  if (pageCount <= 1) return null
  const href = (p: number) => pageHref(basePath, p, params, pageParam)
  const linkCls = 'inline-block min-w-11 px-3 py-2 text-center'
  return (
    <nav aria-label={label} className="mt-6">
      <ul className="flex flex-wrap items-center gap-1">
        {page > 1 && (
          <li>
            <a href={href(page - 1)} className={linkCls} rel="prev">
              Previous<span className="sr-only"> page</span>
            </a>
          </li>
        )}
        {pageWindow(page, pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-2">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" className={`${linkCls} rounded bg-brand-700 font-bold text-white`}>
                  <span className="sr-only">Page </span>
                  {p}
                </span>
              ) : (
                <a href={href(p)} className={linkCls}>
                  <span className="sr-only">Page </span>
                  {p}
                </a>
              )}
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <a href={href(page + 1)} className={linkCls} rel="next">
              Next<span className="sr-only"> page</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}
