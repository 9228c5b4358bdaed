import Link from 'next/link'
import { STATES } from '@/lib/domain/states'
import { CodeOptions } from '@/components/ui/code-options'
import {
  COMPLIANCE_STAGES,
  DEFAULT_SORT_DIRECTION,
  DIRECTORY_CAMPAIGNS,
  DIRECTORY_SORTS,
  POPULATION_BANDS,
  type DirectoryQuery,
} from '@/schemas/directory'

const fieldCls = 'mt-1 block w-full rounded border border-gray-500 bg-white px-2 py-2'

type SelectProps = {
  name: string
  label: string
  value: string | undefined
  options: Record<string, string>
  anyLabel?: string
}

function Select({ name, label, value, options, anyLabel }: SelectProps) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ''} className={fieldCls}>
        <CodeOptions options={options} anyLabel={anyLabel} />
      </select>
    </div>
  )
}

const SORT_DIRECTIONS = {
  asc: 'Ascending (A to Z, smallest first)',
  desc: 'Descending (Z to A, largest first)',
}

const label = <T extends Record<string, { label: string }>>(o: T) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.label]))

/** The directory's GET form: every choice lands in the URL, so it works without JavaScript and can be shared. */
export function DirectoryFilters({ query }: { query: DirectoryQuery }) {
  return (
    <form method="get" action="/members" role="search" aria-label="Member directory" className="mt-6">
      <div className="grid gap-4 md:grid-cols-3">
        <div className="md:col-span-3">
          <label htmlFor="filter-q" className="font-semibold">
            Municipality name
          </label>
          <p id="filter-q-hint" className="text-sm text-muted">
            Part of a name is enough, for example “spring” finds Springfield.
          </p>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={query.q}
            aria-describedby="filter-q-hint"
            autoComplete="off"
            className={fieldCls}
          />
        </div>
        <Select name="state" label="State" value={query.state} options={STATES} anyLabel="All states" />
        <Select
          name="campaign"
          label="Campaign"
          value={query.campaign}
          options={DIRECTORY_CAMPAIGNS}
          anyLabel="All campaigns"
        />
        <Select
          name="population"
          label="Population"
          value={query.population}
          options={label(POPULATION_BANDS)}
          anyLabel="Any population"
        />
        <Select
          name="stage"
          label="Compliance stage reached"
          value={query.stage}
          options={COMPLIANCE_STAGES}
          anyLabel="Any stage"
        />
        <Select name="sort" label="Sort by" value={query.sort} options={DIRECTORY_SORTS} />
        <Select
          name="dir"
          label="Order"
          value={query.dir === DEFAULT_SORT_DIRECTION[query.sort] ? undefined : query.dir}
          options={SORT_DIRECTIONS}
          anyLabel="Usual order for the sort"
        />
        <div className="flex items-end pb-2">
          <input
            id="filter-overdue"
            name="overdue"
            type="checkbox"
            value="1"
            defaultChecked={query.overdue}
            className="size-6"
          />
          <label htmlFor="filter-overdue" className="ml-2">
            Only with an overdue stage
          </label>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Search
        </button>
        <Link href="/members">Clear filters</Link>
      </div>
    </form>
  )
}
