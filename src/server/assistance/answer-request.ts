import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { AppError } from '@/server/errors'
import { assertReviewer } from '@/server/pledges/assert-reviewer'
import { sendAssistanceAnswerEmail } from './assistance-emails'
import { checkAttachment, type AttachmentInput } from './check-attachment'
import { storeAttachment } from './store-attachment'

/**
 * Staff answer a request: the answer joins the thread, the request waits on the member (WAITING_ON_MEMBER;
 * the 3-working-day clock stops), its first answer is dated, an unassigned request becomes the answerer's,
 * and the official who asked is emailed the answer (which names an attachment; the file stays in the
 * portal). A closed request takes no answer (CONFLICT). An attachment is checked by its bytes first.
 */
export async function answerRequest({
  requestId,
  body,
  staff,
  attachment,
  now = new Date(),
}: {
  requestId: string
  body: string
  staff: { id: string }
  attachment?: AttachmentInput | null
  now?: Date
}) {
  const checked = await checkAttachment(attachment)
  const found = await db.$transaction(async (tx) => {
    const me = await assertReviewer(tx, staff, 'assistance.answer')
    const r = await tx.assistanceRequest.findUnique({
      where: { id: requestId },
      select: {
        id: true,
        topic: true,
        status: true,
        assigneeId: true,
        firstAnsweredAt: true,
        municipality: { select: { name: true, slug: true } },
        requester: { select: { email: true, name: true, active: true } },
      },
    })
    if (!r) throw new AppError('NOT_FOUND')
    if (r.status === 'CLOSED')
      throw new AppError('CONFLICT', 'This request is closed; it takes no more answers.', {
        reason: 'closed',
      })
    const data = {
      status: 'WAITING_ON_MEMBER' as const,
      assigneeId: r.assigneeId ?? me.id,
      firstAnsweredAt: r.firstAnsweredAt ?? now,
      awaitingStaffSince: null,
      lastActivityAt: now,
    }
    const moved = await tx.assistanceRequest.updateMany({ where: { id: requestId, status: r.status }, data })
    if (moved.count !== 1) throw new AppError('CONFLICT')
    const file = await storeAttachment({ tx, attachment: checked, authorId: me.id })
    await tx.assistanceMessage.create({
      data: {
        requestId,
        authorId: me.id,
        fromStaff: true,
        body,
        attachmentId: file.attachmentId,
        createdAt: now,
      },
    })
    await recordAudit({
      client: tx,
      actor: { id: me.id, label: me.email },
      action: 'assistance.answer',
      entityType: 'AssistanceRequest',
      entityId: requestId,
      before: { status: r.status, assigneeId: r.assigneeId },
      after: {
        status: data.status,
        assigneeId: data.assigneeId,
        emailed: r.requester.active,
        attachment: file.audit,
      },
    })
    return { ...r, attachment: file.audit ?? null }
  })
  if (found.requester.active)
    await sendAssistanceAnswerEmail({
      to: found.requester,
      municipalityName: found.municipality.name,
      slug: found.municipality.slug,
      requestId,
      topic: found.topic,
      answer: body,
      attachment: found.attachment,
    })
}
