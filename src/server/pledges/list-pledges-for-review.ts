import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'
import { isGovernmentEmail } from '@/lib/government-email'
import type { ReviewQueueFilter } from '@/schemas/moderation'
import type { MandateTypeCode } from '@/schemas/pledge'

export const REVIEW_PAGE_SIZE = 20

export type PledgeForReview = {
  id: string
  municipality: { name: string; slug: string; state: string; isMember: boolean }
  campaign: { slug: string; name: string }
  pledgeTextVersion: number
  signatoryName: string
  signatoryTitle: string
  email: string
  phone: string | null
  mandateType: MandateTypeCode
  mandateDocument: { id: string; filename: string; size: number } | null
  signedAt: string
  confirmedAt: string | null
  governmentEmail: boolean
  otherPledges: { status: string; campaignName: string }[]
}

/** The pledges awaiting review, oldest confirmed first, for moderators; checks the role itself. */
export async function listPledgesForReview({ campaign, page }: ReviewQueueFilter) {
  await requirePermission('pledge.review')
  const where = { status: 'PENDING_REVIEW' as const, ...(campaign ? { campaign: { slug: campaign } } : {}) }
  const total = await db.pledge.count({ where })
  const pageCount = Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE))
  const current = Math.min(page, pageCount)
  const rows = await db.pledge.findMany({
    where,
    orderBy: [{ confirmedAt: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    skip: (current - 1) * REVIEW_PAGE_SIZE,
    take: REVIEW_PAGE_SIZE,
    include: {
      municipality: { select: { id: true, name: true, slug: true, state: true, isMember: true } },
      campaign: { select: { slug: true, name: true } },
      pledgeText: { select: { version: true } },
      mandateDocument: { select: { id: true, filename: true, size: true } },
    },
  })
  const others = await db.pledge.findMany({
    where: { municipalityId: { in: rows.map((r) => r.municipalityId) } },
    select: { id: true, municipalityId: true, status: true, campaign: { select: { name: true } } },
    orderBy: { createdAt: 'asc' },
  })
  const pledges: PledgeForReview[] = rows.map((r) => ({
    id: r.id,
    municipality: {
      name: r.municipality.name,
      slug: r.municipality.slug,
      state: r.municipality.state,
      isMember: r.municipality.isMember,
    },
    campaign: r.campaign,
    pledgeTextVersion: r.pledgeText.version,
    signatoryName: r.signatoryName,
    signatoryTitle: r.signatoryTitle,
    email: r.email,
    phone: r.phone,
    mandateType: r.mandateType,
    mandateDocument: r.mandateDocument,
    signedAt: r.signedAt.toISOString(),
    confirmedAt: r.confirmedAt?.toISOString() ?? null,
    governmentEmail: isGovernmentEmail(r.email),
    otherPledges: others
      .filter((o) => o.municipalityId === r.municipalityId && o.id !== r.id)
      .map((o) => ({ status: o.status, campaignName: o.campaign.name })),
  }))
  return { total, page: current, pageCount, pledges }
}
