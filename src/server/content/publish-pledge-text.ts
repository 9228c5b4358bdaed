import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidateCampaign } from '@/server/cache-tags'
import { assertEditor } from './assert-editor'

/**
 * Publishes a campaign's draft pledge text version: from now on new pledges sign it; pledges already
 * signed keep the version they signed.
 */
export async function publishPledgeText({
  campaignSlug,
  version,
  editor,
  now = new Date(),
}: {
  campaignSlug: string
  version: number
  editor: { id: string }
  now?: Date
}) {
  const text = await db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor)
    const text = await tx.pledgeText.findFirst({
      where: { version, campaign: { slug: campaignSlug } },
      select: { id: true, publishedAt: true },
    })
    if (!text) throw new AppError('NOT_FOUND')
    if (text.publishedAt) throw new AppError('CONFLICT', 'This version is already published.')
    await tx.pledgeText.update({ where: { id: text.id }, data: { publishedAt: now } })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: 'pledge-text.publish',
      entityType: 'PledgeText',
      entityId: text.id,
      before: { campaign: campaignSlug, version, publishedAt: null },
      after: { campaign: campaignSlug, version, publishedAt: now.toISOString() },
    })
    return text
  })
  invalidateCampaign(campaignSlug)
  return { id: text.id }
}
