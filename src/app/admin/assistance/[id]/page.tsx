import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { z } from 'zod'
import { Thread } from '@/components/assistance/thread'
import { buttonClass } from '@/components/content/button-styles'
import { Badge } from '@/components/ui/badge'
import { StatusNote } from '@/components/ui/status-note'
import { ASSISTANCE_STATUS_FOR_STAFF, ASSISTANCE_TOPICS, CONTACT_PREFERENCES } from '@/lib/domain/assistance'
import { optionalParam, parseSearchParams, type SearchParams } from '@/schemas/search-params'
import { isAppError } from '@/server/errors'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { getAssistanceRequest } from '@/server/assistance/get-assistance-request'
import { AccessDenied } from '../../access-denied'
import { formatDateTimeUtc } from '../../date-time'
import { assignRequestAction, closeRequestAction } from '../actions'
import { AnswerForm } from '../answer-form'

export const metadata: Metadata = { title: 'Assistance request' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }

const requestPageSchema = z.object({ done: optionalParam(), problem: optionalParam() })

const BANNERS: Record<string, string> = {
  assigned: 'The request is assigned.',
  answered: 'Your answer is on the thread and has been emailed to the official.',
}
const PROBLEMS: Record<string, string> = {
  assignee: 'Choose a staff member who answers requests.',
  closed: 'This request is closed; it cannot be changed.',
}

async function load(id: string) {
  try {
    return await getAssistanceRequest({ requestId: id })
  } catch (e) {
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound()
    throw e
  }
}

export default async function AssistanceRequestPage({ params, searchParams }: Props) {
  const { id } = await params
  if (!(await requirePagePermission('assistance.answer', `/admin/assistance/${id}`)))
    return <AccessDenied staff />
  const { done, problem } = parseSearchParams(requestPageSchema, await searchParams)
  const { me, request: r, messages, staff } = await load(id)
  const banner = (done && BANNERS[done]) ?? null
  const trouble = (problem && PROBLEMS[problem]) ?? null
  const open = r.status !== 'CLOSED'
  return (
    <div>
      <p>
        <Link href="/admin/assistance">Back to the assistance requests</Link>
      </p>
      {banner && <StatusNote className="mt-4">{banner}</StatusNote>}
      {trouble && (
        <StatusNote tone="problem" className="mt-4">
          {trouble}
        </StatusNote>
      )}
      <h1 className="mt-4 text-3xl">
        {r.municipality.name}, {r.municipality.state}: {ASSISTANCE_TOPICS[r.topic]}
      </h1>
      <dl className="mt-4 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Status</dt>
        <dd data-testid="request-status">
          {ASSISTANCE_STATUS_FOR_STAFF[r.status]}
          {r.overdue && (
            <Badge tone="danger" className="ml-2">
              Overdue
            </Badge>
          )}
        </dd>
        <dt className="font-semibold">Asked by</dt>
        <dd>
          {r.requester.name ? `${r.requester.name}, ` : ''}
          <a href={`mailto:${r.requester.email}`}>{r.requester.email}</a>
        </dd>
        <dt className="font-semibold">Prefers</dt>
        <dd>{CONTACT_PREFERENCES[r.contact]}</dd>
        <dt className="font-semibold">Asked (UTC)</dt>
        <dd>{formatDateTimeUtc(r.createdAt)}</dd>
        <dt className="font-semibold">First answered (UTC)</dt>
        <dd>{r.firstAnsweredAt ? formatDateTimeUtc(r.firstAnsweredAt) : 'Not yet'}</dd>
        {r.dueBy && (
          <>
            <dt className="font-semibold">Answer due (UTC)</dt>
            <dd>{formatDateTimeUtc(r.dueBy)}</dd>
          </>
        )}
        {r.closedAt && (
          <>
            <dt className="font-semibold">Closed (UTC)</dt>
            <dd>{formatDateTimeUtc(r.closedAt)}</dd>
          </>
        )}
        <dt className="font-semibold">Assigned to</dt>
        <dd data-testid="request-assignee">{r.assignee ?? 'No one'}</dd>
      </dl>
      <h2 className="mt-8 text-2xl">Conversation</h2>
      <Thread messages={messages} formatWhen={(iso) => `${formatDateTimeUtc(iso)} UTC`} />
      {open && (
        <>
          <section aria-labelledby="assign-heading" className="mt-8">
            <h2 id="assign-heading" className="text-2xl">
              Assign
            </h2>
            <div className="mt-4 flex flex-wrap items-end gap-6">
              {r.assigneeId !== me.id && (
                <form action={assignRequestAction}>
                  <input type="hidden" name="requestId" value={r.id} />
                  <input type="hidden" name="assigneeId" value={me.id} />
                  <button type="submit" className={buttonClass.primary}>
                    Assign to me
                  </button>
                </form>
              )}
              <form action={assignRequestAction} className="flex flex-wrap items-end gap-4">
                <input type="hidden" name="requestId" value={r.id} />
                <div>
                  <label htmlFor="assigneeId" className="block font-semibold">
                    Staff member
                  </label>
                  <select
                    id="assigneeId"
                    name="assigneeId"
                    defaultValue={r.assigneeId ?? ''}
                    className="mt-1 block rounded border-2 border-ink px-3 py-2"
                  >
                    <option value="">Choose a staff member</option>
                    {staff.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.label}
                      </option>
                    ))}
                  </select>
                </div>
                <button type="submit" className={buttonClass.secondary}>
                  Assign
                </button>
              </form>
            </div>
          </section>
          <section aria-labelledby="answer-heading" className="mt-8">
            <h2 id="answer-heading" className="text-2xl">
              Answer
            </h2>
            <AnswerForm requestId={r.id} />
          </section>
          <section aria-labelledby="close-heading" className="mt-8">
            <h2 id="close-heading" className="text-2xl">
              Close
            </h2>
            <p className="mt-2">
              Close the request when the member needs nothing more. They can no longer reply.
            </p>
            <form action={closeRequestAction} className="mt-4">
              <input type="hidden" name="requestId" value={r.id} />
              <button type="submit" className={buttonClass.secondary}>
                Close the request
              </button>
            </form>
          </section>
        </>
      )}
    </div>
  )
}
