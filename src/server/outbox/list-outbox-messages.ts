import 'server-only'
import { db } from '@/server/db'
import { env } from '@/lib/env'
import { requirePermission } from '@/server/auth/require-permission'
import { outboxStatus, type OutboxStatus } from './outbox-status'

export const OUTBOX_PAGE_SIZE = 50

export type OutboxSummary = {
  id: string
  to: string
  subject: string
  status: OutboxStatus
  /** Why delivery failed, when it did. */
  error: string | null
  createdAt: string
}

/** The emails the site sent or would have sent, newest first. ADMIN only. */
export async function listOutboxMessages({ page = 1 }: { page?: number } = {}) {
  await requirePermission('outbox.view')
  const [total, rows] = await Promise.all([
    db.outboxMessage.count(),
    db.outboxMessage.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (Math.max(1, page) - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: { id: true, to: true, subject: true, transport: true, error: true, createdAt: true },
    }),
  ])
  const messages: OutboxSummary[] = rows.map(({ transport, ...m }) => ({
    ...m,
    status: outboxStatus(transport),
    createdAt: m.createdAt.toISOString(),
  }))
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)),
    messages,
    demoMode: !env().SMTP_URL,
  }
}
