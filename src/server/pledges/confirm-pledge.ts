import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { spendPledgeToken } from './spend-pledge-token'
import type { PledgeTokenState } from '@/server/tokens/get-pledge-token'

export type ConfirmPledgeResult =
  | { state: 'confirmed'; municipalityName: string; campaignName: string }
  | { state: Exclude<PledgeTokenState, 'valid'> }

/** Confirms the signatory's email from the link's token: the pledge then waits for staff review. */
export async function confirmPledge({
  token,
  now = new Date(),
}: {
  token: string
  now?: Date
}): Promise<ConfirmPledgeResult> {
  return db.$transaction(async (tx) => {
    const spent = await spendPledgeToken(tx, { token, purpose: 'CONFIRM_PLEDGE', now })
    if (spent.state !== 'valid') return spent
    const before = await tx.pledge.findUniqueOrThrow({
      where: { id: spent.pledgeId },
      select: {
        status: true,
        emailNormalized: true,
        municipality: { select: { name: true } },
        campaign: { select: { name: true } },
      },
    })
    // A pledge withdrawn or reviewed meanwhile stays as it is; the link has done its job.
    if (before.status === 'PENDING_EMAIL') {
      await tx.pledge.update({
        where: { id: spent.pledgeId },
        data: { status: 'PENDING_REVIEW', confirmedAt: now },
      })
      await recordAudit({
        client: tx,
        actor: { label: `signatory ${before.emailNormalized}` },
        action: 'pledge.confirm',
        entityType: 'Pledge',
        entityId: spent.pledgeId,
        before: { status: before.status },
        after: { status: 'PENDING_REVIEW' },
      })
    }
    return {
      state: 'confirmed',
      municipalityName: before.municipality.name,
      campaignName: before.campaign.name,
    }
  })
}
