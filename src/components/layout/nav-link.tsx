import Link from 'next/link'
import type { ComponentProps } from 'react'

/**
 * A link of the site's navigation (the header, the footer, the staff area's sections): a client-side move when
 * clicked, like any next/link, but never prefetched. Next.js prefetches every link in view, so each page view
 * asked for about twenty pages' payloads nobody had clicked (stop 30: 213 requests in one 15-second staff flow; the
 * public pages' payloads re-rendered after every change, the staff pages rendered per request for each); a visitor
 * on a phone downloaded them all. The page a click leads to is fetched then, a cache hit for public pages.
 */
export function NavLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} />
}
