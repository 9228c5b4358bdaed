import type { Metadata } from 'next'
import { StatusNote } from '@/components/ui/status-note'
import { formatDate } from '@/lib/format'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { listPendingOfficials } from '@/server/portal/list-pending-officials'
import { AccessDenied } from '../access-denied'
import { reviewOfficialAction } from './actions'

export const metadata: Metadata = { title: 'Officials to confirm' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const BANNERS: Record<string, string> = {
  confirm: 'The official has been confirmed and emailed: they can sign in now.',
  decline: 'The invitation has been declined.',
  handled: 'That invitation had already been handled.',
}

export default async function PendingOfficialsPage({ searchParams }: Props) {
  if (!(await requirePagePermission('municipality.edit', '/admin/officials'))) return <AccessDenied staff />
  const q = await searchParams
  const key = typeof q.done === 'string' ? q.done : typeof q.problem === 'string' ? q.problem : ''
  const banner = BANNERS[key]
  const pending = await listPendingOfficials()
  return (
    <div>
      <h1 className="text-3xl">Officials to confirm</h1>
      {banner && <StatusNote className="mt-6">{banner}</StatusNote>}
      <p className="mt-4 max-w-3xl">
        Colleagues invited by officials of member municipalities, oldest first. Confirm only people you can
        tie to the municipality (their email domain, a call to the inviting official).
      </p>
      {pending.length === 0 ? (
        <p className="mt-6">No invitations are waiting.</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {pending.map((p) => (
            <li key={`${p.userId}:${p.municipalityId}`} className="rounded border-2 border-gray-300 p-4">
              <h2 className="text-xl">
                {p.name ?? p.email}, {p.title ?? 'no title given'}
              </h2>
              <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
                <dt className="font-semibold">Email</dt>
                <dd>{p.email}</dd>
                <dt className="font-semibold">Municipality</dt>
                <dd>
                  {p.municipality.name}, {p.municipality.state}
                </dd>
                <dt className="font-semibold">Invited by</dt>
                <dd>
                  {p.invitedBy ? `${p.invitedBy.name ?? p.invitedBy.email} (${p.invitedBy.email})` : '—'}
                </dd>
                <dt className="font-semibold">Invited on</dt>
                <dd>{formatDate(new Date(p.invitedAt))}</dd>
              </dl>
              <form action={reviewOfficialAction} className="mt-4 flex flex-wrap gap-4">
                <input type="hidden" name="userId" value={p.userId} />
                <input type="hidden" name="municipalityId" value={p.municipalityId} />
                <button
                  type="submit"
                  name="decision"
                  value="confirm"
                  className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
                >
                  Confirm
                  <span className="sr-only">
                    {' '}
                    {p.email} for {p.municipality.name}
                  </span>
                </button>
                <button
                  type="submit"
                  name="decision"
                  value="decline"
                  className="rounded border-2 border-red-700 px-5 py-2 font-semibold text-red-800"
                >
                  Decline
                  <span className="sr-only">
                    {' '}
                    {p.email} for {p.municipality.name}
                  </span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
