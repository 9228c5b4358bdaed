import 'server-only'
import { db } from '@/server/db'
import { env } from '@/lib/env'
import { AppError } from '@/server/errors'
import { requirePermission } from '@/server/auth/require-permission'
import { outboxStatus, type OutboxStatus } from './outbox-status'

export type OutboxMessageDetail = {
  id: string
  to: string
  subject: string
  status: OutboxStatus
  /** The email's text, kept only in demo mode (the outbox is then the delivery). */
  text: string | null
  /** Why delivery failed, when it did. */
  error: string | null
  createdAt: string
  demoMode: boolean
}

/** One email from the outbox. ADMIN only (its text may hold a single-use link); NOT_FOUND when unknown. */
export async function getOutboxMessage({ id }: { id: string }): Promise<OutboxMessageDetail> {
  await requirePermission('outbox.view')
  const message = await db.outboxMessage.findUnique({
    where: { id },
    select: {
      id: true,
      to: true,
      subject: true,
      text: true,
      error: true,
      transport: true,
      createdAt: true,
    },
  })
  if (!message) throw new AppError('NOT_FOUND')
  const status = outboxStatus(message.transport)
  return {
    id: message.id,
    to: message.to,
    subject: message.subject,
    status,
    text: status === 'outbox' ? message.text : null,
    error: message.error,
    createdAt: message.createdAt.toISOString(),
    demoMode: !env().SMTP_URL,
  }
}
