import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { isAppError } from '@/server/errors'
import { AccessDenied } from '../../access-denied'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { getOutboxMessage } from '@/server/outbox/get-outbox-message'
import { formatDateTimeUtc } from '../../date-time'
import { outboxStatusLabel } from '@/server/outbox/outbox-status'
import { DeliveryNotice } from '../delivery-notice'

export const metadata: Metadata = { title: 'Email' }

type Props = { params: Promise<{ id: string }> }

async function load(id: string) {
  try {
    return await getOutboxMessage({ id })
  } catch (e) {
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound()
    throw e
  }
}

export default async function OutboxMessagePage({ params }: Props) {
  const { id } = await params
  if (!(await requirePagePermission('outbox.view', `/admin/outbox/${encodeURIComponent(id)}`)))
    return <AccessDenied staff />
  const message = await load(id)
  return (
    <div>
      <p>
        <Link href="/admin/outbox">Back to the outbox</Link>
      </p>
      <h1 className="mt-4 text-3xl">{message.subject}</h1>
      <DeliveryNotice demoMode={message.demoMode} />
      <dl className="mt-6 grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">To</dt>
        <dd>{message.to}</dd>
        <dt className="font-semibold">Sent (UTC)</dt>
        <dd>{formatDateTimeUtc(message.createdAt)}</dd>
        <dt className="font-semibold">Delivery</dt>
        <dd>{outboxStatusLabel[message.status]}</dd>
        {message.error && (
          <>
            <dt className="font-semibold">Error</dt>
            <dd>{message.error}</dd>
          </>
        )}
      </dl>
      <h2 className="mt-8 text-2xl">Text of the email</h2>
      {message.text === null ? (
        <p className="mt-4 max-w-3xl">
          Not kept: this email went to its recipient alone, with any single-use link in it.
        </p>
      ) : (
        /* React escapes the text: markup in an email is shown, never run. */
        <pre className="mt-4 max-w-3xl overflow-x-auto whitespace-pre-wrap break-words rounded border-2 border-gray-300 bg-gray-50 p-4 font-mono text-sm">
          {message.text}
        </pre>
      )}
    </div>
  )
}
