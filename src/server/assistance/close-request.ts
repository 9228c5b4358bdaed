import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { AppError } from '@/server/errors'
import { assertReviewer } from '@/server/pledges/assert-reviewer'

/** Staff close a request: no more replies on its thread, off the open queue. Closing twice: CONFLICT. */
export async function closeRequest({
  requestId,
  staff,
  now = new Date(),
}: {
  requestId: string
  staff: { id: string }
  now?: Date
}) {
  await db.$transaction(async (tx) => {
    const me = await assertReviewer(tx, staff, 'assistance.answer')
    const found = await tx.assistanceRequest.findUnique({
      where: { id: requestId },
      select: { status: true },
    })
    if (!found) throw new AppError('NOT_FOUND')
    const moved = await tx.assistanceRequest.updateMany({
      where: { id: requestId, status: { not: 'CLOSED' } },
      data: { status: 'CLOSED', closedAt: now, awaitingStaffSince: null, lastActivityAt: now },
    })
    if (moved.count !== 1)
      throw new AppError('CONFLICT', 'This request is already closed.', { reason: 'closed' })
    await recordAudit({
      client: tx,
      actor: { id: me.id, label: me.email },
      action: 'assistance.close',
      entityType: 'AssistanceRequest',
      entityId: requestId,
      before: { status: found.status },
      after: { status: 'CLOSED' },
    })
  })
}
