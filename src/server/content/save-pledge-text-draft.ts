import 'server-only'
import { db, type Db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidateCampaign } from '@/server/cache-tags'
import type { PledgeTextInput } from '@/schemas/content'
import { assertEditor } from './assert-editor'

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]

/**
 * Writes a pledge text as the campaign's unpublished draft version. A published text is never edited:
 * the draft is a new version (one more than the newest), and only a draft no pledge refers to is
 * rewritten in place.
 */
async function writeDraft(tx: Tx, campaignSlug: string, input: PledgeTextInput) {
  const campaign = await tx.campaign.findUnique({
    where: { slug: campaignSlug },
    select: {
      id: true,
      slug: true,
      pledgeTexts: {
        orderBy: { version: 'desc' },
        take: 1,
        select: { id: true, version: true, publishedAt: true, _count: { select: { pledges: true } } },
      },
    },
  })
  if (!campaign) throw new AppError('NOT_FOUND')
  const newest = campaign.pledgeTexts[0]
  const commitments = input.commitments.map((text, i) => ({ position: i + 1, text }))
  if (newest && !newest.publishedAt && newest._count.pledges === 0) {
    await tx.pledgeCommitment.deleteMany({ where: { pledgeTextId: newest.id } })
    await tx.pledgeText.update({
      where: { id: newest.id },
      data: { title: input.title, preamble: input.preamble, commitments: { create: commitments } },
    })
    return { campaign, id: newest.id, version: newest.version }
  }
  const created = await tx.pledgeText.create({
    data: {
      campaignId: campaign.id,
      version: (newest?.version ?? 0) + 1,
      title: input.title,
      preamble: input.preamble,
      commitments: { create: commitments },
    },
    select: { id: true, version: true },
  })
  return { campaign, ...created }
}

/** Saves a new version of a campaign's pledge text (or publishes it at once with `publish`). */
export async function savePledgeTextDraft({
  campaignSlug,
  input,
  editor,
  publish = false,
  now = new Date(),
}: {
  campaignSlug: string
  input: PledgeTextInput
  editor: { id: string }
  publish?: boolean
  now?: Date
}) {
  const result = await db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor)
    const draft = await writeDraft(tx, campaignSlug, input)
    if (publish) await tx.pledgeText.update({ where: { id: draft.id }, data: { publishedAt: now } })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: publish ? 'pledge-text.publish' : 'pledge-text.save-draft',
      entityType: 'PledgeText',
      entityId: draft.id,
      after: { campaign: campaignSlug, version: draft.version, published: publish, ...input },
    })
    return { id: draft.id, version: draft.version, campaignSlug: draft.campaign.slug }
  })
  if (publish) invalidateCampaign(result.campaignSlug)
  return result
}
