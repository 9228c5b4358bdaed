import Link from 'next/link'
import { RowsTable } from '@/components/ui/rows-table'
import { Pagination } from '@/components/ui/pagination'
import { formatDate, formatNumber } from '@/lib/format'
import { stateName } from '@/lib/domain/states'
import { StateOptions } from '@/components/ui/state-options'
import type { SignatoryPage } from '@/server/campaigns/list-signatories'

type SignatoriesProps = {
  campaignSlug: string
  campaignName: string
  state: string | undefined
  result: SignatoryPage
}

/** Approved signatories with a state filter that is a plain GET form, and paging by plain links. */
export function Signatories({ campaignSlug, campaignName, state, result }: SignatoriesProps) {
  const basePath = `/campaigns/${campaignSlug}`
  const where = state ? ` in ${stateName(state)}` : ''
  const first = (result.page - 1) * result.pageSize + 1
  const last = first + result.items.length - 1
  return (
    <section aria-labelledby="signatories" className="mt-10">
      <h2 id="signatories" className="text-2xl">
        Signatories
      </h2>
      <form method="get" action={basePath} className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="state" className="block font-semibold">
            State
          </label>
          <select
            id="state"
            name="state"
            defaultValue={state ?? ''}
            className="mt-1 min-h-11 rounded border-2 border-gray-700 bg-white px-2"
          >
            <option value="">All states</option>
            <StateOptions />
          </select>
        </div>
        <button
          type="submit"
          className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          Show signatories
        </button>
        {state && (
          <Link href={`${basePath}#signatories`} className="py-2">
            Clear the filter
          </Link>
        )}
      </form>
      <p className="mt-4" role="status" data-testid="signatory-count">
        {result.total === 0
          ? `No signatories${where} yet.`
          : `${formatNumber(result.total)} ${result.total === 1 ? 'signatory' : 'signatories'}${where}` +
            (result.pageCount > 1 ? `, showing ${formatNumber(first)} to ${formatNumber(last)}.` : '.')}
      </p>
      {result.total > 0 && (
        <RowsTable
          className="mt-2"
          caption={`${campaignName} signatories${where}, page ${result.page} of ${result.pageCount}`}
          hideCaption
          columns={[
            { header: 'Municipality' },
            { header: 'State' },
            { header: 'Signed by' },
            { header: 'Committed' },
          ]}
          rows={result.items.map((r) => [
            { href: `/members/${r.municipalitySlug}`, text: r.municipalityName },
            stateName(r.state),
            r.signatoryTitle,
            formatDate(new Date(r.committedAt)),
          ])}
        />
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        basePath={basePath}
        params={{ state }}
        label="Signatory pages"
      />
    </section>
  )
}
