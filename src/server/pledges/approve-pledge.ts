import 'server-only'
import { linkOfficial } from '@/server/portal/link-official'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidateMunicipality } from '@/server/cache-tags'
import { refreshCompliance } from '@/server/compliance/refresh-compliance'
import { assertReviewer } from './assert-reviewer'
import { refreshMembership } from './refresh-membership'
import { issuePledgeToken } from './issue-pledge-token'
import { sendApprovedEmail } from './pledge-emails'
import { logger } from '@/server/log'
import { notifyAskSigners } from '@/server/asks/notify-ask-signers'
import { recordFollowEvent } from '@/server/follows/record-follow-event'

const log = logger('pledges')

/**
 * Approves a confirmed pledge: its commitment date is today, the municipality becomes a member, the
 * signatory becomes one of its officials, the public pages showing it are expired.
 */
export async function approvePledge({
  pledgeId,
  reviewer,
  now = new Date(),
}: {
  pledgeId: string
  reviewer: { id: string }
  now?: Date
}) {
  const result = await db.$transaction(async (tx) => {
    const staff = await assertReviewer(tx, reviewer, 'pledge.review')
    const pledge = await tx.pledge.findUnique({
      where: { id: pledgeId },
      include: {
        municipality: true,
        campaign: { select: { slug: true, name: true, hasCompliancePath: true } },
      },
    })
    if (!pledge) throw new AppError('NOT_FOUND')
    if (pledge.status !== 'PENDING_REVIEW')
      throw new AppError('CONFLICT', 'Only confirmed pledges awaiting review can be approved.')
    await tx.pledge.update({
      where: { id: pledgeId },
      data: { status: 'APPROVED', commitmentDate: now, reviewedAt: now, reviewedById: staff.id },
    })
    const membership = await refreshMembership(tx, pledge.municipalityId)
    // The signatory signs in later with this address; an existing account keeps its role.
    await linkOfficial(tx, {
      email: pledge.emailNormalized,
      name: pledge.signatoryName,
      title: pledge.signatoryTitle,
      municipalityId: pledge.municipalityId,
      emailVerified: pledge.confirmedAt,
    })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: 'pledge.approve',
      entityType: 'Pledge',
      entityId: pledgeId,
      before: { status: pledge.status, isMember: pledge.municipality.isMember },
      after: { status: 'APPROVED', commitmentDate: now.toISOString(), isMember: membership.isMember },
    })
    await recordFollowEvent(tx, {
      municipalityId: pledge.municipalityId,
      kind: 'PLEDGE_SIGNED',
      summary: `signed the ${pledge.campaign.name} pledge`,
      happenedAt: now,
    })
    const withdrawToken = await issuePledgeToken(tx, { pledgeId, purpose: 'WITHDRAW_PLEDGE', now })
    return { pledge, withdrawToken }
  })
  const { pledge, withdrawToken } = result
  await refreshCompliance({ municipalityId: pledge.municipalityId, now }).catch((e) =>
    log.error({ err: e }, 'compliance refresh failed'),
  )
  invalidateMunicipality(pledge.municipality.slug, [pledge.campaign.slug])
  // Residents who asked the place to join are told it has (once each; decision 0024).
  await notifyAskSigners({ municipalityId: pledge.municipalityId, campaignId: pledge.campaignId, now }).catch(
    (e) => log.error({ err: e }, 'ask signers notification failed'),
  )
  await sendApprovedEmail({
    to: pledge.email,
    signatoryName: pledge.signatoryName,
    municipalityName: pledge.municipality.name,
    municipalitySlug: pledge.municipality.slug,
    campaignName: pledge.campaign.name,
    campaignSlug: pledge.campaign.slug,
    hasCompliancePath: pledge.campaign.hasCompliancePath,
    approvedAt: now,
    withdrawToken,
  }).catch((e) => log.error({ err: e }, 'pledge approval email failed'))
  return { status: 'APPROVED' as const }
}
