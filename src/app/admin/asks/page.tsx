import type { Metadata } from 'next'
import Link from 'next/link'
import { StatusNote } from '@/components/ui/status-note'
import { formatDate } from '@/lib/format'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { listAskCommentsToModerate } from '@/server/asks/list-ask-comments-to-moderate'
import { AccessDenied } from '../access-denied'
import { moderateAskCommentAction } from './actions'

export const metadata: Metadata = { title: 'Ask comments to moderate' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const BANNERS: Record<string, string> = {
  approve: 'The comment has been approved: it shows on the petition’s page now.',
  reject: 'The comment has been rejected. The signature still counts.',
  handled: 'That comment had already been moderated.',
}

export default async function AskCommentsPage({ searchParams }: Props) {
  if (!(await requirePagePermission('ask.moderate', '/admin/asks'))) return <AccessDenied staff />
  const q = await searchParams
  const key = typeof q.done === 'string' ? q.done : typeof q.problem === 'string' ? q.problem : ''
  const banner = BANNERS[key]
  const { rows, total } = await listAskCommentsToModerate()
  return (
    <div>
      <h1 className="text-3xl">Ask comments to moderate</h1>
      {banner && <StatusNote className="mt-6">{banner}</StatusNote>}
      <p className="mt-4 max-w-3xl">
        Comments residents wrote when they signed a petition asking their council to join, oldest first; only
        confirmed signatures’ comments are here. Approve what may be shown in public with the signer’s name;
        reject abuse, personal details and advertising (the signature still counts).
      </p>
      <p className="mt-2">{total === 1 ? '1 comment is waiting.' : `${total} comments are waiting.`}</p>
      {rows.length === 0 ? (
        <p className="mt-6">No comment is waiting.</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {rows.map((r) => (
            <li key={r.id} className="rounded border-2 border-gray-300 p-4">
              <h2 className="text-xl">
                {r.name} asks{' '}
                <Link href={`/asks/${r.municipality.slug}/${r.campaign.slug}`}>
                  {r.municipality.name}, {r.municipality.state}
                </Link>{' '}
                to join {r.campaign.shortName}
              </h2>
              <blockquote className="mt-2 whitespace-pre-line border-l-4 border-gray-300 pl-4">
                {r.comment}
              </blockquote>
              <p className="mt-2 text-muted">Confirmed {r.confirmedAt ? formatDate(r.confirmedAt) : ''}</p>
              <form action={moderateAskCommentAction} className="mt-4 flex flex-wrap gap-4">
                <input type="hidden" name="signatureId" value={r.id} />
                <button
                  type="submit"
                  name="decision"
                  value="approve"
                  className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
                >
                  Approve<span className="sr-only"> the comment of {r.name}</span>
                </button>
                <button
                  type="submit"
                  name="decision"
                  value="reject"
                  className="rounded border-2 border-red-700 px-5 py-2 font-semibold text-red-800"
                >
                  Reject<span className="sr-only"> the comment of {r.name}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
