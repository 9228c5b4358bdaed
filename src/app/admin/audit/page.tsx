import type { Metadata } from 'next'
import Link from 'next/link'
import { ListTable } from '@/components/ui/column-heads'
import { Pagination } from '@/components/ui/pagination'
import { formatNumber } from '@/lib/format'
import { auditFilterSchema } from '@/schemas/audit'
import { parseSearchParams, type SearchParams } from '@/schemas/search-params'
import { AccessDenied } from '../access-denied'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { listAuditEntries } from '@/server/audit/list-audit-entries'
import { listAuditKinds } from '@/server/audit/list-audit-kinds'
import { formatDateTimeUtc } from '../date-time'
import { AuditActor, AuditChange } from './audit-change'

export const metadata: Metadata = { title: 'Audit log' }

type Props = { searchParams: Promise<SearchParams> }

const inputCls = 'mt-1 block rounded border-2 border-ink px-3 py-2'

export default async function AuditLogPage({ searchParams }: Props) {
  if (!(await requirePagePermission('audit.view', '/admin/audit'))) return <AccessDenied staff />
  const filter = parseSearchParams(auditFilterSchema, await searchParams)
  const [{ total, pageCount, entries }, kinds] = await Promise.all([
    listAuditEntries(filter),
    listAuditKinds(),
  ])
  const { page, ...kept } = filter
  return (
    <div>
      <h1 className="text-3xl">Audit log</h1>
      <p className="mt-4 max-w-3xl">
        Every change made by staff and officials: who, what, when, before and after.
      </p>
      <form method="get" action="/admin/audit" className="mt-6 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="person" className="font-semibold">
            Person (email or name)
          </label>
          <input
            id="person"
            name="person"
            type="search"
            defaultValue={filter.person ?? ''}
            className={inputCls}
          />
        </div>
        <div>
          <label htmlFor="kind" className="font-semibold">
            Kind of change
          </label>
          <select id="kind" name="kind" defaultValue={filter.kind ?? ''} className={inputCls}>
            <option value="">All kinds</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {k.includes('.') ? `\u00a0\u00a0${k}` : `${k} (all)`}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="from" className="font-semibold">
            From (UTC)
          </label>
          <input id="from" name="from" type="date" defaultValue={filter.from ?? ''} className={inputCls} />
        </div>
        <div>
          <label htmlFor="to" className="font-semibold">
            To (UTC)
          </label>
          <input id="to" name="to" type="date" defaultValue={filter.to ?? ''} className={inputCls} />
        </div>
        <button
          type="submit"
          className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          Apply filters
        </button>
        <Link href="/admin/audit" className="py-2.5">
          Clear filters
        </Link>
      </form>
      <p className="mt-6" role="status">
        {formatNumber(total)} {total === 1 ? 'entry' : 'entries'} found.
      </p>
      {entries.length > 0 && (
        <ListTable
          caption={`Audit entries, newest first (page ${page} of ${pageCount})`}
          headers={['When (UTC)', 'Who', 'What changed', 'Change']}
        >
          {entries.map((e) => (
            <tr key={e.id} className="border-b border-gray-300 align-top">
              <th scope="row" className="py-2 pr-4 font-normal whitespace-nowrap">
                {formatDateTimeUtc(e.createdAt)}
              </th>
              <td className="py-2 pr-4">
                <AuditActor entry={e} />
              </td>
              <td className="py-2 pr-4">
                {e.words}{' '}
                {e.item ? (
                  <Link href={e.item.href}>{`\u201c${e.item.title}\u201d`}</Link>
                ) : (
                  <span className="text-muted">{`(${e.noun}, since deleted)`}</span>
                )}
              </td>
              <td className="py-2">
                <AuditChange entry={e} />
              </td>
            </tr>
          ))}
        </ListTable>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        basePath="/admin/audit"
        params={kept}
        label="Audit log pages"
      />
    </div>
  )
}
