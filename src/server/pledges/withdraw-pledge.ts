import 'server-only'
import { recordFollowEvent } from '@/server/follows/record-follow-event'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidateMunicipality } from '@/server/cache-tags'
import { refreshCompliance } from '@/server/compliance/refresh-compliance'
import { spendPledgeToken } from './spend-pledge-token'
import { refreshMembership } from './refresh-membership'
import type { PledgeTokenState } from '@/server/tokens/get-pledge-token'
import { logger } from '@/server/log'

const log = logger('pledges')

export type WithdrawPledgeResult =
  | { state: 'withdrawn'; municipalityName: string; campaignName: string }
  | { state: Exclude<PledgeTokenState, 'valid'> }

const LIVE = ['PENDING_EMAIL', 'PENDING_REVIEW', 'APPROVED'] as const

/** Withdraws a pledge from the link in the signatory's emails; it leaves the public listing at once. */
export async function withdrawPledge({
  token,
  now = new Date(),
}: {
  token: string
  now?: Date
}): Promise<WithdrawPledgeResult> {
  const outcome = await db.$transaction(async (tx) => {
    const spent = await spendPledgeToken(tx, { token, purpose: 'WITHDRAW_PLEDGE', now })
    if (spent.state !== 'valid') return spent
    const pledge = await tx.pledge.findUniqueOrThrow({
      where: { id: spent.pledgeId },
      include: {
        municipality: { select: { id: true, slug: true, name: true } },
        campaign: { select: { slug: true, name: true } },
      },
    })
    if ((LIVE as readonly string[]).includes(pledge.status)) {
      await tx.pledge.update({
        where: { id: pledge.id },
        data: { status: 'WITHDRAWN', liveKey: null, withdrawnAt: now },
      })
      await refreshMembership(tx, pledge.municipalityId)
      // Only a signed (approved) pledge was public news; an unconfirmed one never showed.
      if (pledge.status === 'APPROVED')
        await recordFollowEvent(tx, {
          municipalityId: pledge.municipalityId,
          kind: 'PLEDGE_WITHDRAWN',
          summary: `withdrew its ${pledge.campaign.name} pledge`,
          happenedAt: now,
        })
      await recordAudit({
        client: tx,
        actor: { label: `signatory ${pledge.emailNormalized}` },
        action: 'pledge.withdraw',
        entityType: 'Pledge',
        entityId: pledge.id,
        before: { status: pledge.status },
        after: { status: 'WITHDRAWN' },
      })
    }
    return { state: 'withdrawn' as const, pledge }
  })
  if (outcome.state !== 'withdrawn') return outcome
  const { pledge } = outcome
  await refreshCompliance({ municipalityId: pledge.municipality.id, now }).catch((e) =>
    log.error({ err: e }, 'compliance refresh failed'),
  )
  invalidateMunicipality(pledge.municipality.slug, [pledge.campaign.slug])
  return {
    state: 'withdrawn',
    municipalityName: pledge.municipality.name,
    campaignName: pledge.campaign.name,
  }
}
