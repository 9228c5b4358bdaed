import type { Metadata } from 'next'
import Link from 'next/link'
import { ListTable } from '@/components/ui/column-heads'
import { Pagination } from '@/components/ui/pagination'
import { StatusNote } from '@/components/ui/status-note'
import { formatDate, formatNumber } from '@/lib/format'
import { z } from 'zod'
import { ROLE_LABELS } from '@/schemas/users'
import { optionalParam, pageParam, parseSearchParams, type SearchParams } from '@/schemas/search-params'
import { STAFF_ROLES } from '@/server/auth/staff-roles'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { listUsers } from '@/server/users/list-users'
import { AccessDenied } from '../access-denied'
import { changeRoleAction, setActiveAction } from './actions'

export const metadata: Metadata = { title: 'Users' }

type Props = { searchParams: Promise<SearchParams> }

const PROBLEMS: Record<string, string> = {
  'last-admin': 'That is the last active administrator. Make someone else an administrator first.',
  missing: 'That person could not be found.',
  pending: 'That person has not accepted their invitation yet. Invite them again instead.',
  'not-staff': 'Officials keep the official role.',
  role: 'Select a staff role.',
}
const DONE: Record<string, string> = {
  role: 'The role was changed.',
  deactivated: 'The person was deactivated and signed out everywhere.',
  reactivated: 'The person was reactivated. They sign in again.',
}

// The page, and what the last action did (carried in the query string so the banner shows without JavaScript).
const usersPageSchema = z.object({
  page: pageParam(),
  invited: optionalParam(),
  problem: optionalParam(),
  done: optionalParam(),
})

function Banner({ query }: { query: z.output<typeof usersPageSchema> }) {
  const { invited } = query
  const problem = PROBLEMS[query.problem ?? '']
  const done = DONE[query.done ?? '']
  if (problem)
    return (
      <div role="alert" className="mt-6 border-l-8 border-red-700 p-4 font-semibold">
        {problem}
      </div>
    )
  const text = invited ? `An invitation was emailed to ${invited}. The link works for 7 days.` : done
  if (!text) return null
  return <StatusNote className="mt-6">{text}</StatusNote>
}

function status(u: {
  active: boolean
  hasPassword: boolean
  role: string
  invitationExpiresAt: Date | null
}) {
  if (u.active) return 'Active'
  if (u.invitationExpiresAt && !u.hasPassword)
    return u.invitationExpiresAt > new Date()
      ? `Invited (link valid until ${formatDate(u.invitationExpiresAt)})`
      : 'Invited (link expired)'
  return 'Deactivated'
}

export default async function UsersPage({ searchParams }: Props) {
  if (!(await requirePagePermission('user.manage', '/admin/users'))) return <AccessDenied staff />
  const query = parseSearchParams(usersPageSchema, await searchParams)
  const { total, page, pageCount, users } = await listUsers({ page: query.page })
  return (
    <div>
      <h1 className="text-3xl">Users</h1>
      <Banner query={query} />
      <p className="mt-4 max-w-3xl">
        Staff sign in with a password; officials with a link sent to their email. Deactivating someone signs
        them out everywhere at once. There is always at least one active administrator.
      </p>
      <p className="mt-4">
        <Link href="/admin/users/invite">Invite someone</Link>
      </p>
      <p className="mt-6">{`${formatNumber(total)} ${total === 1 ? 'person' : 'people'}.`}</p>
      <ListTable
        caption={`Users (page ${page} of ${pageCount})`}
        headers={['Person', 'Role', 'Status', 'Actions']}
      >
        {users.map((u) => {
          const who = u.name ?? u.email
          const staff = u.role !== 'OFFICIAL'
          return (
            <tr key={u.id} className="border-b border-gray-300 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                <span className="font-semibold">{u.name ?? '(no name)'}</span>
                <span className="block break-all">{u.email}</span>
                {u.municipalities.map((m) => (
                  <span key={m.slug} className="block text-sm text-muted">
                    {`Official of ${m.name}, ${m.state}`}
                  </span>
                ))}
              </th>
              <td className="py-2 pr-4">{ROLE_LABELS[u.role]}</td>
              <td className="py-2 pr-4">{status(u)}</td>
              <td className="space-y-2 py-2">
                {staff && (
                  <form action={changeRoleAction} className="flex flex-wrap items-end gap-2">
                    <input type="hidden" name="userId" value={u.id} />
                    <label htmlFor={`role-${u.id}`} className="sr-only">
                      {`Role of ${who}`}
                    </label>
                    <select
                      id={`role-${u.id}`}
                      name="role"
                      defaultValue={u.role}
                      className="rounded border-2 border-ink px-2 py-1"
                    >
                      {STAFF_ROLES.map((r) => (
                        <option key={r} value={r}>
                          {ROLE_LABELS[r]}
                        </option>
                      ))}
                    </select>
                    <button
                      type="submit"
                      className="rounded border-2 border-brand-700 px-3 py-1 font-semibold text-brand-800"
                    >
                      Change role<span className="sr-only">{` of ${who}`}</span>
                    </button>
                  </form>
                )}
                {(u.active || u.hasPassword || !staff) && (
                  <form action={setActiveAction}>
                    <input type="hidden" name="userId" value={u.id} />
                    <input type="hidden" name="active" value={u.active ? '0' : '1'} />
                    <button
                      type="submit"
                      className="rounded border-2 border-brand-700 px-3 py-1 font-semibold text-brand-800"
                    >
                      {u.active ? 'Deactivate' : 'Reactivate'}
                      <span className="sr-only">{` ${who}`}</span>
                    </button>
                  </form>
                )}
              </td>
            </tr>
          )
        })}
      </ListTable>
      <Pagination page={page} pageCount={pageCount} basePath="/admin/users" label="User pages" />
    </div>
  )
}
