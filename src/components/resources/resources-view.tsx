import type { Metadata } from 'next'
import Link from 'next/link'
import { siteSettings } from '@/lib/site'
import { searchResources, type ResourceListItem } from '@/server/resources/search-resources'
import { resourceParams, type ResourceQuery } from '@/schemas/resource-query'
import {
  RESOURCE_KINDS,
  RESOURCE_STAGES,
  RESOURCE_TOPIC_CODES,
  resourceTopicLabel,
} from '@/lib/domain/resources'
import { formatNumber } from '@/lib/format'
import { CodeOptions } from '@/components/ui/code-options'
import { Pagination } from '@/components/ui/pagination'
import { MembersOnlyBadge, ResourceFacts } from './resource-labels'

const description =
  'Guides and tools for local government staff and officials: search by words, or narrow by topic, compliance stage and kind.'

const TOPICS: Record<string, string> = Object.fromEntries(
  RESOURCE_TOPIC_CODES.map((c) => [c, resourceTopicLabel(c)]),
)

/** The library's metadata; a filtered view adds noindex and keeps the list as its canonical address. */
export function resourcesMetadata(): Metadata {
  const { siteName } = siteSettings()
  return {
    title: 'Guides and tools',
    description,
    alternates: { canonical: '/resources' },
    openGraph: { title: 'Guides and tools', description, url: '/resources', siteName, type: 'website' },
  }
}

/** One view of the guides and tools library; the same for the default page and every filtered view. */
export async function ResourcesView({ query }: { query: ResourceQuery }) {
  const result = await searchResources(query)
  const pageCount = Math.max(1, Math.ceil(result.total / result.pageSize))
  const filtered = Boolean(query.q || query.topic || query.stage || query.kind)
  return (
    <>
      <h1 className="text-3xl">Guides and tools</h1>
      <p className="mt-4 max-w-3xl text-lg">
        Guides written for local staff and officials, templates to download and public tools, for each stage
        of the compliance path. Some are for members only: signed-in officials and staff read them in full.
      </p>
      <SearchForm query={query} />
      <section aria-labelledby="results-heading" className="mt-8">
        <h2 id="results-heading" className="text-2xl">
          Results
        </h2>
        <p className="mt-2" role="status">
          {countSentence(result.total, filtered)}
        </p>
        {result.items.length === 0 ? <NoResults /> : <ResultList items={result.items} />}
        <Pagination
          page={query.page}
          pageCount={pageCount}
          basePath="/resources"
          params={{ ...resourceParams(query), page: undefined }}
          label="Guides and tools pages"
        />
      </section>
    </>
  )
}

function countSentence(total: number, filtered: boolean): string {
  const count = total === 1 ? '1 guide or tool' : `${formatNumber(total)} guides and tools`
  if (!filtered) return `${count}.`
  return `${count} ${total === 1 ? 'matches' : 'match'} your search.`
}

function SearchForm({ query }: { query: ResourceQuery }) {
  const cls = 'mt-1 block w-full rounded border border-gray-500 bg-white px-3 py-2'
  return (
    <form
      method="get"
      action="/resources"
      role="search"
      aria-label="Guides and tools"
      className="mt-6 rounded bg-gray-50 p-4"
    >
      <div>
        <label htmlFor="q" className="block font-semibold">
          Search words
        </label>
        <input id="q" name="q" type="search" defaultValue={query.q} className={cls} maxLength={200} />
      </div>
      <div className="mt-4 grid gap-4 md:grid-cols-3">
        <Choice
          id="topic"
          label="Topic"
          value={query.topic}
          options={TOPICS}
          anyLabel="Any topic"
          cls={cls}
        />
        <Choice
          id="stage"
          label="Compliance stage"
          value={query.stage}
          options={RESOURCE_STAGES}
          anyLabel="Any stage"
          cls={cls}
        />
        <Choice
          id="kind"
          label="Kind"
          value={query.kind}
          options={RESOURCE_KINDS}
          anyLabel="Any kind"
          cls={cls}
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Search guides and tools
        </button>
        <Link href="/resources">Clear search and filters</Link>
      </div>
    </form>
  )
}

type ChoiceProps = {
  id: string
  label: string
  value: string | undefined
  options: Record<string, string>
  anyLabel: string
  cls: string
}

function Choice({ id, label, value, options, anyLabel, cls }: ChoiceProps) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value ?? ''} className={cls}>
        <CodeOptions options={options} anyLabel={anyLabel} />
      </select>
    </div>
  )
}

function ResultList({ items }: { items: ResourceListItem[] }) {
  return (
    <ul className="mt-4 space-y-6">
      {items.map((r) => (
        <li key={r.slug} className="border-b border-gray-200 pb-6">
          <h3 className="text-xl">
            <a href={`/resources/${r.slug}`}>{r.title}</a>
            {r.membersOnly && (
              <>
                {' '}
                <MembersOnlyBadge />
              </>
            )}
          </h3>
          <p className="mt-2 max-w-3xl">{r.summary}</p>
          <ResourceFacts r={r} className="mt-3" />
        </li>
      ))}
    </ul>
  )
}

function NoResults() {
  return (
    <div className="mt-4 max-w-3xl">
      <p className="font-semibold">No guides or tools match your search.</p>
      <p className="mt-2">You could:</p>
      <ul className="mt-2 list-disc pl-6">
        <li>check the spelling of your search words, or use fewer of them</li>
        <li>choose &ldquo;Any&rdquo; for one or more of the filters</li>
        <li>
          <Link href="/resources">see all guides and tools</Link>
        </li>
      </ul>
    </div>
  )
}
