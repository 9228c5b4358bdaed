import type { Metadata } from 'next'
import Link from 'next/link'
import { CodeOptions } from '@/components/ui/code-options'
import { ListTable } from '@/components/ui/column-heads'
import { Pagination } from '@/components/ui/pagination'
import { formatDate, formatNumber } from '@/lib/format'
import { STATES } from '@/lib/domain/states'
import { municipalitySearchSchema } from '@/schemas/admin-municipality'
import { parseSearchParams, type SearchParams } from '@/schemas/search-params'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { adminSearchMunicipalities } from '@/server/municipalities/admin-search-municipalities'
import { AccessDenied } from '../access-denied'

export const metadata: Metadata = { title: 'Municipalities' }

type Props = { searchParams: Promise<SearchParams> }

const inputCls = 'mt-1 block rounded border-2 border-ink px-3 py-2'

export default async function MunicipalitiesPage({ searchParams }: Props) {
  if (!(await requirePagePermission('municipality.edit', '/admin/municipalities')))
    return <AccessDenied staff />
  const input = parseSearchParams(municipalitySearchSchema, await searchParams)
  const { total, page, pageCount, filter, municipalities } = await adminSearchMunicipalities(input)
  const kept = { q: filter.q, state: filter.state, members: filter.members ? '1' : undefined }
  const exportQuery = new URLSearchParams(
    Object.entries(kept).filter((e): e is [string, string] => Boolean(e[1])),
  )
  return (
    <div>
      <h1 className="text-3xl">Municipalities</h1>
      <p className="mt-4 max-w-3xl">
        Every US place, members and reference places alike. Open one to correct its facts, mark it as a member
        or merge a duplicate into it.
      </p>
      <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        <a href={`/admin/municipalities/export.csv${exportQuery.size ? `?${exportQuery}` : ''}`} download>
          Download these as CSV
        </a>
        <Link href="/admin/municipalities/import">Import a CSV file</Link>
      </p>
      <form
        method="get"
        action="/admin/municipalities"
        className="mt-6 flex flex-wrap items-end gap-4"
        role="search"
      >
        <div>
          <label htmlFor="q" className="font-semibold">
            Name
          </label>
          <input id="q" name="q" type="search" defaultValue={filter.q ?? ''} className={inputCls} />
        </div>
        <div>
          <label htmlFor="state" className="font-semibold">
            State
          </label>
          <select id="state" name="state" defaultValue={filter.state ?? ''} className={inputCls}>
            <CodeOptions options={STATES} anyLabel="All states" />
          </select>
        </div>
        <div className="flex items-center gap-2 py-2">
          <input
            id="members"
            name="members"
            type="checkbox"
            value="1"
            defaultChecked={filter.members}
            className="size-6 accent-brand-700"
          />
          <label htmlFor="members">Members only</label>
        </div>
        <button
          type="submit"
          className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          Search
        </button>
        <Link href="/admin/municipalities" className="py-2.5">
          Clear
        </Link>
      </form>
      <p className="mt-6" role="status">
        {formatNumber(total)} {total === 1 ? 'municipality' : 'municipalities'} found.
      </p>
      {municipalities.length > 0 && (
        <ListTable
          caption={`Municipalities, by name (page ${page} of ${pageCount})`}
          headers={['Name', 'State', 'County', 'Population', 'Member']}
          right={['Population']}
        >
          {municipalities.map((m) => (
            <tr key={m.id} className="border-b border-gray-300">
              <th scope="row" className="py-2 pr-4 font-normal">
                <Link href={`/admin/municipalities/${m.slug}`}>{m.name}</Link>
                <span className="block text-sm text-muted">{m.slug}</span>
              </th>
              <td className="py-2 pr-4">{m.state}</td>
              <td className="py-2 pr-4">{m.county ?? '—'}</td>
              <td className="py-2 pr-4 text-right">
                {m.population === null ? '—' : formatNumber(m.population)}
              </td>
              <td className="py-2">
                {m.isMember ? `Since ${m.memberSince ? formatDate(m.memberSince) : 'unknown date'}` : 'No'}
              </td>
            </tr>
          ))}
        </ListTable>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        basePath="/admin/municipalities"
        params={kept}
        label="Municipality pages"
      />
    </div>
  )
}
