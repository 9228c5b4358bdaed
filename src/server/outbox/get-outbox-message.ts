import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { requirePermission } from '@/server/auth/require-permission'

export type OutboxMessageDetail = {
  id: string
  to: string
  subject: string
  text: string
  transport: string
  createdAt: string
}

/** One email from the outbox, with its text part. ADMIN and MODERATOR; NOT_FOUND when unknown. */
export async function getOutboxMessage({ id }: { id: string }): Promise<OutboxMessageDetail> {
  await requirePermission('outbox.view')
  const message = await db.outboxMessage.findUnique({
    where: { id },
    select: { id: true, to: true, subject: true, text: true, transport: true, createdAt: true },
  })
  if (!message) throw new AppError('NOT_FOUND')
  return { ...message, createdAt: message.createdAt.toISOString() }
}
