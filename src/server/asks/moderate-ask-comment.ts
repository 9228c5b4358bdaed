import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { requirePermission } from '@/server/auth/require-permission'
import { invalidateAsk } from '@/server/cache-tags'
import type { AskCommentDecision } from '@/schemas/asks'

/**
 * A moderator approves a signature's public comment (it shows on the ask's page and in the letter) or rejects
 * it (the signature still counts). Only a pending comment of a confirmed signature can be decided: a second
 * decision is CONFLICT. Audited.
 */
export async function moderateAskComment({
  signatureId,
  decision,
  now = new Date(),
}: AskCommentDecision & { now?: Date }): Promise<{ placeSlug: string }> {
  const staff = await requirePermission('ask.moderate')
  const status = decision === 'approve' ? 'APPROVED' : 'REJECTED'
  const placeSlug = await db.$transaction(async (tx) => {
    const row = await tx.askSignature.findUnique({
      where: { id: signatureId },
      select: { status: true, commentStatus: true, municipality: { select: { slug: true } } },
    })
    if (!row || row.status !== 'CONFIRMED' || row.commentStatus === null) throw new AppError('NOT_FOUND')
    const { count } = await tx.askSignature.updateMany({
      where: { id: signatureId, commentStatus: 'PENDING' },
      data: { commentStatus: status, commentReviewedAt: now, commentReviewedById: staff.id },
    })
    if (count !== 1)
      throw new AppError('CONFLICT', 'That comment has already been moderated.', { reason: 'done' })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: `ask-comment.${decision}`,
      entityType: 'AskSignature',
      entityId: signatureId,
      before: { commentStatus: 'PENDING' },
      after: { commentStatus: status },
    })
    return row.municipality.slug
  })
  invalidateAsk(placeSlug)
  return { placeSlug }
}
