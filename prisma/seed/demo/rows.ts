// Row builders shared by the seed (createMany in bulk) and the test factories (one create each), so
// the invariants live in one place: liveKey only on live pledges, normalised emails, consistent dates.
import type { Prisma } from '@/server/generated/sqlite/client'
import { normalizeEmail } from '@/lib/text'

export type PledgeStatus = 'PENDING_EMAIL' | 'PENDING_REVIEW' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN'
export type RejectionReason =
  | 'NOT_AN_OFFICIAL'
  | 'NOT_A_MUNICIPALITY'
  | 'DUPLICATE'
  | 'INCOMPLETE_MANDATE'
  | 'OFFENSIVE_OR_SPAM'
  | 'OTHER'

const LIVE: PledgeStatus[] = ['PENDING_EMAIL', 'PENDING_REVIEW', 'APPROVED']

export type PledgeInput = {
  id?: string
  campaignId: string
  pledgeTextId: string
  municipalityId: string
  status: PledgeStatus
  signatoryName: string
  signatoryTitle: string
  email: string
  mandateType?: 'LETTER' | 'COUNCIL_RESOLUTION' | 'EXECUTIVE_ORDER'
  signedAt: Date
  /** Approval (or rejection) date; the compliance path counts from it when approved. */
  decidedAt?: Date
  reviewedById?: string | null
  rejectionReason?: RejectionReason
  reviewNotes?: string
  withdrawnAt?: Date
  isDemo?: boolean
}

const DAY = 86_400_000

/** A Pledge row in a given state with the fields that state implies. */
export function buildPledge(p: PledgeInput): Prisma.PledgeCreateManyInput {
  const confirmed = p.status !== 'PENDING_EMAIL'
  const reviewed = p.status === 'APPROVED' || p.status === 'REJECTED' || p.status === 'WITHDRAWN'
  const decidedAt = p.decidedAt ?? new Date(p.signedAt.getTime() + 7 * DAY)
  return {
    id: p.id,
    campaignId: p.campaignId,
    pledgeTextId: p.pledgeTextId,
    municipalityId: p.municipalityId,
    liveKey: LIVE.includes(p.status) ? `${p.municipalityId}:${p.campaignId}` : null,
    signatoryName: p.signatoryName,
    signatoryTitle: p.signatoryTitle,
    email: p.email,
    emailNormalized: normalizeEmail(p.email),
    mandateType: p.mandateType ?? 'LETTER',
    status: p.status,
    signedAt: p.signedAt,
    confirmedAt: confirmed ? new Date(p.signedAt.getTime() + DAY / 4) : null,
    commitmentDate: p.status === 'APPROVED' || p.status === 'WITHDRAWN' ? decidedAt : null,
    reviewedAt: reviewed ? decidedAt : null,
    reviewedById: reviewed ? (p.reviewedById ?? null) : null,
    rejectionReason: p.status === 'REJECTED' ? (p.rejectionReason ?? 'OTHER') : null,
    reviewNotes: p.reviewNotes ?? null,
    withdrawnAt:
      p.status === 'WITHDRAWN' ? (p.withdrawnAt ?? new Date(decidedAt.getTime() + 365 * DAY)) : null,
    isDemo: p.isDemo ?? false,
    createdAt: p.signedAt,
  }
}
