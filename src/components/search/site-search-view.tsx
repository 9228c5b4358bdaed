import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { formatNumber } from '@/lib/format'
import { searchSite, type SiteSearchGroup } from '@/server/search/search-site'
import type { SiteSearchQuery } from '@/schemas/site-search'

export function siteSearchMetadata(): Metadata {
  return {
    title: 'Search',
    description:
      'Search the whole site: member municipalities, solutions, guides and tools, pages and events.',
    alternates: { canonical: '/search' },
  }
}

const inputClass = 'w-full max-w-xl rounded border-2 border-slate-700 px-3 py-2'

function Group<T>({
  id,
  heading,
  group,
  more,
  render,
}: {
  id: string
  heading: string
  group: SiteSearchGroup<T>
  /** The kind's own search with the same words, when it has one. */
  more?: { href: string; label: string }
  render: (item: T) => React.ReactNode
}) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-2xl">
        {heading} <span className="text-lg font-normal">({formatNumber(group.total)})</span>
      </h2>
      {group.total === 0 ? (
        <p className="mt-2">Nothing found.</p>
      ) : (
        <ul className="mt-3 space-y-3">{group.items.map(render)}</ul>
      )}
      {more && group.total > group.items.length && (
        <p className="mt-3">
          <a href={more.href}>{more.label}</a>
        </p>
      )}
    </section>
  )
}

/**
 * The site search's page for one query: a group per kind of thing, a few results each with a link to that kind's
 * own search for the rest. Rendered into the cache (decision 0010), for /search and each /search?q=… alike.
 */
export async function SiteSearchView({ query }: { query: SiteSearchQuery }) {
  const result = await searchSite(query)
  const q = encodeURIComponent(query.q)
  const total = result
    ? result.members.total +
      result.solutions.total +
      result.resources.total +
      result.pages.total +
      result.events.total
    : 0
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'Search' }]} />
      <h1 className="text-3xl">{result ? `Search results for “${query.q}”` : 'Search the site'}</h1>
      <form action="/search" method="get" role="search" aria-label="Search the site again" className="mt-6">
        <label htmlFor="search-page-q" className="block font-semibold">
          Words to search for
        </label>
        <p id="search-page-q-hint" className="text-slate-700">
          A place’s name, a hazard, a topic: like “heat”, “flood buyouts” or “Duluth”.
        </p>
        <div className="mt-2 flex flex-wrap gap-3">
          <input
            id="search-page-q"
            name="q"
            type="search"
            defaultValue={query.q}
            aria-describedby="search-page-q-hint"
            className={inputClass}
          />
          <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white">
            Search
          </button>
        </div>
      </form>
      {result && (
        <>
          <p role="status" className="mt-6">
            {total === 0
              ? 'Nothing matches all these words. Try fewer words, or another spelling.'
              : `${formatNumber(total)} ${total === 1 ? 'result' : 'results'}.`}
          </p>
          <Group
            id="found-members"
            heading="Member municipalities"
            group={result.members}
            more={{ href: `/members?q=${q}`, label: 'All matching members in the directory' }}
            render={(m) => (
              <li key={m.slug}>
                <Link href={`/members/${m.slug}`}>
                  {m.name}, {m.state}
                </Link>
              </li>
            )}
          />
          <Group
            id="found-solutions"
            heading="Solutions"
            group={result.solutions}
            more={{ href: `/solutions?q=${q}`, label: 'All matching solutions in the Solutions Gateway' }}
            render={(s) => (
              <li key={s.slug}>
                <Link href={`/solutions/${s.slug}`}>{s.title}</Link>
                <p>{s.summary}</p>
              </li>
            )}
          />
          <Group
            id="found-resources"
            heading="Guides and tools"
            group={result.resources}
            more={{ href: `/resources?q=${q}`, label: 'All matching guides and tools' }}
            render={(r) => (
              <li key={r.slug}>
                <Link href={`/resources/${r.slug}`}>{r.title}</Link>
                {r.membersOnly && ' (members only)'}
                <p>{r.summary}</p>
              </li>
            )}
          />
          <Group
            id="found-events"
            heading="Events"
            group={result.events}
            render={(e) => (
              <li key={e.slug}>
                <Link href={`/events/${e.slug}`}>{e.title}</Link>
                <p>{e.summary}</p>
              </li>
            )}
          />
          <Group
            id="found-pages"
            heading="Pages"
            group={result.pages}
            render={(p) => (
              <li key={p.path}>
                <Link href={p.path}>{p.title}</Link>
                {p.description && <p>{p.description}</p>}
              </li>
            )}
          />
        </>
      )}
    </div>
  )
}
