import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidateMunicipality } from '@/server/cache-tags'
import type { RejectionReason } from '@/server/generated/sqlite/client'
import { REJECTION_REASONS } from '@/schemas/pledge'
import { assertReviewer } from './assert-reviewer'
import { sendRejectedEmail } from './pledge-emails'
import { logger } from '@/server/log'

const log = logger('pledges')

/** Rejects a confirmed pledge with a coded reason and a note; the municipality may then sign again. */
export async function rejectPledge({
  pledgeId,
  reviewer,
  reason,
  note,
  now = new Date(),
}: {
  pledgeId: string
  reviewer: { id: string }
  reason: RejectionReason
  note?: string | null
  now?: Date
}) {
  if (!(reason in REJECTION_REASONS)) throw new AppError('INVALID_INPUT', 'Choose a reason for rejecting.')
  const cleanNote = note?.trim().slice(0, 2000) || null
  const pledge = await db.$transaction(async (tx) => {
    const staff = await assertReviewer(tx, reviewer, 'pledge.review')
    const found = await tx.pledge.findUnique({
      where: { id: pledgeId },
      include: {
        municipality: { select: { slug: true, name: true } },
        campaign: { select: { slug: true, name: true } },
      },
    })
    if (!found) throw new AppError('NOT_FOUND')
    if (found.status !== 'PENDING_REVIEW')
      throw new AppError('CONFLICT', 'Only confirmed pledges awaiting review can be rejected.')
    await tx.pledge.update({
      where: { id: pledgeId },
      data: {
        status: 'REJECTED',
        liveKey: null,
        rejectionReason: reason,
        reviewNotes: cleanNote,
        reviewedAt: now,
        reviewedById: staff.id,
      },
    })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: 'pledge.reject',
      entityType: 'Pledge',
      entityId: pledgeId,
      before: { status: found.status },
      after: { status: 'REJECTED', reason, note: cleanNote },
    })
    return found
  })
  invalidateMunicipality(pledge.municipality.slug, [pledge.campaign.slug])
  await sendRejectedEmail({
    to: pledge.email,
    signatoryName: pledge.signatoryName,
    municipalityName: pledge.municipality.name,
    campaignName: pledge.campaign.name,
    reason: REJECTION_REASONS[reason],
    note: cleanNote,
  }).catch((e) => log.error({ err: e }, 'pledge rejection email failed'))
  return { status: 'REJECTED' as const }
}
