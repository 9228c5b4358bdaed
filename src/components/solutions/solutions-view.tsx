import type { Metadata } from 'next'
import Link from 'next/link'
import { siteSettings } from '@/lib/site'
import { searchSolutions } from '@/server/solutions/search-solutions'
import { COST_BANDS, costBandLabel, solutionParams, type SolutionQuery } from '@/schemas/solutions'
import { HAZARDS, SOLUTION_SECTORS, hazardLabel } from '@/lib/domain/hazards'
import { formatNumber } from '@/lib/format'
import { Badge } from '@/components/ui/badge'
import { CodeOptions } from '@/components/ui/code-options'
import { Pagination } from '@/components/ui/pagination'

const description =
  'Proven local climate solutions: search by words, the hazard they address, sector and cost, and see which municipalities implemented them.'

/** The gateway's metadata; a filtered view adds noindex and keeps the list as its canonical address. */
export function solutionsMetadata(): Metadata {
  // A page's openGraph replaces the layout's whole, so the site name is given again here.
  const { siteName } = siteSettings()
  return {
    title: 'Solutions Gateway',
    description,
    alternates: { canonical: '/solutions' },
    openGraph: { title: 'Solutions Gateway', description, url: '/solutions', siteName, type: 'website' },
  }
}

/** One view of the Solutions Gateway; the same for the default page and every filtered view. */
export async function SolutionsView({ query }: { query: SolutionQuery }) {
  const result = await searchSolutions(query)
  const pageCount = Math.max(1, Math.ceil(result.total / result.pageSize))
  const filtered = Boolean(query.q || query.hazard || query.sector || query.cost)
  return (
    <>
      <h1 className="text-3xl">Solutions Gateway</h1>
      <p className="mt-4 max-w-3xl text-lg">
        Ways municipalities in the network prepare for climate hazards and cut emissions. Search by words, or
        narrow the list by hazard, sector and cost.
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
          basePath="/solutions"
          params={{ ...solutionParams(query), page: undefined }}
          label="Solutions pages"
        />
      </section>
    </>
  )
}

function countSentence(total: number, filtered: boolean): string {
  const count = total === 1 ? '1 solution' : `${formatNumber(total)} solutions`
  if (!filtered) return `${count}.`
  return `${count} ${total === 1 ? 'matches' : 'match'} your search.`
}

function SearchForm({ query }: { query: SolutionQuery }) {
  const selectCls = 'mt-1 block w-full rounded border border-gray-500 bg-white px-3 py-2'
  return (
    <form
      method="get"
      action="/solutions"
      role="search"
      aria-label="Solutions"
      className="mt-6 rounded bg-gray-50 p-4"
    >
      <div>
        <label htmlFor="q" className="block font-semibold">
          Search words
        </label>
        <input id="q" name="q" type="search" defaultValue={query.q} className={selectCls} maxLength={200} />
      </div>
      <div className="mt-4 grid gap-4 md:grid-cols-3">
        <Choice
          id="hazard"
          label="Hazard"
          value={query.hazard}
          options={HAZARDS}
          anyLabel="Any hazard"
          cls={selectCls}
        />
        <Choice
          id="sector"
          label="Sector"
          value={query.sector}
          options={SOLUTION_SECTORS}
          anyLabel="Any sector"
          cls={selectCls}
        />
        <Choice
          id="cost"
          label="Cost"
          value={query.cost}
          options={COST_BANDS}
          anyLabel="Any cost"
          cls={selectCls}
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Search solutions
        </button>
        <Link href="/solutions">Clear search and filters</Link>
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

type Item = Awaited<ReturnType<typeof searchSolutions>>['items'][number]

function ResultList({ items }: { items: Item[] }) {
  return (
    <ul className="mt-4 space-y-6">
      {items.map((s) => (
        <li key={s.slug} className="border-b border-gray-200 pb-6">
          <h3 className="text-xl">
            <a href={`/solutions/${s.slug}`}>{s.title}</a>
          </h3>
          <p className="mt-2 max-w-3xl">{s.summary}</p>
          <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <dt className="font-semibold">Hazards:</dt>
              <dd>{s.hazards.length ? s.hazards.map(hazardLabel).join(', ') : 'None listed'}</dd>
            </div>
            <div className="flex items-center gap-2">
              <dt className="font-semibold">Cost:</dt>
              <dd>
                <Badge>{costBandLabel(s.costBand)}</Badge>
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  )
}

function NoResults() {
  return (
    <div className="mt-4 max-w-3xl">
      <p className="font-semibold">No solutions match your search.</p>
      <p className="mt-2">You could:</p>
      <ul className="mt-2 list-disc pl-6">
        <li>check the spelling of your search words, or use fewer of them</li>
        <li>choose &ldquo;Any&rdquo; for one or more of the filters</li>
        <li>
          <Link href="/solutions">see all solutions</Link>
        </li>
      </ul>
    </div>
  )
}
