import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { AppError } from '@/server/errors'
import { rolesWith } from '@/server/auth/permissions'
import { assertReviewer } from '@/server/pledges/assert-reviewer'

/**
 * Assigns a request to a staff member who may answer it (the caller, or one they choose). A NEW request
 * becomes ASSIGNED; one waiting on the member stays so. A closed request cannot be assigned (CONFLICT).
 */
export async function assignRequest({
  requestId,
  assigneeId,
  staff,
}: {
  requestId: string
  assigneeId: string
  staff: { id: string }
}) {
  await db.$transaction(async (tx) => {
    const me = await assertReviewer(tx, staff, 'assistance.answer')
    const found = await tx.assistanceRequest.findUnique({
      where: { id: requestId },
      select: { status: true, assigneeId: true },
    })
    if (!found) throw new AppError('NOT_FOUND')
    if (found.status === 'CLOSED')
      throw new AppError('CONFLICT', 'This request is closed.', { reason: 'closed' })
    const assignee = await tx.user.findFirst({
      where: { id: assigneeId, active: true, role: { in: rolesWith('assistance.answer') } },
      select: { id: true, email: true },
    })
    if (!assignee)
      throw new AppError('INVALID_INPUT', 'Choose a staff member who answers requests.', {
        field: 'assigneeId',
      })
    const status = found.status === 'NEW' ? ('ASSIGNED' as const) : found.status
    const moved = await tx.assistanceRequest.updateMany({
      where: { id: requestId, status: found.status },
      data: { assigneeId: assignee.id, status },
    })
    if (moved.count !== 1) throw new AppError('CONFLICT')
    await recordAudit({
      client: tx,
      actor: { id: me.id, label: me.email },
      action: 'assistance.assign',
      entityType: 'AssistanceRequest',
      entityId: requestId,
      before: { status: found.status, assigneeId: found.assigneeId },
      after: { status, assigneeId: assignee.id, assignee: assignee.email },
    })
  })
}
