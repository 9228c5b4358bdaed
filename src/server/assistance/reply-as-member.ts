import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { AppError } from '@/server/errors'
import type { PortalMunicipalityRef } from '@/server/portal/find-portal-municipality'
import { checkAttachment, type AttachmentInput } from './check-attachment'
import { storeAttachment } from './store-attachment'

/**
 * An official of the request's municipality adds to its thread. Staff owe an answer again: an answered
 * request goes back to its assignee (ASSIGNED), and the 3-working-day clock starts from this reply unless an
 * earlier message is still unanswered. A closed request takes no more replies (CONFLICT): ask anew. An
 * attachment is checked by its bytes before anything changes and kept with the reply.
 */
export async function replyAsMember({
  municipality,
  requestId,
  body,
  attachment,
  now = new Date(),
}: {
  municipality: PortalMunicipalityRef
  requestId: string
  body: string
  attachment?: AttachmentInput | null
  now?: Date
}) {
  const { user } = municipality
  const checked = await checkAttachment(attachment)
  await db.$transaction(async (tx) => {
    const found = await tx.assistanceRequest.findFirst({
      where: { id: requestId, municipalityId: municipality.id },
      select: { id: true, status: true, assigneeId: true, awaitingStaffSince: true },
    })
    if (!found) throw new AppError('NOT_FOUND')
    if (found.status === 'CLOSED')
      throw new AppError(
        'CONFLICT',
        'This request is closed. Please ask for help again with a new request.',
        {
          field: 'body',
          reason: 'closed',
        },
      )
    const status = found.status === 'NEW' || !found.assigneeId ? ('NEW' as const) : ('ASSIGNED' as const)
    const moved = await tx.assistanceRequest.updateMany({
      where: { id: requestId, status: found.status },
      data: { status, awaitingStaffSince: found.awaitingStaffSince ?? now, lastActivityAt: now },
    })
    if (moved.count !== 1) throw new AppError('CONFLICT')
    const file = await storeAttachment({ tx, attachment: checked, authorId: user.id })
    await tx.assistanceMessage.create({
      data: {
        requestId,
        authorId: user.id,
        fromStaff: false,
        body,
        attachmentId: file.attachmentId,
        createdAt: now,
      },
    })
    await recordAudit({
      client: tx,
      actor: { id: user.id, label: user.email },
      action: 'assistance.member-reply',
      entityType: 'AssistanceRequest',
      entityId: requestId,
      before: { status: found.status },
      after: { status, attachment: file.audit },
    })
  })
}
