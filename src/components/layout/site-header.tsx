import { NavLink } from './nav-link'
import { LogoMark } from './logo'

const sections = [
  { href: '/campaigns', label: 'Campaigns' },
  { href: '/members', label: 'Members' },
  { href: '/solutions', label: 'Solutions' },
  { href: '/resources', label: 'Guides' },
  { href: '/progress', label: 'Progress' },
  { href: '/events', label: 'Events' },
  { href: '/commitments', label: 'Commitments' },
]

export function SiteHeader({ siteName }: { siteName: string }) {
  return (
    <header className="border-b-4 border-brand-600 bg-brand-800 text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <NavLink
          href="/"
          className="flex items-center gap-3 text-lg font-bold text-white no-underline hover:text-white"
        >
          <LogoMark />
          {siteName}
        </NavLink>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-x-5 gap-y-2">
            {sections.map((s) => (
              <li key={s.href}>
                <NavLink href={s.href} className="text-white hover:text-white">
                  {s.label}
                </NavLink>
              </li>
            ))}
            <li>
              <NavLink
                href="/pledge"
                className="rounded bg-white px-3 py-1.5 font-semibold text-brand-800 no-underline hover:bg-brand-50"
              >
                Sign a pledge
              </NavLink>
            </li>
            <li>
              {/* A plain link: the header is on cached public pages, so it never depends on the session.
                  Signed in, /signin leads on to the portal or the staff area. */}
              <NavLink href="/signin" className="text-white hover:text-white">
                Sign in
              </NavLink>
            </li>
          </ul>
        </nav>
        {/* A plain GET form: works without JavaScript; /search?q=… is a cached view (decision 0010). */}
        <form
          action="/search"
          method="get"
          role="search"
          aria-label="Site"
          className="flex items-center gap-2"
        >
          <label htmlFor="site-search-q" className="sr-only">
            Search the site
          </label>
          <input
            id="site-search-q"
            name="q"
            type="search"
            placeholder="Search the site"
            className="w-44 rounded border-2 border-white bg-white px-2 py-1 text-slate-900 placeholder:text-slate-600"
          />
          <button
            type="submit"
            className="rounded border-2 border-white px-3 py-1 font-semibold text-white hover:bg-brand-700"
          >
            Search
          </button>
        </form>
      </div>
    </header>
  )
}
